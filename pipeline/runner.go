package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/wirestream/wirestream/stages"
)

// Runner runs one stage on one hop: it consumes the hop's input stream
// through the stage's durable consumer and publishes to the output kind.
// Several runners of a stage (in one process or many) share the consumer
// and split the work.
type Runner struct {
	js    jetstream.JetStream
	stage stages.Stage
	hop   Hop
	names Names
	cfg   config
	log   *zap.Logger

	handler  Handler
	pending  chan *pending
	stopping atomic.Bool
	ready    atomic.Bool
	bufs     sync.Pool
	pubs     sync.Pool // *pubMsg
	inflight inflight
	window   *byteWindow
}

type config struct {
	logger          *zap.Logger
	concurrency     int
	maxDeliver      int
	ackWait         time.Duration
	maxAckPending   int
	backoff         []time.Duration
	fetchBatch      int
	stageTimeout    time.Duration
	maxMessageBytes int
	publishTimeout  time.Duration
	publishWindow   int
	windowBytes     int
	pullExpiry      time.Duration
	infoInterval    time.Duration
	observer        Observer
	streams         StreamConfig
	middleware      []Middleware
}

// Option configures a Runner.
type Option func(*config)

// WithLogger sets the logger (default: none).
func WithLogger(l *zap.Logger) Option { return func(c *config) { c.logger = l } }

// WithConcurrency sets the number of messages processed at once by this
// runner (default GOMAXPROCS).
func WithConcurrency(n int) Option { return func(c *config) { c.concurrency = n } }

// WithMaxDeliver sets how many times a message is tried before it is
// dead-lettered (default 5).
func WithMaxDeliver(n int) Option { return func(c *config) { c.maxDeliver = n } }

// WithAckWait sets how long the server waits for an ack before it
// redelivers (default 60s). It must exceed the time a message can spend
// buffered plus the stage timeout plus the publish timeout, or a slow
// message is redelivered while still being processed.
func WithAckWait(d time.Duration) Option { return func(c *config) { c.ackWait = d } }

// WithMaxAckPending bounds the unacked messages of the consumer across all
// its workers (default 1000).
func WithMaxAckPending(n int) Option { return func(c *config) { c.maxAckPending = n } }

// WithBackoff sets the redelivery delays after transient failures: the
// n-th failure waits backoff[n-1], the last entry repeating (default 1s,
// 5s, 15s, 30s, 60s).
func WithBackoff(b []time.Duration) Option {
	return func(c *config) { c.backoff = append([]time.Duration(nil), b...) }
}

// WithFetchBatch sets how many messages one pull request asks for and the
// client buffers (default 2×concurrency, at least 16).
func WithFetchBatch(n int) Option { return func(c *config) { c.fetchBatch = n } }

// WithStageTimeout sets the time budget of one article (default 30s); past
// it the message is dead-lettered. 0 disables it.
func WithStageTimeout(d time.Duration) Option { return func(c *config) { c.stageTimeout = d } }

// WithMaxMessageBytes dead-letters inputs larger than n bytes before they
// are parsed (default 8 MiB; 0 disables).
func WithMaxMessageBytes(n int) Option { return func(c *config) { c.maxMessageBytes = n } }

// WithPublishTimeout bounds the wait for the publish ack of an output
// (default 10s); past it the input is nak'ed and retried.
func WithPublishTimeout(d time.Duration) Option { return func(c *config) { c.publishTimeout = d } }

// WithPublishWindow bounds the outputs published but not yet acknowledged
// by the server (default 256). Processing goes on while acks are awaited.
func WithPublishWindow(n int) Option { return func(c *config) { c.publishWindow = n } }

// WithPublishWindowBytes bounds the bytes of those outputs too (default 8
// MiB; 0 or less: no bound), so that large articles do not pile up in the
// client. An output larger than the window is published alone. The windows
// of all runners sharing a connection should stay below its reconnect
// buffer (32 MiB with Connect), which holds them during an outage.
func WithPublishWindowBytes(n int) Option { return func(c *config) { c.windowBytes = n } }

// WithPullExpiry sets how long one pull request waits on the server
// (default 2s, at least 1s). Idle heartbeats come every half of it; two
// missed ones make the client pull again, so it also bounds how long the
// stage can stall when the client and the server disagree on the
// outstanding pull (seen now and then under heavy CPU load: the server
// holds no pull request while the client still waits for messages). An
// idle stage sends one small pull request per expiry.
func WithPullExpiry(d time.Duration) Option { return func(c *config) { c.pullExpiry = d } }

// WithConsumerInfoInterval sets how often the runner polls its consumer's
// info for a ConsumerObserver (default 5s; 0 or less keeps the default).
func WithConsumerInfoInterval(d time.Duration) Option {
	return func(c *config) { c.infoInterval = d }
}

// WithObserver sets the metrics hooks (default NopObserver).
func WithObserver(o Observer) Option { return func(c *config) { c.observer = o } }

// WithStreamConfig is the configuration of the input, output and DLQ streams
// when Run has to create them. Existing streams are left as they are (use
// EnsureStreams to update them).
func WithStreamConfig(s StreamConfig) Option { return func(c *config) { c.streams = s } }

// WithMiddleware adds middlewares around the stage, inside the built-in
// ones (dead-lettering, max deliveries, size limit, timeout, recovery).
func WithMiddleware(mw ...Middleware) Option {
	return func(c *config) { c.middleware = append(c.middleware, mw...) }
}

// DefaultBackoff is the default redelivery schedule.
var DefaultBackoff = []time.Duration{time.Second, 5 * time.Second, 15 * time.Second, 30 * time.Second, time.Minute}

// NewRunner makes a runner of st on hop.
func NewRunner(js jetstream.JetStream, st stages.Stage, hop Hop, names Names, opts ...Option) *Runner {
	c := config{
		concurrency:     runtime.GOMAXPROCS(0),
		maxDeliver:      5,
		ackWait:         time.Minute,
		maxAckPending:   1000,
		backoff:         DefaultBackoff,
		stageTimeout:    30 * time.Second,
		maxMessageBytes: 8 << 20,
		publishTimeout:  10 * time.Second,
		publishWindow:   256,
		windowBytes:     8 << 20,
		pullExpiry:      2 * time.Second,
		infoInterval:    5 * time.Second,
		observer:        NopObserver{},
		streams:         DefaultStreamConfig(),
	}
	for _, o := range opts {
		o(&c)
	}
	if c.concurrency < 1 {
		c.concurrency = 1
	}
	if c.fetchBatch <= 0 {
		c.fetchBatch = max(2*c.concurrency, 16)
	}
	if c.publishWindow < 1 {
		c.publishWindow = 1
	}
	if c.maxAckPending < c.fetchBatch+c.publishWindow {
		// Fewer would stall the pull: buffered and unacked messages both
		// count against it.
		c.maxAckPending = c.fetchBatch + c.publishWindow
	}
	if c.pullExpiry < time.Second {
		c.pullExpiry = time.Second // the client's minimum
	}
	if c.infoInterval <= 0 {
		c.infoInterval = 5 * time.Second
	}
	if len(c.backoff) == 0 {
		c.backoff = DefaultBackoff
	}
	if c.observer == nil {
		c.observer = NopObserver{}
	}
	if c.logger == nil {
		c.logger = zap.NewNop()
	}
	if hop.Stage == "" {
		hop.Stage = st.Name()
	}
	r := &Runner{js: js, stage: st, hop: hop, names: names, cfg: c}
	r.log = c.logger.With(zap.String("stage", hop.Stage))
	r.bufs.New = func() any { b := make([]byte, 0, 16<<10); return &b }
	r.pubs.New = func() any { return newPubMsg() }
	r.window = newByteWindow(c.windowBytes)

	var maxPayload int64
	if nc := js.Conn(); nc != nil {
		maxPayload = nc.MaxPayload()
	}
	// A dead letter must fit both the connection and the file store.
	dlqMax := DeadLetterLimit(maxPayload)
	chain := []Middleware{
		DeadLetterOnPermanent(names, hop.Stage, st.Version(), dlqMax),
		MaxDeliveries(c.maxDeliver),
		SizeLimit(c.maxMessageBytes),
		Timeout(c.stageTimeout),
		Recoverer(),
	}
	r.handler = Chain(r.process, append(chain, c.middleware...)...)
	return r
}

// Ready reports whether the runner is consuming.
func (r *Runner) Ready() bool { return r.ready.Load() }

// Stage is the stage the runner runs.
func (r *Runner) Stage() stages.Stage { return r.stage }

// Hop is the runner's hop.
func (r *Runner) Hop() Hop { return r.hop }

// process is the innermost handler: the stage itself.
func (r *Runner) process(ctx context.Context, m *Message) ([]*Outgoing, error) {
	buf := r.bufs.Get().(*[]byte)
	res, err := Apply(ctx, r.stage, m.Data, (*buf)[:0])
	if err != nil {
		r.bufs.Put(buf)
		return nil, err
	}
	*buf = res.Data[:0] // keep a grown buffer for the next message
	return []*Outgoing{{
		Subject: r.names.Subject(r.hop.Out, SourceOf(m.Subject)),
		Data:    res.Data,
		MsgID:   res.MsgID,
		buf:     buf,
	}}, nil
}

// consumerConfig is the durable consumer of the stage. The server-side
// MaxDeliver stays unlimited: the runner enforces the limit itself
// (MaxDeliveries), so that a message whose last failure could not even be
// dead-lettered is delivered again instead of silently skipped.
func (r *Runner) consumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       r.names.Consumer(r.hop.Stage),
		Description:   "wirestream stage " + r.hop.Stage + ": " + r.hop.In + " -> " + r.hop.Out,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       r.cfg.ackWait,
		MaxDeliver:    -1,
		MaxAckPending: r.cfg.maxAckPending,
	}
}

// Run consumes until ctx is cancelled, then stops fetching, hands back
// (naks) buffered messages, finishes the messages in flight, waits for their
// publish acks, acks them, and returns nil. It returns an error when the
// streams or the consumer cannot be set up, or the connection is closed.
func (r *Runner) Run(ctx context.Context) error {
	if err := r.names.Validate(); err != nil {
		return err
	}
	if r.hop.In == "" || r.hop.Out == "" || r.hop.In == r.hop.Out {
		// Reading and writing one kind would feed the stage its own output.
		return fmt.Errorf("pipeline: stage %s: invalid hop %s -> %s", r.hop.Stage, r.hop.In, r.hop.Out)
	}
	for _, kind := range []string{r.hop.In, r.hop.Out, KindDLQ} {
		if err := ensureStreamExists(ctx, r.js, r.names, kind, r.cfg.streams); err != nil {
			return err
		}
	}
	r.stopping.Store(false)
	r.pending = make(chan *pending, r.cfg.publishWindow)
	ackerDone := make(chan struct{})
	go func() { defer close(ackerDone); r.acker() }()
	stopProgress := make(chan struct{})
	go r.inflight.keepAlive(r.cfg.ackWait/3, stopProgress)
	defer func() {
		close(r.pending)
		<-ackerDone
		close(stopProgress)
		// Acks are fire-and-forget: make sure they left before returning.
		if nc := r.js.Conn(); nc != nil && !nc.IsClosed() {
			_ = nc.FlushTimeout(5 * time.Second)
		}
		r.ready.Store(false)
	}()

	// The work context outlives ctx: messages in flight finish after a
	// stop. Only the stage time budget bounds them.
	work := context.WithoutCancel(ctx)
	retry := 0
	for {
		err := r.consume(ctx, work)
		if ctx.Err() != nil {
			return nil
		}
		if nc := r.js.Conn(); nc != nil && nc.IsClosed() {
			return fmt.Errorf("pipeline: stage %s: connection closed: %w", r.hop.Stage, err)
		}
		// The consumer was deleted or the iterator failed: set it up again.
		d := r.backoffFor(uint64(retry + 1))
		retry++
		r.log.Warn("consumer stopped; restarting", zap.Error(err), zap.Duration("in", d))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(d):
		}
	}
}

// consume runs one Consume subscription until ctx is done or it fails.
// Consume (a callback on a plain subscription) is used rather than the
// Messages iterator, whose fixed-size channel can drop messages when a
// re-pull overlaps a slow handler, leaving them to the ack wait.
func (r *Runner) consume(ctx, work context.Context) error {
	cons, err := r.js.CreateOrUpdateConsumer(ctx, r.names.Stream(r.hop.In), r.consumerConfig())
	if err != nil {
		return fmt.Errorf("consumer %s on %s: %w", r.names.Consumer(r.hop.Stage), r.names.Stream(r.hop.In), err)
	}
	msgs := make(chan jetstream.Msg) // unbuffered: a sent message is in flight
	quit := make(chan struct{})
	cc, err := cons.Consume(func(jm jetstream.Msg) {
		if r.stopping.Load() {
			// Buffered but not started: give it back now rather than
			// after the ack wait.
			_ = jm.Nak()
			return
		}
		select {
		case msgs <- jm:
		case <-quit:
			_ = jm.Nak()
		}
	},
		jetstream.PullMaxMessages(r.cfg.fetchBatch),
		jetstream.PullExpiry(r.cfg.pullExpiry),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			// Missing heartbeats and reconnects are handled by re-pulling.
			r.log.Debug("consume", zap.Error(err))
		}),
	)
	if err != nil {
		return fmt.Errorf("consume %s: %w", r.names.Consumer(r.hop.Stage), err)
	}
	r.ready.Store(true)
	r.log.Info("consuming",
		zap.String("stream", r.names.Stream(r.hop.In)),
		zap.String("consumer", r.names.Consumer(r.hop.Stage)),
		zap.String("publishes", r.names.Wildcard(r.hop.Out)),
		zap.Int("concurrency", r.cfg.concurrency))

	var wg sync.WaitGroup
	co, _ := r.cfg.observer.(ConsumerObserver)
	wg.Add(1)
	go func() { defer wg.Done(); r.pollConsumer(cons, co, cc, quit) }()
	for range r.cfg.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case jm := <-msgs:
					r.handle(work, jm)
				case <-quit:
					return
				}
			}
		}()
	}
	stopWorkers := func() {
		close(quit)
		wg.Wait()
	}
	select {
	case <-ctx.Done():
		r.stopping.Store(true)
		cc.Drain()
		select {
		case <-cc.Closed():
		case <-time.After(10 * time.Second):
			cc.Stop()
		}
		stopWorkers()
		r.log.Info("stopped: in-flight messages finished")
		return nil
	case <-cc.Closed():
		// The consumer was deleted, or the connection closed.
		r.ready.Store(false)
		stopWorkers()
		return errors.New("consume stopped")
	}
}

// pollConsumer reports the consumer's lag and redeliveries (when co is not
// nil) until quit. It is also the watchdog for a consumer deleted behind the
// runner's back: the client only learns that from a status message, which
// is lost when no pull was waiting at the moment of deletion, so a missing
// consumer found here stops consumption and Run sets the consumer up again.
func (r *Runner) pollConsumer(cons jetstream.Consumer, co ConsumerObserver, cc jetstream.ConsumeContext, quit <-chan struct{}) {
	tick := time.NewTicker(r.cfg.infoInterval)
	defer tick.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), min(r.cfg.infoInterval, 5*time.Second))
		info, err := cons.Info(ctx)
		cancel()
		switch {
		case err == nil && co != nil:
			co.Consumer(r.hop.Stage, info.NumPending, uint64(info.NumAckPending), uint64(info.NumRedelivered))
		case errors.Is(err, jetstream.ErrConsumerNotFound):
			r.log.Warn("consumer deleted; setting it up again", zap.String("consumer", r.names.Consumer(r.hop.Stage)))
			r.ready.Store(false)
			cc.Stop()
			return
		case err != nil:
			r.log.Debug("consumer info", zap.Error(err))
		}
		select {
		case <-quit:
			return
		case <-tick.C:
		}
	}
}

// pending is a message whose outputs are published and awaited.
type pending struct {
	m     *Message
	outs  []*Outgoing
	futs  []jetstream.PubAckFuture
	dl    bool // a dead letter: terminate, do not ack
	at    time.Time
	bytes int // of the outputs, held in the publish window
}

func (r *Runner) handle(ctx context.Context, jm jetstream.Msg) {
	now := time.Now()
	m := &Message{Subject: jm.Subject(), Data: jm.Data(), Header: jm.Headers(), ReceivedAt: now, Delivered: 1, jm: jm}
	if md, err := jm.Metadata(); err == nil {
		m.Delivered, m.Stream, m.StreamSeq, m.Stored = md.NumDelivered, md.Stream, md.Sequence.Stream, md.Timestamp
	}
	r.inflight.add(m)
	r.cfg.observer.Received(r.hop.Stage)

	outs, err := r.safeHandle(ctx, m)
	if err != nil {
		if stages.IsPermanent(err) {
			// Only reached without the dead-letter middleware.
			r.logMsg(zap.ErrorLevel, "permanent failure; terminated", m, err)
			r.settle(m)
			_ = jm.Term()
			r.cfg.observer.Done(r.hop.Stage, DeadLettered, DeadKind(err), time.Since(now))
			return
		}
		r.retry(m, err, now)
		return
	}
	p := &pending{m: m, outs: outs, futs: make([]jetstream.PubAckFuture, 0, len(outs)), at: now}
	for _, o := range outs {
		p.bytes += len(o.Data)
	}
	r.window.acquire(p.bytes) // blocks while the window is full
	for _, o := range outs {
		if o.DeadLetter {
			p.dl = true
		}
		o.pub = r.pubs.Get().(*pubMsg)
		msg := o.pub.set(o)
		f, err := r.js.PublishMsgAsync(msg)
		if err != nil && o.DeadLetter && o.stripped != nil && permanentPublishError(err) {
			// Refused at once (over max payload): the dead letter
			// without its payload still has to get through.
			if data, serr := o.stripped(); serr == nil {
				r.logMsg(zap.WarnLevel, "dead letter refused; sending it without its payload", m, err)
				o.Data, msg.Data = data, data
				f, err = r.js.PublishMsgAsync(msg)
			}
		}
		if err != nil {
			// Outputs already sent are deduplicated on the retry.
			r.retry(m, fmt.Errorf("publish %s: %w", o.Subject, err), now)
			r.release(outs[len(p.futs):])
			r.window.release(p.bytes)
			return
		}
		p.futs = append(p.futs, f)
	}
	r.pending <- p // blocks while the publish window is full
}

// safeHandle runs the handler chain; a panic outside the stage (in a
// middleware) is a bug, but it must not kill the worker either.
func (r *Runner) safeHandle(ctx context.Context, m *Message) (outs []*Outgoing, err error) {
	defer func() {
		if v := recover(); v != nil {
			outs, err = nil, fmt.Errorf("handler panic: %s", panicString(v))
		}
	}()
	return r.handler(ctx, m)
}

// acker waits for the publish acks in order and settles the inputs.
func (r *Runner) acker() {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for p := range r.pending {
		deadline := p.at.Add(r.cfg.publishTimeout)
		var failed error
		settled, failures, failedAt := 0, 0, -1
		for i, f := range p.futs {
			timer.Reset(max(time.Until(deadline), time.Millisecond))
			select {
			case <-f.Ok():
				settled++
			case err := <-f.Err():
				settled++
				failures++
				if failed == nil {
					failed, failedAt = fmt.Errorf("publish %s: %w", p.outs[i].Subject, err), i
				}
			case <-timer.C:
				if failed == nil {
					failed = fmt.Errorf("publish %s: no ack in %s", p.outs[i].Subject, r.cfg.publishTimeout)
				}
			}
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
			if failed != nil && settled <= i {
				break
			}
		}
		// Buffers still referenced by an unsettled publish (the client may
		// resend it) are left to the garbage collector.
		r.release(p.outs[:settled])
		r.window.release(p.bytes)
		if failed != nil && failures == 1 && settled == len(p.futs) && r.storeStripped(p, failedAt, failed) {
			failed = nil
		}
		if failed != nil {
			r.retry(p.m, failed, p.at)
			continue
		}
		r.settle(p.m)
		if p.dl {
			_ = p.m.jm.Term()
			cause := deadCause(p.outs)
			r.logMsg(zap.ErrorLevel, "dead-lettered", p.m, cause, zap.String("dlq", r.names.DLQSubject(r.hop.Stage)))
			r.cfg.observer.Done(r.hop.Stage, DeadLettered, DeadKind(cause), time.Since(p.at))
			continue
		}
		_ = p.m.jm.Ack()
		r.cfg.observer.Done(r.hop.Stage, Processed, "", time.Since(p.at))
	}
}

// storeStripped publishes again, without its payload, a dead letter the
// server refused for good (too large for the stream or its store), so the
// input still ends in the DLQ and is terminated instead of failing on every
// redelivery. It reports whether the stripped letter was stored.
func (r *Runner) storeStripped(p *pending, i int, cause error) bool {
	o := p.outs[i]
	if !o.DeadLetter || o.stripped == nil || !permanentPublishError(cause) {
		return false
	}
	data, err := o.stripped()
	if err != nil {
		return false
	}
	msg := &nats.Msg{Subject: o.Subject, Data: data, Header: nats.Header{}}
	if o.MsgID != "" {
		msg.Header[jetstream.MsgIDHeader] = []string{o.MsgID}
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.cfg.publishTimeout)
	defer cancel()
	if _, err := r.js.PublishMsg(ctx, msg); err != nil {
		r.logMsg(zap.ErrorLevel, "dead letter without payload refused too", p.m, err, zap.NamedError("first", cause))
		return false
	}
	r.logMsg(zap.WarnLevel, "dead letter refused; stored without its payload", p.m, cause)
	return true
}

// permanentPublishError tells a refusal that no retry can cure (the
// message is too big for the connection, the stream or its store) from an
// outage.
func permanentPublishError(err error) bool {
	if errors.Is(err, nats.ErrMaxPayload) {
		return true
	}
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) {
		if apiErr.ErrorCode == jetstream.JSErrCodeStreamMessageExceedsMaximum || apiErr.Code == 400 || apiErr.Code == 413 {
			return true
		}
	}
	return strings.Contains(strings.ToLower(err.Error()), "too large")
}

func deadCause(outs []*Outgoing) error {
	for _, o := range outs {
		if o.DeadLetter && o.Cause != nil {
			return o.Cause
		}
	}
	return errors.New("dead letter")
}

// release returns the pooled buffers and messages of outputs no publish
// refers to.
func (r *Runner) release(outs []*Outgoing) {
	for _, o := range outs {
		if o.buf != nil {
			r.bufs.Put(o.buf)
			o.buf = nil
		}
		if o.pub != nil {
			o.pub.Data = nil // do not pin the buffer
			r.pubs.Put(o.pub)
			o.pub = nil
		}
	}
}

// settle ends the in-progress signals of m, before its ack, nak or term.
func (r *Runner) settle(m *Message) { r.inflight.remove(m) }

// retry naks the message with the backoff delay of its delivery count.
func (r *Runner) retry(m *Message, err error, start time.Time) {
	r.settle(m)
	d := r.backoffFor(m.Delivered)
	r.logMsg(zap.WarnLevel, "transient failure; will retry", m, err, zap.Duration("retry_in", d))
	if nerr := m.jm.NakWithDelay(d); nerr != nil {
		r.logMsg(zap.ErrorLevel, "nak failed; redelivery after ack wait", m, nerr)
	}
	r.cfg.observer.Done(r.hop.Stage, Retried, "", time.Since(start))
}

func (r *Runner) backoffFor(delivered uint64) time.Duration {
	i := int(min(delivered, uint64(len(r.cfg.backoff)))) - 1
	return r.cfg.backoff[max(i, 0)]
}

// logMsg logs an event about one message with the fields every error log
// carries: article id, stage (on r.log), subject and delivery count.
func (r *Runner) logMsg(lvl zapLevel, msg string, m *Message, err error, extra ...zap.Field) {
	ce := r.log.Check(lvl, msg)
	if ce == nil {
		return
	}
	fields := append([]zap.Field{
		zap.String("article_id", peekID(m.Data)),
		zap.String("subject", m.Subject),
		zap.Uint64("delivered", m.Delivered),
		zap.Uint64("stream_seq", m.StreamSeq),
		zap.Error(err),
	}, extra...)
	ce.Write(fields...)
}

type zapLevel = zapcore.Level
