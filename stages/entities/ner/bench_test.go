package ner

import (
	"os"
	"testing"
)

// BenchmarkTag tags a ~4 KiB wire story (testdata/wire.txt) without
// sentence spans, as the entities stage does when segment did not run.
func BenchmarkTag(b *testing.B) {
	text, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(s, nil)
	}
}
