package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func benchText(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Split(text)
	}
}

// BenchmarkSplit runs on the news-like fixture, repeated to about 100 KB.
func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchText(b, strings.Repeat(string(data)+"\n\n", 100000/len(data)+1))
}

// BenchmarkSplitSeed runs on the seed article when ../shared is present.
func BenchmarkSplitSeed(b *testing.B) {
	path := filepath.Join(sharedDir(b), "data", "seed", "voa-trump-putin.gold.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	var d seedDoc
	line, _, _ := strings.Cut(string(data), "\n")
	if err := jsonUnmarshal([]byte(line), &d); err != nil {
		b.Fatal(err)
	}
	benchText(b, d.Text)
}
