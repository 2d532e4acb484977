package quotes

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

// benchArticles are the seed (when ../shared is there) and the testdata
// articles, as segmented article JSON: what the stage receives.
func benchArticles(b *testing.B) map[string][]byte {
	b.Helper()
	out := map[string][]byte{}
	add := func(id, text string) {
		a := schemas.Article{ID: id}
		a.SetText(text)
		a.Paragraphs, a.Sentences = segment.Split(text)
		data, err := a.AppendJSON(nil)
		if err != nil {
			b.Fatal(err)
		}
		out[id] = data
	}
	if shared := sharedDir(b); shared != "" {
		for _, g := range readGold(b, filepath.Join(shared, "data", "seed", "voa-trump-putin.gold.jsonl")) {
			add("seed", g.Text)
		}
	}
	for _, g := range readGold(b, filepath.Join("testdata", "articles.jsonl")) {
		add(g.ID, g.Text)
	}
	return out
}

// BenchmarkExtract is the stage's own work on a decoded article; the
// target is at most twice BenchmarkWholeCodec on the same article (issue
// 4's yardstick); BenchmarkCodec is the stricter comparison.
func BenchmarkExtract(b *testing.B) {
	for _, id := range []string{"seed", "testdata-a2", "testdata-a4"} {
		data, ok := benchArticles(b)[id]
		if !ok {
			continue
		}
		var a schemas.Article
		if err := schemas.Decode(data, &a, New().Fields()); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s-%dB", id, len(*a.Text)), func(b *testing.B) {
			b.SetBytes(int64(len(*a.Text)))
			c0 := cpuNanos()
			for i := 0; i < b.N; i++ {
				Extract(*a.Text, a.Paragraphs, a.Sentences)
			}
			reportCPU(b, c0)
		})
	}
}

// BenchmarkCodec: schemas.Decode + AppendJSON of the article with the
// stage's fields, the yardstick of the speed target.
func BenchmarkCodec(b *testing.B) {
	for _, id := range []string{"seed", "testdata-a2", "testdata-a4"} {
		data, ok := benchArticles(b)[id]
		if !ok {
			continue
		}
		var probe schemas.Article
		if err := schemas.Decode(data, &probe, schemas.AllFields); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s-%dB", id, len(*probe.Text)), func(b *testing.B) {
			b.SetBytes(int64(len(*probe.Text)))
			var buf []byte
			c0 := cpuNanos()
			for i := 0; i < b.N; i++ {
				var a schemas.Article
				if err := schemas.Decode(data, &a, New().Fields()); err != nil {
					b.Fatal(err)
				}
				var err error
				if buf, err = a.AppendJSON(buf[:0]); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, c0)
		})
	}
}

// plainArticle is schemas.Article without its methods, so that the
// segmentio codec walks it by reflection as any consumer's struct would.
type plainArticle schemas.Article

// BenchmarkWholeCodec is issue 4's yardstick as the entities stage measures
// it (stages/entities, BenchmarkWholeCodec): the stage's whole input JSON
// decoded into a struct and encoded back with segmentio/encoding, about
// 70 µs for a 4 KiB article. BenchmarkCodec above is a stricter one: the
// project's own decoder reading only the stage's fields.
func BenchmarkWholeCodec(b *testing.B) {
	for _, id := range []string{"seed", "testdata-a2", "testdata-a4"} {
		data, ok := benchArticles(b)[id]
		if !ok {
			continue
		}
		var probe plainArticle
		if err := json.Unmarshal(data, &probe); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s-%dB", id, len(*probe.Text)), func(b *testing.B) {
			b.SetBytes(int64(len(*probe.Text)))
			c0 := cpuNanos()
			for i := 0; i < b.N; i++ {
				var a plainArticle
				if err := json.Unmarshal(data, &a); err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(&a); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, c0)
		})
	}
}

// BenchmarkHostile: per-byte cost at 1,250 and 10,000 marks or verbs; a
// linear extractor keeps the two close.
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostile {
		for _, n := range []int{1250, 10000} {
			text := h.gen(n)
			paras, sents := segment.Split(text)
			b.Run(fmt.Sprintf("%s-%d", h.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				c0 := cpuNanos()
				for i := 0; i < b.N; i++ {
					Extract(text, paras, sents)
				}
				reportCPU(b, c0)
			})
		}
	}
}

// reportCPU adds the CPU time per op (all threads, the collector's
// included) since c0.
func reportCPU(b *testing.B, c0 int64) {
	if c1 := cpuNanos(); c1 > c0 && b.N > 0 {
		b.ReportMetric(float64(c1-c0)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkTokenize is the tokenizer alone, the first pass over the text.
func BenchmarkTokenize(b *testing.B) {
	data, ok := benchArticles(b)["seed"]
	if !ok {
		b.Skip("no seed: ../shared is absent")
	}
	var a schemas.Article
	if err := schemas.Decode(data, &a, New().Fields()); err != nil {
		b.Fatal(err)
	}
	var d doc
	d.decode(*a.Text)
	var toks []token
	var lower []byte
	var marks []int32
	b.SetBytes(int64(len(*a.Text)))
	c0 := cpuNanos()
	for i := 0; i < b.N; i++ {
		toks, lower, marks = tokenize(d.r, *a.Text, d.boff, toks[:0], lower[:0], marks[:0], 0)
	}
	reportCPU(b, c0)
}
