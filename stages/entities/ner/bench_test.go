package ner

import (
	"os"
	"syscall"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

func wireText(b *testing.B) string {
	text, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

// BenchmarkTag tags a ~4 KiB wire story (testdata/wire.txt) without
// sentence spans, as the entities stage does when segment did not run.
func BenchmarkTag(b *testing.B) {
	s := wireText(b)
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	c0 := cpuTime()
	for b.Loop() {
		tg.Tag(s, nil)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's CPU time (user and system) in nanoseconds: on a
// machine shared with other work, wall time measures the neighbours.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkCodecReference decodes and re-encodes the same story as an
// article carrying body and text: the JSON cost the stage budget is
// measured against (the entities stage must stay within twice of it), run
// here so that both figures come from the same machine and moment.
func BenchmarkCodecReference(b *testing.B) {
	s := wireText(b)
	a := schemas.Article{ID: "wire-1", Body: s, Text: &s}
	data, err := a.AppendJSON(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		var x schemas.Article
		if err := schemas.Decode(data, &x, ^schemas.Fields(0)); err != nil {
			b.Fatal(err)
		}
		buf, _ = x.AppendJSON(buf[:0])
	}
}
