package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

// BenchmarkWrite measures the sink's write path (one transaction per batch:
// delete, then COPY into four tables) on copies of the fixture articles,
// each with 1-4 quotes and 4-5 entities. Run:
//
//	go test -run '^$' -bench Write -benchtime 3000x ./sink/postgres/
func BenchmarkWrite(b *testing.B) {
	for _, batch := range []int{1, 20, 200} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			w, _ := openTest(b)
			fixtures := loadFixtures(b)
			recs := make([]sink.Record, b.N)
			for i := range recs {
				f := fixtures[i%len(fixtures)]
				a := new(schemas.Article)
				if err := schemas.Decode(f.Data, a, schemas.AllFields); err != nil {
					b.Fatal(err)
				}
				a.ID = fmt.Sprintf("bench-%d", i%5000) // later rounds replace earlier rows, as replays do
				recs[i] = sink.Record{Article: a}
			}
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i += batch {
				if err := w.Write(ctx, recs[i:min(i+batch, b.N)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkSinkFromStream measures the whole sink: fetch from JetStream,
// decode, write, ack, with b.N articles already in the stream. Run:
//
//	go test -run '^$' -bench SinkFromStream -benchtime 3000x ./sink/postgres/
func BenchmarkSinkFromStream(b *testing.B) {
	w, db := openTest(b)
	url, names, _ := natstest.Start(b)
	_, js := natstest.Connect(b, url)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		b.Fatal(err)
	}
	fixtures := loadFixtures(b)
	for i := 0; i < b.N; i++ {
		a := new(schemas.Article)
		if err := schemas.Decode(fixtures[i%len(fixtures)].Data, a, schemas.AllFields); err != nil {
			b.Fatal(err)
		}
		a.ID = fmt.Sprintf("s-%d", i)
		data, err := a.AppendJSON(nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := js.PublishAsync(names.Subject(pipeline.KindLinked, a.Source), data); err != nil {
			b.Fatal(err)
		}
	}
	<-js.PublishAsyncComplete()
	acked := make(chan int, 1024)
	b.ResetTimer()
	done := make(chan error, 1)
	go func() {
		done <- sink.Run(ctx, js, names, "bench", pipeline.KindLinked, w,
			sink.WithMaxWait(100*time.Millisecond), sink.WithOnBatch(func(n, _, _ int) { acked <- n }))
	}()
	for n := 0; n < b.N; {
		n += <-acked
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	var stored int
	if err := db.QueryRow(context.Background(), `SELECT count(*) FROM articles`).Scan(&stored); err != nil || stored != b.N {
		b.Fatalf("%d articles stored (%v), want %d", stored, err, b.N)
	}
}
