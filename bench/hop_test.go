package bench

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
)

// BenchmarkHop is the do-nothing hop of `worker bench` on b.N 4 KiB
// articles, through the Runner and through the synchronous-publish loop,
// with the process CPU time and heap allocations per message (client and
// embedded server).
func BenchmarkHop(b *testing.B) {
	url, names, _ := natstest.Start(b)
	nc, js := natstest.Connect(b, url)
	text, _ := Split("samples", []*schemas.Article{sampleArticle(4096)})
	env := &Env{NC: nc, JS: js, Streams: pipeline.DefaultStreamConfig(), Prefix: names.Namespace + "hop", Log: zap.NewNop()}
	hops := []struct {
		name string
		run  func(ctx context.Context, names pipeline.Names, n, w int) (time.Duration, error)
	}{{"runner", env.nopHop}, {"sync", env.syncHop}}
	for _, h := range hops {
		for _, w := range []int{1, 4} {
			b.Run(fmt.Sprintf("%s/workers=%d", h.name, w), func(b *testing.B) {
				ctx := context.Background()
				ns := env.names()
				defer env.cleanup(ns)
				if err := pipeline.EnsureStreams(ctx, js, ns, env.Streams); err != nil {
					b.Fatal(err)
				}
				msgs := text.Messages(b.N, "h", int(nc.MaxPayload()))
				// In chunks below the client's limit of outstanding async
				// publishes, each with its own message-id prefix.
				for i := 0; i < len(msgs); i += 1000 {
					chunk := msgs[i:min(i+1000, len(msgs))]
					if _, err := env.publish(ctx, ns.Subject(pipeline.KindRaw, "bench"), chunk, fmt.Sprintf("h%d-", i), 0, nil); err != nil {
						b.Fatal(err)
					}
				}
				var m0, m1 runtime.MemStats
				runtime.ReadMemStats(&m0)
				b.ResetTimer()
				c0 := cpuNanos()
				if _, err := h.run(ctx, ns, b.N, w); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				b.ReportMetric(float64(cpuNanos()-c0)/float64(b.N), "cpu-ns/op")
				runtime.ReadMemStats(&m1)
				b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/float64(b.N), "process-allocs/op")
			})
		}
	}
}
