package bench

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// Env is the server side of a run: one connection, its JetStream context,
// the stream configuration and a namespace prefix unique to the run.
type Env struct {
	NC      *nats.Conn
	JS      jetstream.JetStream
	Streams pipeline.StreamConfig
	// Prefix starts every namespace of the run; each measurement adds a
	// suffix so that none sees another's messages.
	Prefix string
	// FetchBatch and PublishWindow tune the runners (0: the runner's
	// defaults).
	FetchBatch    int
	PublishWindow int
	// PublishWindowBytes bounds the runners' unacknowledged output bytes
	// (0: the runner's default; negative: no bound).
	PublishWindowBytes int
	Log                *zap.Logger
	seq                atomic.Int64
}

// names returns a fresh namespace.
func (e *Env) names() pipeline.Names {
	return pipeline.Names{Namespace: e.Prefix + strconv.FormatInt(e.seq.Add(1), 10)}
}

// cleanup deletes every stream of the namespace (their consumers go with
// them).
func (e *Env) cleanup(names pipeline.Names) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, k := range pipeline.Kinds {
		if err := e.JS.DeleteStream(ctx, names.Stream(k)); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			e.Log.Warn("delete stream", zap.String("stream", names.Stream(k)), zap.Error(err))
		}
	}
}

func (e *Env) runnerOpts(workers int) []pipeline.Option {
	o := []pipeline.Option{
		pipeline.WithConcurrency(workers),
		pipeline.WithLogger(e.Log),
		pipeline.WithStreamConfig(e.Streams),
		pipeline.WithStageTimeout(0),
	}
	if e.FetchBatch > 0 {
		o = append(o, pipeline.WithFetchBatch(e.FetchBatch))
	}
	if e.PublishWindow > 0 {
		o = append(o, pipeline.WithPublishWindow(e.PublishWindow))
	}
	if e.PublishWindowBytes != 0 {
		o = append(o, pipeline.WithPublishWindowBytes(e.PublishWindowBytes))
	}
	return o
}

// publish publishes msgs to subject asynchronously, each with the message
// id prefix+index, calling at(i) just before message i goes out. With
// rate > 0 the publishes are paced at that many per second. It returns
// when every publish is acknowledged.
func (e *Env) publish(ctx context.Context, subject string, msgs [][]byte, prefix string, rate float64, at func(int)) (time.Duration, error) {
	futs := make([]jetstream.PubAckFuture, 0, len(msgs))
	start := time.Now()
	for i, m := range msgs {
		if rate > 0 {
			if d := time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))); d > 0 {
				time.Sleep(d)
			}
		}
		if at != nil {
			at(i)
		}
		nm := &nats.Msg{Subject: subject, Data: m, Header: nats.Header{}}
		nm.Header[jetstream.MsgIDHeader] = []string{prefix + strconv.Itoa(i)}
		f, err := e.JS.PublishMsgAsync(nm)
		if err != nil {
			return 0, fmt.Errorf("publish: %w", err)
		}
		futs = append(futs, f)
	}
	select {
	case <-e.JS.PublishAsyncComplete():
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(2 * time.Minute):
		return 0, errors.New("publish acks did not arrive in 2m")
	}
	elapsed := time.Since(start)
	for _, f := range futs {
		select {
		case err := <-f.Err():
			return elapsed, fmt.Errorf("publish: %w", err)
		default:
		}
	}
	return elapsed, nil
}

// waitCount waits until the stream holds n messages and returns when.
func (e *Env) waitCount(ctx context.Context, stream string, n uint64, timeout time.Duration) (time.Time, error) {
	deadline := time.Now().Add(timeout)
	for {
		s, err := e.JS.Stream(ctx, stream)
		if err == nil {
			if info, err := s.Info(ctx); err == nil && info.State.Msgs >= n {
				return time.Now(), nil
			}
		}
		if time.Now().After(deadline) {
			return time.Time{}, fmt.Errorf("%s: fewer than %d messages after %s", stream, n, timeout)
		}
		select {
		case <-ctx.Done():
			return time.Time{}, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// consumeAck drains n messages of stream with a durable pull consumer,
// acking each, and returns the time it took.
func (e *Env) consumeAck(ctx context.Context, stream string, n int, batch int) (time.Duration, error) {
	cons, err := e.JS.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable: "bench_ack", AckPolicy: jetstream.AckExplicitPolicy, MaxAckPending: 4 * batch,
	})
	if err != nil {
		return 0, err
	}
	var count atomic.Int64
	done := make(chan struct{})
	start := time.Now()
	cc, err := cons.Consume(func(m jetstream.Msg) {
		_ = m.Ack()
		if count.Add(1) == int64(n) {
			close(done)
		}
	}, jetstream.PullMaxMessages(batch))
	if err != nil {
		return 0, err
	}
	defer cc.Stop()
	select {
	case <-done:
		return time.Since(start), nil
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(2 * time.Minute):
		return 0, fmt.Errorf("consume+ack: %d of %d in 2m", count.Load(), n)
	}
}

// nopHop runs the do-nothing stage through the real Runner from the raw
// stream (holding n messages) to the clean stream and returns the time from
// Run to the n-th stored output.
func (e *Env) nopHop(ctx context.Context, names pipeline.Names, n, workers int) (time.Duration, error) {
	hop := pipeline.Hop{Stage: "nop", In: pipeline.KindRaw, Out: pipeline.KindClean}
	r := pipeline.NewRunner(e.JS, Nop, hop, names, e.runnerOpts(workers)...)
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- r.Run(rctx) }()
	end, err := e.waitCount(ctx, names.Stream(pipeline.KindClean), uint64(n), 5*time.Minute)
	cancel()
	if rerr := <-done; err == nil {
		err = rerr
	}
	return end.Sub(start), err
}

// syncHop is the same do-nothing hop with one synchronous publish (a round
// trip) per message before its ack, the way Watermill's NATS publisher
// works, on `workers` goroutines. It reads the raw stream (n messages) and
// writes the segmented stream.
func (e *Env) syncHop(ctx context.Context, names pipeline.Names, n, workers int) (time.Duration, error) {
	cons, err := e.JS.CreateOrUpdateConsumer(ctx, names.Stream(pipeline.KindRaw), jetstream.ConsumerConfig{
		Durable: "bench_sync", AckPolicy: jetstream.AckExplicitPolicy, MaxAckPending: 1000,
	})
	if err != nil {
		return 0, err
	}
	out := names.Subject(pipeline.KindSegmented, "bench")
	work := make(chan jetstream.Msg)
	var count atomic.Int64
	var failed atomic.Value
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var a schemas.Article
			buf := make([]byte, 0, 64<<10)
			for m := range work {
				if err := schemas.Decode(m.Data(), &a, schemas.FieldStages); err != nil {
					failed.Store(err)
					_ = m.Term()
					continue
				}
				b, _ := a.AppendJSON(buf[:0])
				buf = b[:0]
				nm := &nats.Msg{Subject: out, Data: b, Header: nats.Header{}}
				nm.Header[jetstream.MsgIDHeader] = []string{a.ID + ":sync"}
				if _, err := e.JS.PublishMsg(ctx, nm); err != nil {
					failed.Store(err)
					_ = m.Nak()
					continue
				}
				_ = m.Ack()
				if count.Add(1) == int64(n) {
					close(done)
				}
			}
		}()
	}
	start := time.Now()
	cc, err := cons.Consume(func(m jetstream.Msg) { work <- m }, jetstream.PullMaxMessages(max(2*workers, 16)))
	if err != nil {
		close(work)
		wg.Wait()
		return 0, err
	}
	var res error
	select {
	case <-done:
	case <-ctx.Done():
		res = ctx.Err()
	case <-time.After(5 * time.Minute):
		res = fmt.Errorf("sync hop: %d of %d in 5m (last error: %v)", count.Load(), n, failed.Load())
	}
	elapsed := time.Since(start)
	cc.Stop()
	<-cc.Closed()
	close(work)
	wg.Wait()
	return elapsed, res
}
