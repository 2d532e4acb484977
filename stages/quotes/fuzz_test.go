package quotes

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/segment"
)

// FuzzExtract: any text gives quotes whose offsets hold their text, never a
// panic. Seeds cover unbalanced marks, marks at the end, long runs of marks.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "\"", "“", "”", "\"\"\"", "He said \"", "\"unclosed\n\n\"reopened", "said \"x\" said \"y",
		"“a” ” “ “b", "'\"'\"'", "\"Fine,\" she said.\n\n\"", strings.Repeat("\"", 101),
		"\"A,\" said Mr. Smith. \"B.\"\n\n\"C", "X, Y and Z, said W, a V, said that \"",
		"according to", "according to \"", "Saying", "saying \"x\"", "He said, \"", "Said", ",said", "\"x\",said", "\"x,\" said",
		"Getafe coach José Bordalás won. Bordalás said so.\n\nReal Madrid coach Carlo Ancelotti agreed. Madrid lost.",
		"”President “ theyKenya's calling& it 's ;Ministry Ltdcompany ,Ltd told the ",
	} {
		f.Add(s)
	}
	// The test articles too: real structure for the mutator to break.
	for _, file := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(f, filepath.Join("testdata", file)) {
			f.Add(g.Text)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras, sents := segment.Split(text)
		r := []rune(text)
		for _, q := range Extract(text, paras, sents) {
			if q.Start < 0 || q.End > len(r) || q.Start >= q.End || string(r[q.Start:q.End]) != q.Text {
				t.Fatalf("bad quote %+v", q)
			}
			if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > len(r) || sp.Start >= sp.End || string(r[sp.Start:sp.End]) != sp.Text) {
				t.Fatalf("bad speaker %+v", sp)
			}
		}
	})
}

// TestHostile: long runs of marks and verbs come out sane. Their cost,
// linear in the text, is measured by BenchmarkHostile.
func TestHostile(t *testing.T) {
	for _, h := range hostile {
		text := h.gen(10000)
		paras, sents := segment.Split(text)
		qs := Extract(text, paras, sents)
		if qs == nil {
			t.Fatalf("%s: nil quotes", h.name)
		}
		r := []rune(text)
		for _, q := range qs {
			if q.End > len(r) || string(r[q.Start:q.End]) != q.Text {
				t.Fatalf("%s: bad quote %+v", h.name, q)
			}
		}
	}
}

// hostile texts: unbalanced marks, marks at the end, 10,000 marks in a row,
// and as many verbs.
var hostile = []struct {
	name string
	gen  func(n int) string
}{
	{"straight", func(n int) string { return strings.Repeat("\"", n) }},
	{"curly", func(n int) string { return strings.Repeat("“", n/2) + strings.Repeat("”", n/2) }},
	{"openers", func(n int) string { return "He said " + strings.Repeat("“a ", n) }},
	{"attributions", func(n int) string { return strings.Repeat("\"a,\" said Smith, ", n/4) }},
	{"verbs", func(n int) string { return "Smith said that " + strings.Repeat("Smith said \"", n/2) }},
	{"names", func(n int) string {
		return strings.Repeat("Smith ", n) + "said that it was " + strings.Repeat("\" ", n)
	}},
	{"according", func(n int) string { return strings.Repeat("according to ", n) }},
	{"pronouns", func(n int) string { return strings.Repeat("He said, she said, ", n/4) + strings.Repeat("\"", n) }},
}
