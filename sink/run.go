package sink

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// ConsumerName is the durable consumer of the sink called name:
// sink-<name>, with the namespace prefix when there is one. Every instance
// of the same sink shares it and so splits the messages.
func ConsumerName(names pipeline.Names, name string) string {
	return names.Consumer("sink-" + name)
}

// DLQSubject is where the sink called name dead-letters what it can never
// store: news.dlq.sink-<name>.
func DLQSubject(names pipeline.Names, name string) string {
	return names.DLQSubject("sink-" + name)
}

// Run consumes the stream of kind (pipeline.KindLinked when empty) with the
// durable pull consumer sink-<name> and writes what it receives to w until
// ctx is cancelled. A new consumer starts at the first stored message, so
// a new sink backfills what the stream retains; a restarted one resumes
// where its acks stopped. A message is acked only after w stored it, so a
// crash loses nothing and at worst writes a message again. On cancel, the
// batch in hand is written and acked before Run returns nil. Run returns an
// error only when it cannot set up the consumer.
func Run(ctx context.Context, js jetstream.JetStream, names pipeline.Names, name, kind string, w Writer, opts ...Option) error {
	cfg := defaults()
	for _, o := range opts {
		o(&cfg)
	}
	if err := names.Validate(); err != nil {
		return err
	}
	if name == "" || pipeline.Token(name) != name {
		return fmt.Errorf("sink: name %q must be one subject token", name)
	}
	if kind == "" {
		kind = pipeline.KindLinked
	}
	stream := names.Stream(kind)
	if err := ensureStream(ctx, js, names, kind, cfg.streamCfg); err != nil {
		return fmt.Errorf("sink %s: %w", name, err)
	}
	if cfg.dlq {
		if err := ensureStream(ctx, js, names, pipeline.KindDLQ, cfg.streamCfg); err != nil {
			return fmt.Errorf("sink %s: %w", name, err)
		}
	}
	durable := ConsumerName(names, name)
	ccfg := jetstream.ConsumerConfig{
		Durable:       durable,
		Description:   "wirestream sink " + name,
		FilterSubject: names.Wildcard(kind),
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.ackWait,
		MaxAckPending: cfg.maxAckPending,
	}
	create := func(ctx context.Context) (jetstream.Consumer, error) {
		c, err := js.CreateOrUpdateConsumer(ctx, stream, ccfg)
		if err != nil {
			return nil, fmt.Errorf("sink %s: consumer %s on %s: %w", name, durable, stream, err)
		}
		return c, nil
	}
	cons, err := create(ctx)
	if err != nil {
		return err
	}
	r := &runner{js: js, cfg: cfg, w: w, log: cfg.log.With(zap.String("sink", name)), stage: "sink-" + name, dlq: DLQSubject(names, name), create: create}
	r.log.Info("sink started", zap.String("stream", stream), zap.String("consumer", durable), zap.String("filter", names.Wildcard(kind)))
	r.loop(ctx, cons)
	// Acks are fire-and-forget publishes: make sure the server has them
	// before the caller closes the connection.
	if nc := js.Conn(); nc != nil && !nc.IsClosed() {
		if err := nc.FlushTimeout(5 * time.Second); err != nil {
			r.log.Warn("sink: flush acks", zap.Error(err))
		}
	}
	r.log.Info("sink stopped", zap.Int("acked", r.acked), zap.Int("dead", r.dead))
	return nil
}

// ensureStream creates the stream of kind as the pipeline would when it is
// missing, so a sink may start first; an existing stream keeps the
// configuration its operator chose.
func ensureStream(ctx context.Context, js jetstream.JetStream, names pipeline.Names, kind string, sc pipeline.StreamConfig) error {
	_, err := js.Stream(ctx, names.Stream(kind))
	if err == nil {
		return nil
	}
	if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return fmt.Errorf("look up stream %s: %w", names.Stream(kind), err)
	}
	sc.Kinds = []string{kind}
	return pipeline.EnsureStream(ctx, js, names, kind, sc)
}

type runner struct {
	js    jetstream.JetStream
	cfg   config
	w     Writer
	log   *zap.Logger
	stage string // "sink-<name>", the stage of its dead letters
	dlq   string
	pause time.Duration // current wait after a failed batch, 0 when healthy
	// create makes (or finds) the durable consumer again.
	create func(context.Context) (jetstream.Consumer, error)

	acked, failed, dead int
}

func (r *runner) loop(ctx context.Context, cons jetstream.Consumer) {
	probed := time.Now()
	for ctx.Err() == nil {
		// Fetch is bounded by maxWait rather than by ctx, so that the
		// messages of a fetch in flight are always handled, never left to
		// time out unacked.
		batch, err := cons.Fetch(r.cfg.batch, jetstream.FetchMaxWait(r.cfg.maxWait))
		var msgs []jetstream.Msg
		if err == nil {
			for m := range batch.Messages() {
				msgs = append(msgs, m)
			}
			if err = batch.Error(); errors.Is(err, jetstream.ErrNoMessages) {
				err = nil
			}
		}
		if err != nil && len(msgs) == 0 {
			r.log.Warn("sink: fetch", zap.Error(err))
			r.backoff(ctx)
			if consumerGone(err) {
				cons = r.recreate(ctx, cons)
			}
			continue
		}
		if len(msgs) == 0 {
			// A pull on a deleted consumer may also just expire, with
			// neither 409 nor 503 (seen with a 2.9 server under load), so
			// an idle sink asks for its consumer now and then.
			if time.Since(probed) >= r.cfg.idleProbe && ctx.Err() == nil {
				probed = time.Now()
				if _, ierr := cons.Info(ctx); consumerGone(ierr) {
					cons = r.recreate(ctx, cons)
				}
			}
			continue
		}
		probed = time.Now()
		a0, f0, d0 := r.acked, r.failed, r.dead
		ok := r.handle(ctx, msgs)
		if r.cfg.onBatch != nil {
			r.cfg.onBatch(r.acked-a0, r.failed-f0, r.dead-d0)
		}
		if ok {
			r.pause = 0
		} else {
			r.backoff(ctx)
		}
	}
}

// recreate makes the durable consumer again after someone deleted it. The
// new one starts from the first stored message, which rewrites what was
// written (harmless) and loses nothing. On failure the old handle is kept
// and the next fetch error or idle probe tries again.
func (r *runner) recreate(ctx context.Context, old jetstream.Consumer) jetstream.Consumer {
	if ctx.Err() != nil {
		return old
	}
	c, err := r.create(ctx)
	if err != nil {
		r.log.Warn("sink: recreate consumer", zap.Error(err))
		return old
	}
	r.log.Warn("sink: consumer was deleted; recreated it")
	return c
}

// consumerGone reports a fetch error that means the durable consumer no
// longer exists.
func consumerGone(err error) bool {
	return errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) ||
		errors.Is(err, nats.ErrNoResponders)
}

// backoff sleeps after a failure, doubling up to maxBackoff while failures
// go on: the messages come back by themselves (nak delay), and fetching
// more meanwhile would only fail again.
func (r *runner) backoff(ctx context.Context) {
	r.pause = min(max(2*r.pause, r.cfg.minBackoff), r.cfg.maxBackoff)
	t := time.NewTimer(r.pause)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// handle decodes and writes one fetched batch; it reports false when some
// message failed transiently.
func (r *runner) handle(ctx context.Context, msgs []jetstream.Msg) bool {
	recs := make([]Record, 0, len(msgs))
	kept := msgs[:0:0]
	for _, m := range msgs {
		a := new(schemas.Article)
		if err := schemas.Decode(m.Data(), a, schemas.AllFields); err != nil {
			r.poison(ctx, m, err)
			continue
		}
		rec := Record{Article: a, Data: m.Data(), Subject: m.Subject()}
		if md, err := m.Metadata(); err == nil {
			rec.Time = md.Timestamp.UTC()
			rec.Seq = md.Sequence.Stream
		}
		recs = append(recs, rec)
		kept = append(kept, m)
	}
	return r.write(ctx, recs, kept)
}

func (r *runner) write(ctx context.Context, recs []Record, msgs []jetstream.Msg) bool {
	if len(recs) == 0 {
		return true
	}
	// A stop request must not abort a write half-way: the batch in hand
	// is finished and acked, bounded by the write timeout.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), r.cfg.writeTimeout)
	err := r.w.Write(wctx, recs)
	cancel()
	switch {
	case err == nil:
		for _, m := range msgs {
			if err := m.Ack(); err != nil {
				r.log.Warn("sink: ack", zap.String("subject", m.Subject()), zap.Error(err))
			}
		}
		r.acked += len(msgs)
		return true
	case stages.IsPermanent(err) && len(recs) > 1:
		// Find the record at fault; the others still get stored.
		ok := true
		for i := range recs {
			ok = r.write(ctx, recs[i:i+1], msgs[i:i+1]) && ok
		}
		return ok
	case stages.IsPermanent(err):
		r.poison(ctx, msgs[0], err)
		return true
	default:
		r.log.Warn("sink: write failed, will retry", zap.Int("messages", len(msgs)), zap.Error(err))
		for _, m := range msgs {
			if err := m.NakWithDelay(r.redeliveryDelay(m)); err != nil {
				r.log.Warn("sink: nak", zap.String("subject", m.Subject()), zap.Error(err))
			}
		}
		r.failed += len(msgs)
		return false
	}
}

func (r *runner) redeliveryDelay(m jetstream.Msg) time.Duration {
	d := r.cfg.minBackoff
	if md, err := m.Metadata(); err == nil {
		for n := uint64(1); n < md.NumDelivered && d < r.cfg.maxBackoff; n++ {
			d *= 2
		}
	}
	return min(d, r.cfg.maxBackoff)
}

// poison sets aside a message that can never be stored: it is logged,
// published to the sink's dead-letter subject and terminated, so it is
// neither retried forever nor lost without a trace.
func (r *runner) poison(ctx context.Context, m jetstream.Msg, cause error) {
	r.dead++
	fields := []zap.Field{zap.String("subject", m.Subject()), zap.Error(cause)}
	if md, err := m.Metadata(); err == nil {
		fields = append(fields, zap.Uint64("stream_seq", md.Sequence.Stream))
	}
	r.log.Error("sink: dead-lettering a message it can never store", fields...)
	if r.cfg.dlq {
		if err := r.publishDeadLetter(ctx, m, cause); err != nil {
			r.log.Error("sink: publish dead letter", append(fields, zap.NamedError("dlq_error", err))...)
		}
	}
	// Plain Term: servers before 2.10 ignore TermWithReason altogether,
	// and the reason is in the log and the dead letter anyway.
	if err := m.Term(); err != nil {
		r.log.Warn("sink: term", zap.String("subject", m.Subject()), zap.Error(err))
	}
}
