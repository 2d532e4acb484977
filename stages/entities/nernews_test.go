package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/internal/shared"
	"github.com/wirestream/wirestream/schemas"
)

// Typed NER on real news, held to floors. testdata/real/ner_news.jsonl
// marks by hand, CoNLL-2003 style, every name in 44 news articles of the
// clean dev set (texts read from ../shared; see testdata/real/README.md).
// The stage runs as `worker process --stages segment,entities --kb
// ../shared/kb` does, and the counts are score.py ner's: exact spans, a
// gold span without a type not judged for type. Run with -v to see every
// error of the studied splits (study, and blind from 1.8.25 on); the
// blind splits' errors are never printed, so that no rule is written
// from them.
//
// First run, before any rule was written from its errors (entities
// 1.7.0, main 58eb2f0):
//
//	study  typed P 0.7413 R 0.7110 F1 0.7258, mention F1 0.8601
//	blind  typed P 0.7917 R 0.7600 F1 0.7755, mention F1 0.8966
//
// (= score.py ner on the same output.) After the rules written from the
// study half's errors (entities 1.7.9: market codes and indexes, offices
// in names, events, lists, possessive names, common words, the pronoun
// I):
//
//	study  typed P 0.8174 R 0.7673 F1 0.7916, mention F1 0.9084
//	blind  typed P 0.7956 R 0.7621 F1 0.7785, mention F1 0.8996
//
// After word clusters (1.8.4: study 0.8037, blind 0.8039) and the rules
// of 1.8.5-1.8.17 written from the study half (bare MISC KB entries and
// persons, nationality and party adjectives, a place run into a person
// after a title, products and makers' headings, index short names,
// "-based", "Lowe's", a legal form's period at a sentence end, numbered
// streets):
//
//	study  typed P 0.8889 R 0.8798 F1 0.8843, mention F1 0.9490
//	blind  typed P 0.8253 R 0.7958 F1 0.8103, mention F1 0.9116
//
// The study half gained four times what the blind half did: most of
// these rules fix kinds of names (products, headings) that the blind
// articles hardly hold.
//
// A second blind half, blind2 (10 more articles, annotated after all
// the rules above, before any run on them), measures how far those rules
// carry to news nobody read for errors. Its first run (entities
// 1.8.17, main 614388a):
//
//	blind2 typed P 0.7508 R 0.7797 F1 0.7650, mention F1 0.8629
//
// That is under both the blind half now (0.8103) and its first run
// (0.7755). Like blind, its errors are never printed.
//
// After 1.8.18-1.8.21 (sites read from "posted on" or "a ... post",
// street names, names after "-based", a company officer's title inside
// a name), written from the study half and general news usage:
//
//	study  typed P 0.9021 R 0.8951 F1 0.8986, mention F1 0.9503
//	blind  typed P 0.8319 R 0.8021 F1 0.8167, mention F1 0.9116
//	blind2 typed P 0.7508 R 0.7797 F1 0.7650, mention F1 0.8629
//
// blind gained 0.0064 (three names typed right), blind2 nothing.
//
// A third blind half, blind3 (10 more articles: science, health,
// finance, games, a state slogan, a space programme; annotated by hand
// before any run on them), measures the same on news of other kinds than
// the politics and business most of the set holds. Its first run
// (entities 1.8.24, main c76996b):
//
//	blind3 typed P 0.6803 R 0.6364 F1 0.6576, mention F1 0.8554
//
// Its errors are never printed either.
//
// A fourth blind half, blind4, holds the 4 English news pages of the
// clean dev set that no split had used (the file holds no more: ESA's
// hibernation study, plague in China, the Swift and Big Machine feud, an
// opinion column on the impeachment inquiry), annotated by hand before
// any run on them. Its first run (entities 1.8.24, main 7733de5):
//
//	blind4 typed P 0.8755 R 0.8241 F1 0.8490, mention F1 0.8959
//
// With 293 mentions, half of them persons (nearly a third of the
// column's are "Schiff" and "Trump"), it is small and its figures
// move more with each name than the other halves'; its errors are never
// printed either.
//
// A fifth blind split, reuters, is scored by TestNERReuters on texts of
// another source: 40 Reuters news texts of 1987 from Reuters-128 (mostly
// company, bond and commodity briefs), typed by hand before any run on
// them. Its first run (entities 1.8.24, main 5bf15e1):
//
//	reuters typed P 0.7743 R 0.7508 F1 0.7624, mention F1 0.8123
//
// Its errors are never printed either.
//
// From entities 1.8.25 on, "blind" is studied: its errors are printed
// with the study half's and rules are written from them (its figures
// above, up to 1.8.24, are a blind split's). Sorted by cause at 1.8.24,
// its 94 missed or mistyped gold names were 48 of the wrong type (works,
// events, laws and programmes typed ORG; clubs typed PER or LOC; places
// typed ORG), 24 drawn with other bounds and 22 missed. The rules of
// 1.8.25-1.8.31 (a KB type all of a name's entries agree on, a list's
// type for its odd name, repeats after a sentence's opening preposition,
// a place's party members, laws, a state after a party letter, a party
// or nationality adjective before a title or a person) give:
//
//	study  typed P 0.9072 R 0.9003 F1 0.9037, mention F1 0.9503
//	blind  typed P 0.8652 R 0.8379 F1 0.8513, mention F1 0.9223 (studied)
//
// and on the splits still blind, read once at main a95988e (before) and
// once at 9af1b5c (entities 1.8.33, after), summary lines only:
//
//	blind2 typed F1 0.7650 -> 0.7650, mention F1 0.8629 -> 0.8629
//	blind3 typed F1 0.6576 -> 0.6625, mention F1 0.8554 -> 0.8577
//	blind4 typed F1 0.8490 -> 0.8526, mention F1 0.8959 -> 0.8959
//
// The studied splits gained seven times what the blind ones did.
//
// Tried and not kept: the tagger retrained with GMB's artefacts that the
// KB knows as companies retyped ORG ("Twitter", "Forbes"): blind +0.004,
// study -0.007, UNER-PUD and WikiGold -0.003, Reuters-128 links -0.008;
// KB demonyms the model left untagged ("Jordanian officials"): GMB dev
// -0.0002, UNER -0.0003 (a place that is its own demonym, "Vatican").
//
// The floors sit a little under the figures; raise them when a change
// lifts them for good.
var nerNewsFloors = map[string]nerFloor{
	"study":   {typed: 0.89, mention: 0.94},
	"blind":   {typed: 0.83, mention: 0.91},
	"blind2":  {typed: 0.73, mention: 0.83},
	"blind3":  {typed: 0.63, mention: 0.83},
	"blind4":  {typed: 0.82, mention: 0.87},
	"reuters": {typed: 0.73, mention: 0.78},
}

type nerFloor struct{ typed, mention float64 }

// nerNewsStudied are the splits whose errors the test prints: rules may
// be written from them. "blind" is studied from entities 1.8.25 on (its
// figures above, up to that version, are a blind split's).
var nerNewsStudied = map[string]bool{"study": true, "blind": true}

type nerGoldDoc struct {
	ID       string `json:"id"`
	Split    string `json:"split"`
	Mentions []struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Type  *string `json:"type"`
	} `json:"mentions"`
}

// spans maps each gold mention to its type ("" for an untyped one).
func (d *nerGoldDoc) spans() map[nerSpan]string {
	gold := map[nerSpan]string{}
	for _, m := range d.Mentions {
		ty := ""
		if m.Type != nil {
			ty = *m.Type
		}
		gold[nerSpan{m.Start, m.End}] = ty
	}
	return gold
}

func TestNERNews(t *testing.T) {
	docs := readJSONLFile[nerGoldDoc](t, filepath.Join("testdata", "real", "ner_news.jsonl"))
	texts := cleanDevTexts(t)
	s, _ := elSetup(t)
	tallies := map[string]*nerTally{}
	for _, d := range docs {
		text, ok := texts[d.ID]
		if !ok {
			t.Fatalf("%s: not in the clean dev set", d.ID)
		}
		gold := d.spans()
		pred := nerPredicted(annotateEL(s, text))
		tl := tallies[d.Split]
		if tl == nil {
			tl = &nerTally{}
			tallies[d.Split] = tl
		}
		errs := tl.add(gold, pred)
		if nerNewsStudied[d.Split] {
			runes := []rune(text)
			for _, e := range errs {
				t.Logf("%s %s %s", d.Split, d.ID[:10], e.describe(runes))
			}
		}
	}
	for _, split := range []string{"study", "blind", "blind2", "blind3", "blind4"} {
		tl := tallies[split]
		if tl == nil {
			t.Fatalf("no %s documents", split)
		}
		t.Logf("%s: %s", split, tl.summary())
		f := nerNewsFloors[split]
		if got := tl.typed.f1(); got < f.typed {
			t.Errorf("%s: typed F1 %.4f, floor %.2f", split, got, f.typed)
		}
		if got := tl.mention.f1(); got < f.mention {
			t.Errorf("%s: mention F1 %.4f, floor %.2f", split, got, f.mention)
		}
	}
}

// TestNERReuters scores the blind split "reuters": 40 Reuters news texts
// of 1987 from Reuters-128 (../shared/data/el/reuters128.jsonl), typed by
// hand in testdata/real/ner_reuters.jsonl with the conventions of
// ner_news.jsonl (see testdata/real/README.md). Reuters-128's own mentions
// carry no types and leave names out, so they cannot score typed NER; this
// split is the project's stand-in for issue 9's held-back Reuters set.
// Like the other blind halves, its errors are never printed.
func TestNERReuters(t *testing.T) {
	docs := readJSONLFile[nerGoldDoc](t, filepath.Join("testdata", "real", "ner_reuters.jsonl"))
	type record struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	texts := map[string]string{}
	for _, r := range readJSONLFile[record](t, shared.Path(t, "data", "el", "reuters128.jsonl")) {
		texts[r.ID] = r.Text
	}
	s, _ := elSetup(t)
	tl := &nerTally{}
	for _, d := range docs {
		text, ok := texts[d.ID]
		if !ok {
			t.Fatalf("%s: not in Reuters-128", d.ID)
		}
		if d.Split != "reuters" {
			t.Fatalf("%s: split %q, want reuters", d.ID, d.Split)
		}
		// The errors are dropped unread: a blind split.
		tl.add(d.spans(), nerPredicted(annotateEL(s, text)))
	}
	t.Logf("reuters: %s", tl.summary())
	f := nerNewsFloors["reuters"]
	if got := tl.typed.f1(); got < f.typed {
		t.Errorf("reuters: typed F1 %.4f, floor %.2f", got, f.typed)
	}
	if got := tl.mention.f1(); got < f.mention {
		t.Errorf("reuters: mention F1 %.4f, floor %.2f", got, f.mention)
	}
}

// cleanDevTexts maps each page of the clean dev set to its gold text.
func cleanDevTexts(t *testing.T) map[string]string {
	t.Helper()
	p := shared.Path(t, "data", "clean", "article_benchmark.dev.jsonl")
	type page struct {
		ID   string `json:"id"`
		Text string `json:"gold_text"`
	}
	texts := map[string]string{}
	for _, pg := range readJSONLFile[page](t, p) {
		texts[pg.ID] = pg.Text
	}
	return texts
}

// nerPredicted is the stage's mentions by span, as score.py reads them.
func nerPredicted(ents []schemas.Entity) map[nerSpan]string {
	pred := map[nerSpan]string{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			pred[nerSpan{m.Start, m.End}] = e.Type
		}
	}
	return pred
}

type nerSpan struct{ start, end int }

type nerCount struct{ tp, fp, fn int }

func (c nerCount) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

func (c nerCount) String() string {
	p := float64(c.tp) / float64(max(c.tp+c.fp, 1))
	r := float64(c.tp) / float64(max(c.tp+c.fn, 1))
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)", p, r, c.f1(), c.tp, c.fp, c.fn)
}

// nerTally counts spans (mention) and spans with their type (typed) as
// score.py ner does, and the typed errors by class.
type nerTally struct {
	mention, typed nerCount
	classes        map[string]int
}

func (tl *nerTally) summary() string {
	keys := make([]string, 0, len(tl.classes))
	for k := range tl.classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := fmt.Sprintf("typed %v; mention %v; errors:", tl.typed, tl.mention)
	for _, k := range keys {
		s += fmt.Sprintf(" %s %d,", k, tl.classes[k])
	}
	return s
}

// nerError is one typed error: a gold mention missed or mistyped, or a
// predicted one not in the gold.
type nerError struct {
	class      string
	span       nerSpan
	gold, pred string
}

func (e nerError) describe(runes []rune) string {
	flat := func(rs []rune) string { return strings.ReplaceAll(string(rs), "\n", " ") }
	a, b := max(e.span.start-40, 0), min(e.span.end+40, len(runes))
	return fmt.Sprintf("%-14s %q gold %s pred %s  …%s[%s]%s…", e.class,
		string(runes[e.span.start:e.span.end]), orDash(e.gold), orDash(e.pred),
		flat(runes[a:e.span.start]), string(runes[e.span.start:e.span.end]), flat(runes[e.span.end:b]))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// add counts one document; gold types "" are spans CoNLL leaves untyped.
func (tl *nerTally) add(gold, pred map[nerSpan]string) []nerError {
	if tl.classes == nil {
		tl.classes = map[string]int{}
	}
	for sp := range pred {
		if _, ok := gold[sp]; ok {
			tl.mention.tp++
		} else {
			tl.mention.fp++
		}
	}
	for sp := range gold {
		if _, ok := pred[sp]; !ok {
			tl.mention.fn++
		}
	}
	overlaps := func(sp nerSpan, in map[nerSpan]string) bool {
		for o := range in {
			if o.start < sp.end && sp.start < o.end {
				return true
			}
		}
		return false
	}
	var errs []nerError
	for sp, g := range gold {
		if g == "" {
			continue
		}
		p, ok := pred[sp]
		switch {
		case ok && p == g:
			tl.typed.tp++
		case ok:
			tl.typed.fn++
			tl.typed.fp++
			errs = append(errs, nerError{"wrong type", sp, g, p})
		case overlaps(sp, pred):
			tl.typed.fn++
			errs = append(errs, nerError{"boundary gold", sp, g, ""})
		default:
			tl.typed.fn++
			errs = append(errs, nerError{"missed", sp, g, ""})
		}
	}
	for sp, p := range pred {
		if _, ok := gold[sp]; ok {
			continue
		}
		tl.typed.fp++
		class := "spurious"
		if overlaps(sp, gold) {
			class = "boundary pred"
		}
		errs = append(errs, nerError{class, sp, "", p})
	}
	for _, e := range errs {
		tl.classes[e.class]++
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].span.start < errs[j].span.start })
	return errs
}

// readJSONLFile decodes every non-blank line of path; a missing file
// skips the test.
func readJSONLFile[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent (%v): news NER not measured", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
