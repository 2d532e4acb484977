package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// sampleArticle is a wire-style article with quotes and line breaks, so
// its JSON has escapes, like real copy.
func sampleArticle(size int) *schemas.Article {
	paras := []string{
		"LONDON (Wire) - The harbour authority said on Tuesday it would close two berths for repairs.",
		"\"We have no choice,\" said Maria Olsen, the port's director. \"The quay walls are failing.\"",
		"Shipping lines were told to divert cargo to other terminals until the work ends in March.",
		"Unions said the closure would cost jobs, and asked the council for talks.",
	}
	a := &schemas.Article{ID: "x", Source: "wire", ContentType: schemas.TextPlain, Body: strings.Join(paras, "\n\n")}
	return Synthesize([]*schemas.Article{a}, size)[0]
}

// BenchmarkCodec is the JSON cost of a do-nothing hop on a 4 KiB article:
// decode the id and provenance, carry the rest raw, encode.
func BenchmarkCodec(b *testing.B) {
	in, _ := sampleArticle(4096).AppendJSON(nil)
	buf := make([]byte, 0, 8192)
	var a schemas.Article
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := schemas.Decode(in, &a, schemas.FieldStages); err != nil {
			b.Fatal(err)
		}
		out, err := a.AppendJSON(buf[:0])
		if err != nil {
			b.Fatal(err)
		}
		buf = out[:0]
	}
}

// BenchmarkNopStage is the same through RunStage's loop, one worker.
func BenchmarkNopStage(b *testing.B) {
	in, _ := sampleArticle(4096).AppendJSON(nil)
	inputs := make([][]byte, b.N)
	for i := range inputs {
		inputs[i] = in
	}
	b.ResetTimer()
	s := RunStage(context.Background(), Nop, inputs, 1, 0)
	b.ReportMetric(s.AllocsPerArticle(), "allocs/article")
}

// BenchmarkCodecText is the codec of a stage that reads the text (segment,
// quotes, entities): the text is decoded into a string and encoded again.
func BenchmarkCodecText(b *testing.B) {
	a := sampleArticle(4096)
	a.SetText(a.Body)
	in, _ := a.AppendJSON(nil)
	buf := make([]byte, 0, 16384)
	var d schemas.Article
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if err := schemas.Decode(in, &d, schemas.FieldText|schemas.FieldStages); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			out, _ := d.AppendJSON(buf[:0])
			buf = out[:0]
		}
	})
}
