package postgres

import (
	"context"
	"fmt"
	"testing"

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
