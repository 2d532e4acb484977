package bench

import (
	"bytes"
	"testing"
	"time"

	"github.com/cespare/xxhash/v2"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
)

// BenchmarkMsgIDHash compares the output hash the Runner computes for each
// message id (pipeline.OutputHash: find the provenance entry, FNV-1a byte
// by byte) with its parts and with xxhash, for the proposal in
// BENCHMARKS.md: on a 4 KiB article the byte loop costs more than the
// whole JSON codec.
func BenchmarkMsgIDHash(b *testing.B) {
	a := sampleArticle(4096)
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
	b.Run("LastIndex", func(b *testing.B) {
		for b.Loop() {
			_ = bytes.LastIndex(out, pe)
		}
	})
	b.Run("xxhash-two-parts", func(b *testing.B) {
		for b.Loop() {
			i := bytes.LastIndex(out, pe)
			d := xxhash.New()
			_, _ = d.Write(out[:i])
			_, _ = d.Write(out[i+len(pe):])
			_ = d.Sum64()
		}
	})
}
