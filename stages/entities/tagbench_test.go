package entities

import (
	"os"
	"testing"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// BenchmarkTag1M: recognition alone as the stage runs it, with the
// Gazetteer hook asking the 1M-entity KB. Stage1M minus this overstates
// the stage's own cost: tagging one article over and over lets the CPU
// learn its branches, and tagging it with another text tagged in between
// took half as long again (63 -> 96 us a call on this machine, about
// the tagger's share of Stage1M); Link1M alone is quick likewise.
func BenchmarkTag1M(b *testing.B) {
	k := kb1M(b)
	tagger, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	tg := tagger.WithGazetteer(gazetteer(k))
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	done := reportCPU(b)
	for i := 0; i < b.N; i++ {
		tg.Tag(s, nil)
	}
	done()
}
