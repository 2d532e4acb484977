package entities

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"sync"
	"syscall"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

var bigKB struct {
	sync.Once
	k   *kb.KB
	err error
}

// kb1M is the default KB under a synthetic layer of one million entities,
// built once per test binary.
func kb1M(b *testing.B) *kb.KB {
	bigKB.Do(func() {
		ents := make([]kb.Entity, 1_000_000)
		for i := range ents {
			ents[i] = kb.Entity{
				ID:          fmt.Sprintf("Q%d", 100_000_000+i),
				Label:       fmt.Sprintf("Name%d Surname%d", i%50000, i/50000),
				Aliases:     []string{fmt.Sprintf("Surname%d", i)},
				Type:        [...]string{kb.PER, kb.ORG, kb.LOC, kb.MISC}[i%4],
				Description: "synthetic entity for the benchmark",
				Prior:       float32(i%100) / 100,
			}
		}
		var buf bytes.Buffer
		if bigKB.err = kb.Write(&buf, ents); bigKB.err != nil {
			return
		}
		t, err := kb.NewTable(buf.Bytes())
		if err != nil {
			bigKB.err = err
			return
		}
		d, err := kb.DefaultTable()
		if err != nil {
			bigKB.err = err
			return
		}
		bigKB.k = kb.New(d, t)
	})
	if bigKB.err != nil {
		b.Fatal(bigKB.err)
	}
	return bigKB.k
}

func benchArticle(b *testing.B) []byte {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := schemas.Article{ID: "bench", Source: "test"}
	a.SetText(string(text))
	out, err := a.AppendJSON(nil)
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// BenchmarkCodec is the yardstick: decoding and encoding the article's JSON.
func BenchmarkCodec(b *testing.B) {
	data := benchArticle(b)
	b.SetBytes(int64(len(data)))
	var a schemas.Article
	var out []byte
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		if err := schemas.Decode(data, &a, schemas.AllFields); err != nil {
			b.Fatal(err)
		}
		out, _ = a.AppendJSON(out[:0])
	}
}

// wholeCodecRuns are the cpu-ns/op of BenchmarkWholeCodec's runs (b.N >
// 1) in this process; BenchmarkStage1M divides by their median.
var wholeCodecRuns []float64

// BenchmarkWholeCodec is the yardstick of issue 9: segmentio decoding the
// stage's whole input into a struct and encoding it back. It must stay
// declared before BenchmarkStage1M, which reports its own cost over this
// one's as the x-codec metric.
func BenchmarkWholeCodec(b *testing.B) {
	data := stageInput(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuNanos()
	for i := 0; i < b.N; i++ {
		var a plainArticle
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(&a); err != nil {
			b.Fatal(err)
		}
	}
	ns := float64(cpuNanos()-start) / float64(b.N)
	b.ReportMetric(ns, "cpu-ns/op")
	if b.N > 1 {
		wholeCodecRuns = append(wholeCodecRuns, ns)
	}
}

// BenchmarkStage1M: the whole stage (tagger, coreference, linking) on a
// 4 KiB article with a 1M-entity KB loaded.
func BenchmarkStage1M(b *testing.B) {
	k := kb1M(b)
	tagger, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(WithKnowledgeBase(k), WithRecognizer(tagger.WithGazetteer(gazetteer(k))))
	if err != nil {
		b.Fatal(err)
	}
	if ns := benchStage(b, s); len(wholeCodecRuns) > 0 {
		runs := slices.Sorted(slices.Values(wholeCodecRuns))
		b.ReportMetric(ns/runs[len(runs)/2], "x-codec")
	}
}

// BenchmarkLink1M: coreference and linking alone (the tagger's mentions
// computed once), to separate this package's cost from recognition.
func BenchmarkLink1M(b *testing.B) {
	k := kb1M(b)
	tagger, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	text, _ := os.ReadFile("testdata/article.txt")
	ms := tagger.Tag(string(text), nil)
	s, err := New(WithKnowledgeBase(k), WithRecognizer(fixed(ms)))
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, s)
}

type fixed []ner.Mention

func (f fixed) Tag(string, []schemas.Span) []ner.Mention { return f }

// benchStage runs s on the benchmark article and returns its cpu-ns/op.
func benchStage(b *testing.B, s *Stage) float64 {
	text, _ := os.ReadFile("testdata/article.txt")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	start := cpuNanos()
	for i := 0; i < b.N; i++ {
		n = len(s.Annotate(string(text), nil))
	}
	ns := float64(cpuNanos()-start) / float64(b.N)
	b.ReportMetric(ns, "cpu-ns/op")
	if n < 20 {
		b.Fatalf("only %d entities", n)
	}
	return ns
}

// reportCPU reports the process CPU time (user and system, GC included)
// per operation as cpu-ns/op: on a shared, loaded machine wall time
// measures the neighbours, CPU time measures the code.
func reportCPU(b *testing.B) func() {
	start := cpuNanos()
	return func() {
		b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
	}
}

func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
