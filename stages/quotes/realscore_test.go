package quotes

import (
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/segmentio/encoding/json"
	"github.com/wirestream/wirestream/internal/shared"
	"github.com/wirestream/wirestream/schemas"
)

// Real news is annotated in testdata/real/*.jsonl with offsets and speaker
// names only: the texts stay in ../shared and are read at test time.

var holdoutErrors = flag.Bool("holdout-errors", false, "log the held-back articles' errors too (TestReal*)")

// freshErrors shows the errors of the "fresh" split: articles annotated after
// the rules were written from the dev and holdout errors, kept blind until
// a round of rules is done.
var freshErrors = flag.Bool("fresh-errors", false, "log the fresh articles' errors too (TestReal*)")

// fresh2Errors: the "fresh2" split is annotated while "fresh" is studied,
// blind in its turn until that round of rules is done.
var fresh2Errors = flag.Bool("fresh2-errors", false, "log the fresh2 articles' errors too (TestReal*)")

// fresh3Errors: "fresh3", annotated after the rules from fresh2, is blind.
var fresh3Errors = flag.Bool("fresh3-errors", false, "log the fresh3 articles' errors too (TestReal*)")

// errorsOf names further splits whose errors are logged, comma-separated
// ("fresh4,fresh5"): each new blind split stays silent until it is studied.
var errorsOf = flag.String("errors-of", "", "log the errors of these splits too, comma-separated (TestReal*)")

// realSplits are the splits of testdata/real, in the order they were made.
var realSplits = []string{"dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17"}

// showErrors tells whether the errors of a split are logged.
func showErrors(split string) bool {
	switch split {
	case "dev":
		return true
	case "holdout":
		return *holdoutErrors
	case "fresh":
		return *freshErrors
	case "fresh2":
		return *fresh2Errors
	case "fresh3":
		return *fresh3Errors
	}
	for _, s := range strings.Split(*errorsOf, ",") {
		if s == split {
			return true
		}
	}
	return false
}

// scoreRealSet scores the quotes of the given kinds against the annotation
// file of testdata/real, per split. A third of the articles is held back:
// their figures are logged, their errors only with -holdout-errors, so rules
// are written from the dev errors alone and the holdout tells whether they
// generalise. The test fails when a split's quote F1 or speaker accuracy
// falls below its floor.
func scoreRealSet(t *testing.T, file string, floors map[string][2]float64, kinds ...string) {
	t.Helper()
	if *rankSetupFlag >= 0 {
		useRanker(t)
	}
	arts := readRealGold(t, filepath.Join("testdata", "real", file))
	texts := realTexts(t, arts)
	tallies := map[string]*realTally{}
	for _, split := range realSplits {
		tallies[split] = &realTally{}
	}
	for _, a := range arts {
		tl := tallies[a.Split]
		if tl == nil {
			t.Fatalf("%s: split %q", a.ID, a.Split)
		}
		text := texts[a.ID]
		got := kindsOnly(run(t, text), kinds...)
		for _, e := range scoreReal(text, a.Quotes, got, tl) {
			if showErrors(a.Split) {
				t.Logf("%s %s %s [%d,%d] %q: got %q, want %q", a.Split, short(a.ID), e.what, e.start, e.end, e.text, e.got, e.wantSpeak)
			}
		}
	}
	for _, split := range realSplits {
		tl := tallies[split]
		if tl.tp+tl.fn+tl.fp == 0 {
			continue // a file without that split
		}
		t.Logf("%s: %s quote F1 %.3f (tp %d, fp %d, fn %d), speaker accuracy %.3f (%d/%d)",
			split, strings.Join(kinds, "+"), tl.f1(), tl.tp, tl.fp, tl.fn, tl.speakerAcc(), tl.spkOK, tl.spkAll)
		if f := floors[split]; tl.f1() < f[0] || tl.speakerAcc() < f[1] {
			t.Errorf("%s: quote F1 %.3f, speaker accuracy %.3f: below the floor %.2f / %.2f", split, tl.f1(), tl.speakerAcc(), f[0], f[1])
		}
	}
}

// short is an id cut for the log.
func short(id string) string {
	if len(id) > 16 {
		return id[:8]
	}
	return id
}

// realArticle is one annotated article: its id in the source set, the set
// ("clean-dev", "reuters128", "uner-pud", "gmb-dev" or "gmb-train": single
// VOA news sentences; "gmb-train-run": a passage of consecutive GMB training
// sentences, id "gmb-sFIRST-sLAST"), its split and quotes.
type realArticle struct {
	ID     string      `json:"id"`
	Source string      `json:"source"`
	Split  string      `json:"split"`
	Quotes []realQuote `json:"quotes"`
}

// realQuote is a gold quote in code points; Speaker is the speaker's
// fullest name, nil when the text names none.
type realQuote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
}

// realSources maps a source name to its file under ../shared and the JSON
// field holding the article text.
var realSources = map[string]struct{ path, field string }{
	"clean-dev":  {"data/clean/article_benchmark.dev.jsonl", "gold_text"},
	"reuters128": {"data/el/reuters128.jsonl", "text"},
	"uner-pud":   {"data/ner/uner_pud.jsonl", "text"},
	"gmb-dev":    {"data/ner/dev.jsonl", "text"},
	"gmb-train":  {"data/ner/train.jsonl", "text"},
	// Consecutive GMB sentences run in corpus order, so a run of them is a
	// passage of VOA news: quotes resolve across its sentences.
	"gmb-train-run": {"data/ner/train.jsonl", "text"},
}

// readRealGold reads an annotation file of testdata/real.
func readRealGold(t *testing.T, path string) []realArticle { return readJSONL[realArticle](t, path) }

// realTexts loads the texts of arts from ../shared (the test is skipped
// when it is absent), keyed by id.
func realTexts(t *testing.T, arts []realArticle) map[string]string {
	t.Helper()
	want := map[string]bool{}
	for _, a := range arts {
		want[a.Source] = true
	}
	texts := map[string]string{}
	for src := range want {
		s, ok := realSources[src]
		if !ok {
			t.Fatalf("unknown source %q", src)
		}
		p := shared.Path(t, strings.Split(s.path, "/")...)
		readJSONLines(t, p, func(line []byte) {
			var o map[string]any
			if err := json.Unmarshal(line, &o); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			id, _ := o["id"].(string)
			text, _ := o[s.field].(string)
			texts[id] = text
		})
	}
	for _, a := range arts {
		if a.Source == "gmb-train-run" {
			texts[a.ID] = passageText(t, a.ID, texts)
		}
		if _, ok := texts[a.ID]; !ok {
			t.Fatalf("%s (%s): not in ../shared", a.ID, a.Source)
		}
	}
	return texts
}

// realTally counts as score.py does: quotes found (tp), spurious (fp),
// missed (fn), and among gold quotes with a speaker, those attributed right.
type realTally struct{ tp, fp, fn, spkOK, spkAll int }

func (c realTally) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

func (c realTally) speakerAcc() float64 {
	if c.spkAll == 0 {
		return 0
	}
	return float64(c.spkOK) / float64(c.spkAll)
}

// realError is one disagreement with the gold, for the log.
type realError struct {
	what       string // "missed", "unexpected", "speaker"
	text, got  string
	wantSpeak  string
	start, end int
}

// scoreReal scores got against gold with score.py's rule: each gold quote,
// in order, takes the unused prediction it overlaps most, found when the
// overlap is at least half the longer span; its speaker is right when the
// predicted name or mention text matches the gold name (realNameMatch).
func scoreReal(text string, gold []realQuote, got []schemas.Quote, tl *realTally) []realError {
	r := []rune(text)
	var errs []realError
	used := make([]bool, len(got))
	for _, g := range gold {
		best, bi := 0, -1
		for i, q := range got {
			if used[i] {
				continue
			}
			if ov := min(g.End, q.End) - max(g.Start, q.Start); ov > best {
				best, bi = ov, i
			}
		}
		if g.Speaker != nil {
			tl.spkAll++
		}
		want := ""
		if g.Speaker != nil {
			want = *g.Speaker
		}
		if bi < 0 || best*2 < max(g.End-g.Start, got[bi].End-got[bi].Start, 1) {
			tl.fn++
			errs = append(errs, realError{what: "missed", text: string(r[g.Start:g.End]), wantSpeak: want, start: g.Start, end: g.End})
			continue
		}
		used[bi] = true
		tl.tp++
		if g.Speaker == nil {
			continue
		}
		sp := got[bi].Speaker
		if sp != nil && (realNameMatch(sp.Name, want) || realNameMatch(sp.Text, want)) {
			tl.spkOK++
			continue
		}
		name := ""
		if sp != nil {
			name = sp.Name
		}
		errs = append(errs, realError{what: "speaker", text: got[bi].Text, got: name, wantSpeak: want, start: got[bi].Start, end: got[bi].End})
	}
	for i, q := range got {
		if !used[i] {
			tl.fp++
			name := ""
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			errs = append(errs, realError{what: "unexpected", text: q.Text, got: name, start: q.Start, end: q.End})
		}
	}
	return errs
}

// realNameMatch is score.py's name_matches: names equal after lower-casing
// and turning every character but letters, digits and "_" into a space, or
// one a whole-word prefix or suffix of the other.
func realNameMatch(pred, gold string) bool {
	norm := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool {
			return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_'
		})
	}
	p, g := norm(pred), norm(gold)
	if len(p) == 0 || len(g) == 0 {
		return false
	}
	if len(p) > len(g) {
		p, g = g, p
	}
	eq := func(a, b []string) bool { return strings.Join(a, " ") == strings.Join(b, " ") }
	return eq(p, g[len(g)-len(p):]) || eq(p, g[:len(p)])
}

// kindsOnly keeps the quotes of the given kinds.
func kindsOnly(qs []schemas.Quote, kinds ...string) []schemas.Quote {
	var out []schemas.Quote
	for _, q := range qs {
		for _, k := range kinds {
			if q.Kind == k {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

// passageText joins the GMB sentences gmb-sFIRST … gmb-sLAST named by id
// "gmb-sFIRST-sLAST" with one space, as the GMB files join tokens.
func passageText(t *testing.T, id string, sents map[string]string) string {
	t.Helper()
	first, last, ok := strings.Cut(strings.TrimPrefix(id, "gmb-s"), "-s")
	a, err1 := strconv.Atoi(first)
	b, err2 := strconv.Atoi(last)
	if !ok || err1 != nil || err2 != nil || b < a {
		t.Fatalf("passage id %q: want gmb-sFIRST-sLAST", id)
	}
	parts := make([]string, 0, b-a+1)
	for n := a; n <= b; n++ {
		s, ok := sents[fmt.Sprintf("gmb-s%05d", n)]
		if !ok {
			t.Fatalf("%s: sentence %d not in ../shared", id, n)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}
