package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
)

// BenchmarkRunnerTrivial measures articles/s through one runner of the
// trivial stage: b.N articles are stored first, then drained downstream.
func BenchmarkRunnerTrivial(b *testing.B) {
	for _, cb := range [][3]int{{1, 0, 1}, {1, 0, 0}, {4, 0, 1}, {16, 0, 1}, {16, 256, 1}} {
		conc, batch, budget := cb[0], cb[1], time.Duration(cb[2])*30*time.Second
		b.Run(fmt.Sprintf("concurrency=%d/batch=%d/budget=%s", conc, batch, budget), func(b *testing.B) {
			e := newEnv(b)
			payloads := make([][]byte, b.N)
			for i := range payloads {
				payloads[i] = articleJSON(fmt.Sprintf("b-%08d", i))
			}
			e.publish(payloads...)
			b.ResetTimer()
			r := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithConcurrency(conc), pipeline.WithFetchBatch(batch), pipeline.WithStageTimeout(budget))
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- r.Run(ctx) }()
			e.waitCount(pipeline.KindClean, uint64(b.N), 5*time.Minute)
			b.StopTimer()
			cancel()
			if err := <-done; err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkApply measures one stage run on one encoded article, without
// transport.
func BenchmarkApply(b *testing.B) {
	in := articleJSON("bench")
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		r, err := pipeline.Apply(context.Background(), upper, in, buf[:0])
		if err != nil {
			b.Fatal(err)
		}
		buf = r.Data
	}
}

// BenchmarkChain measures the built-in middlewares around Apply, without
// transport.
func BenchmarkChain(b *testing.B) {
	in := articleJSON("bench")
	core := func(ctx context.Context, m *pipeline.Message) ([]*pipeline.Outgoing, error) {
		r, err := pipeline.Apply(ctx, upper, m.Data, nil)
		return []*pipeline.Outgoing{{Data: r.Data, MsgID: r.MsgID}}, err
	}
	for _, budget := range []time.Duration{0, time.Minute} {
		b.Run("budget="+budget.String(), func(b *testing.B) {
			h := pipeline.Chain(core,
				pipeline.DeadLetterOnPermanent(pipeline.Names{}, "upper", "1", 0),
				pipeline.MaxDeliveries(5),
				pipeline.SizeLimit(1<<20),
				pipeline.Timeout(budget),
				pipeline.Recoverer())
			m := &pipeline.Message{Data: in, Delivered: 1}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := h(context.Background(), m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
