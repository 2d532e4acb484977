package replay_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/replay"
)

// BenchmarkReplay measures re-publishing stored raw articles of about 2 KB
// (read, filter, re-publish, publish ack), without a stage consuming them.
func BenchmarkReplay(b *testing.B) {
	const n = 5000
	url, names, _ := natstest.Start(b)
	_, js := natstest.Connect(b, url)
	ctx := context.Background()
	cfg := pipeline.DefaultStreamConfig()
	cfg.Kinds = []string{pipeline.KindRaw}
	if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
		b.Fatal(err)
	}
	body := strings.Repeat("Wire story text, sentence after sentence. ", 48)
	var futs []jetstream.PubAckFuture
	for i := range n {
		f, err := js.PublishAsync(names.Subject(pipeline.KindRaw, "wire"), fmt.Appendf(nil, `{"id":"a%d","source":"wire","body":%q}`, i, body))
		if err != nil {
			b.Fatal(err)
		}
		futs = append(futs, f)
		if len(futs) == 1000 {
			<-js.PublishAsyncComplete()
			futs = futs[:0]
		}
	}
	<-js.PublishAsyncComplete()
	b.ResetTimer()
	var total uint64
	var elapsed time.Duration
	for range b.N {
		// Each run reads the originals only: copies of earlier runs are
		// skipped, so every iteration re-feeds n articles.
		res, err := replay.Run(ctx, js, replay.Options{Names: names, Filter: replay.Filter{ToSeq: n}})
		if err != nil {
			b.Fatal(err)
		}
		if res.Published != n {
			b.Fatalf("published %d, want %d", res.Published, n)
		}
		total += res.Published
		elapsed += res.Elapsed
	}
	b.ReportMetric(float64(total)/elapsed.Seconds(), "articles/s")
}
