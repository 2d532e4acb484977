package kb

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// synthetic is a KB of n entities with one to three names each, shaped like
// a real one (two-word labels, a short alias for a third of them).
func synthetic(n int) []Entity {
	ents := make([]Entity, n)
	for i := range ents {
		e := &ents[i]
		e.ID = fmt.Sprintf("Q%d", i+1)
		e.Label = fmt.Sprintf("Name%d Surname%d", i%50000, i/50000)
		if i%3 == 0 {
			e.Aliases = []string{fmt.Sprintf("N%d S%d", i%50000, i/50000)}
		}
		e.Type = [...]string{PER, ORG, LOC, MISC}[i%4]
		e.Description = "synthetic entity for the benchmark"
		e.Prior = float32(i%100) / 100
	}
	return ents
}

var synth struct {
	sync.Once
	data []byte
}

func synthetic1M(b *testing.B) []byte {
	synth.Do(func() {
		var buf bytes.Buffer
		if err := Write(&buf, synthetic(1_000_000)); err != nil {
			b.Fatal(err)
		}
		synth.data = buf.Bytes()
	})
	return synth.data
}

// BenchmarkLoad1M reads a 1M-entity KB file and opens it.
func BenchmarkLoad1M(b *testing.B) {
	path := filepath.Join(b.TempDir(), "1m.kb")
	if err := os.WriteFile(path, synthetic1M(b), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := OpenTable(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(synthetic1M(b)))/(1<<20), "MiB")
}

// BenchmarkLookup1M: alias look-ups, hits and misses, in a 1M-entity KB.
func BenchmarkLookup1M(b *testing.B) {
	t, err := NewTable(synthetic1M(b))
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]string, 1024)
	for i := range keys {
		j := i * 977
		if i%2 == 0 {
			keys[i] = Normalize(fmt.Sprintf("Name%d Surname%d", j%50000, j/50000))
		} else {
			keys[i] = Normalize(fmt.Sprintf("Nobody%d", j))
		}
	}
	runtime.GC()
	b.ResetTimer()
	hits := 0
	for i := 0; i < b.N; i++ {
		hits += len(t.Lookup(keys[i%len(keys)]))
	}
	if hits == 0 {
		b.Fatal("no hits")
	}
}

// BenchmarkBuildShared builds ../shared/kb into the binary format and
// reports the file size and the load time of the result.
func BenchmarkOpenShared(b *testing.B) {
	shared := sharedDir(b)
	path := filepath.Join(b.TempDir(), "shared.kb")
	if err := BuildFile(b.Context(), []string{filepath.Join(shared, "kb")}, path, nil); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := OpenTable(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Size())/(1<<20), "MiB")
}

// BenchmarkLookupShared: look-ups of news names in ../shared/kb layered
// over the default KB.
func BenchmarkLookupShared(b *testing.B) {
	shared := sharedDir(b)
	path := filepath.Join(b.TempDir(), "shared.kb")
	if err := BuildFile(b.Context(), []string{filepath.Join(shared, "kb")}, path, nil); err != nil {
		b.Fatal(err)
	}
	k, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	keys := []string{"moscow", "us", "washington", "paris", "vladimir putin", "nobody here", "georgia", "boeing"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.Lookup(keys[i%len(keys)])
	}
}
