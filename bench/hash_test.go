package bench

import (
	"bytes"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// BenchmarkMsgIDHash compares the output hash the Runner computes for each
// message id (pipeline.OutputHash: find the provenance entry, hash the rest)
// with its parts, on a 4 KiB article as a do-nothing hop outputs it.
func BenchmarkMsgIDHash(b *testing.B) {
	// As a hop carries it: only the provenance decoded, the body after it
	// as raw JSON (the entry is then far from the end of the output).
	in, _ := sampleArticle(4096).AppendJSON(nil)
	var a schemas.Article
	if err := schemas.Decode(in, &a, schemas.FieldStages); err != nil {
		b.Fatal(err)
	}
	p := pipeline.NewProvenance(Nop, time.Now(), time.Millisecond)
	a.Stages = append(a.Stages, p)
	out, _ := a.AppendJSON(nil)
	pe, _ := json.Append(nil, p, 0)
	b.SetBytes(int64(len(out)))
	b.Run("OutputHash", func(b *testing.B) {
		for b.Loop() {
			_ = pipeline.OutputHash(out, p)
		}
	})
	b.Run("search-backwards", func(b *testing.B) {
		for b.Loop() {
			_ = bytes.LastIndex(out, pe)
		}
	})
	b.Run("search-forwards", func(b *testing.B) {
		for b.Loop() {
			_ = bytes.Index(out, pe)
		}
	})
}
