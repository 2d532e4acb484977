package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/internal/shared"
)

// benchText reports the usual wall-clock MB/s and, where the platform
// tells, "cpu-MB/s": bytes per second of CPU time used by the process
// (meaningful with -cpu 1, when only the benchmark goroutine runs).
func benchText(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	c0, ok := processCPU()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Split(text)
	}
	b.StopTimer()
	if c1, ok1 := processCPU(); ok && ok1 && c1 > c0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/(c1-c0).Seconds()/1e6, "cpu-MB/s")
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
	path := filepath.Join(shared.Dir(b), "data", "seed", "voa-trump-putin.gold.jsonl")
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

// BenchmarkSplitHostile runs on inputs built to make a careless engine
// quadratic: one huge dotted token, punctuation without letters, many
// clock times in one sentence, many short lines. Throughput should stay
// in the range of ordinary text.
func BenchmarkSplitHostile(b *testing.B) {
	inputs := map[string]string{
		"dotted":  strings.Repeat("A.", 50000),
		"glued":   strings.Repeat("word.Word", 10000),
		"punct":   strings.Repeat(",.", 50000),
		"clock":   "At " + strings.Repeat("5 p.m. ", 15000),
		"lines":   strings.Repeat("Short line\n", 10000),
		"spaced":  strings.Repeat(". ", 50000),
		"bullets": strings.Repeat("\u2022 1. x ", 10000),
		"list":    listText(20000),
	}
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) { benchText(b, text) })
	}
}

// listText is one paragraph holding a numbered list of n items.
func listText(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. item \u2022 ", i)
	}
	return b.String()
}
