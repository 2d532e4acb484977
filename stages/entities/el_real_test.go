package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

// Entity-linking quality on real news, held to floors so that a change
// that lowers it fails. The stage runs as `worker process --stages
// segment,entities --kb ../shared/kb` does (sentences from segment.Split,
// ../shared/kb layered over the default KB), and elscore_test.go counts as
// `score.py el --kb ../shared/kb`. Run with -v to see every error, sorted
// into classes; ELREAL_DUMP=DIR writes each set's gold and output there for
// score.py.
//
// Figures at main 5952e5b (entities 1.7.0), when these tests were written:
//
//	Reuters-128, all   strong P 0.7270 R 0.3486 R(in KB) 0.8340 (= score.py)
//	Reuters-128, odd   P 0.6885 R 0.3490 R(in KB) 0.8769
//	Reuters-128, even  P 0.7851 R 0.3480 R(in KB) 0.7810
//	blind1, first run  P 0.9215 R 0.8421 R(in KB) 0.8421 (tp 176, fp 15,
//	                   fn 33; score.py: same P and R, R in KB 0.8358, as it
//	                   knows ../shared/kb only); with the 96 NIL mentions
//	                   that Wikipedia has counted as misses, R 0.5770.
//	                   Errors: missed link 28, wrong entity 4, link where
//	                   gold is NIL 5, span mismatch 1 gold-side and 5
//	                   pred-side, spurious mention 1.
//	blind2, first run  P 0.9538 R 0.8921 R(in KB) 0.8921 (tp 124, fp 6,
//	                   fn 15; score.py R in KB 0.8819); with the 44 NIL in
//	                   Wikipedia, R 0.6776. Errors: missed link 12, wrong
//	                   entity 3, link where gold is NIL 1, span mismatch
//	                   2 pred-side.
//
// At entities 1.8.1 with this session's rules (possessors cut from the
// name they own, lost-apostrophe possessives no mentions, "<place>,
// N.J." cut from the next sentence's name, "Air Lines" = "Airlines",
// hyphened places, tickers inside names, no "The <word>" title for
// "<word> Co"):
//
//	Reuters-128, all   strong P 0.7542 R 0.3580 R(in KB) 0.8553
//	Reuters-128, odd   P 0.7293 R 0.3657 R(in KB) 0.9154
//	Reuters-128, even  P 0.7917 R 0.3480 R(in KB) 0.7810
//	blind1, blind2     unchanged from the first run.
//
// At entities 1.8.4 (the word-cluster tagger of 1.8.2, then names cut at
// "and/&/of" joined when the KB knows the whole, and one swapped pair of
// letters read as the KB label it misspells):
//
//	Reuters-128, all   strong P 0.7600 R 0.3596 R(in KB) 0.8553
//	Reuters-128, odd   P 0.7283 R 0.3712 R(in KB) 0.9231
//	Reuters-128, even  P 0.8103 R 0.3443 R(in KB) 0.7714
//	blind1             P 0.9215 R 0.8421 (unchanged)
//	blind2             P 0.9466 R 0.8921 (0.9538 before the tagger of 1.8.2)
//
// Of the 50 false positives of the odd documents, 32 are "U.S."; 8 are
// names Reuters-128 leaves unannotated where the link is right (a Texas
// court, the Senate, Wall Street); 3 follow the gold's own choices
// (Texaco linked as Chevron, "Georgia regulators" as Georgia Power); 6
// are spans the gold draws wider, lower-case words or a whole court's
// name included ("Tehran radio", "Buenos Aires province"); 1 is a city
// joined to its province of the same name.
//
// Of the 74 false positives on the whole set, 40 are "U.S." that
// Reuters-128 leaves unannotated and AIDA links (kept on purpose): with
// every other one gone, precision would be 227/(227+40) = 0.850 at most.
//
// The blind splits (testdata/real/el.jsonl) are VOA passages annotated
// before the stage ever ran on them; no rule was written from their errors.
// Keep it that way: a rule tuned on their logs makes them training sets.
// The floors sit a little under the figures measured then; raise them when
// a change lifts the figures for good.
type elFloor struct{ precision, recall, recallInKB float64 }

var elFloors = map[string]elFloor{
	"reuters128":      {0.75, 0.35, 0.85},
	"reuters128-odd":  {0.72, 0.36, 0.92},
	"reuters128-even": {0.77, 0.33, 0.76},
	"blind1":          {0.90, 0.82, 0.82},
	"blind2":          {0.93, 0.87, 0.87},
}

// elEnv is the stage with ../shared/kb and the scorer's view of that KB,
// built once for every EL test (loading the KB is most of their time).
var elEnv struct {
	once       sync.Once
	stage      *Stage
	kb         *elKB
	defaultIDs map[string]bool
	err        error
}

func elSetup(t *testing.T) (*Stage, *elKB) {
	t.Helper()
	kbDir := filepath.Join(sharedDir(t), "kb")
	if _, err := os.Stat(kbDir); err != nil {
		t.Skipf("../shared/kb is absent (%v): EL quality not measured", err)
	}
	elEnv.once.Do(func() {
		elEnv.stage, elEnv.err = New(WithKB(kbDir))
		if elEnv.err != nil {
			return
		}
		elEnv.kb, elEnv.err = loadELKB(kbDir)
		if elEnv.err != nil {
			return
		}
		ents, err := kb.DefaultEntities()
		if err != nil {
			elEnv.err = err
			return
		}
		elEnv.defaultIDs = map[string]bool{}
		for _, e := range ents {
			elEnv.defaultIDs[e.ID] = true
		}
	})
	if elEnv.err != nil {
		t.Fatal(elEnv.err)
	}
	return elEnv.stage, elEnv.kb
}

// annotateEL runs segment and entities over one text.
func annotateEL(s *Stage, text string) []schemas.Entity {
	_, sents := segment.Split(text)
	return s.Annotate(text, sents)
}

// runEL scores docs; keep picks the documents of a part (nil: all).
func runEL(t *testing.T, s *Stage, k *elKB, docs []elDoc, outs [][]schemas.Entity, inKB func(string) bool, keep func(elDoc) bool) *elScore {
	t.Helper()
	label := func(id string) string {
		if e, ok := s.KB().Get(id); ok {
			return e.Label
		}
		return "-"
	}
	sc := newELScore()
	for i, d := range docs {
		if keep == nil || keep(d) {
			sc.score(d, outs[i], k, inKB, label)
		}
	}
	return sc
}

func checkFloor(t *testing.T, name string, sc *elScore) {
	t.Helper()
	for _, e := range sc.errors {
		t.Log(e)
	}
	t.Logf("%s: %s", name, sc.summary())
	f, ok := elFloors[name]
	if !ok {
		t.Fatalf("no floor for %s", name)
	}
	for _, c := range []struct {
		what      string
		got, want float64
	}{
		{"strong precision", sc.precision(), f.precision},
		{"strong recall", sc.recall(), f.recall},
		{"strong recall in KB", sc.recallInKB(), f.recallInKB},
	} {
		if c.got < c.want {
			t.Errorf("%s: %s %.4f, floor %.2f", name, c.what, c.got, c.want)
		}
	}
}

func readELDocs(t *testing.T, path string) []elDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent (%v): EL quality not measured", path, err)
	}
	defer f.Close()
	var docs []elDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var d elDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// dumpEL writes gold (link = QID where the set gives none) and output as
// JSON lines for `score.py el`, when ELREAL_DUMP names a directory.
func dumpEL(t *testing.T, name string, docs []elDoc, outs [][]schemas.Entity) {
	dir := os.Getenv("ELREAL_DUMP")
	if dir == "" {
		return
	}
	var gold, pred strings.Builder
	for i, d := range docs {
		g := d
		g.Mentions = make([]elMention, len(d.Mentions))
		for j, m := range d.Mentions {
			if m.Link == nil && m.QID != nil {
				m.Link = m.QID
			}
			g.Mentions[j] = m
		}
		for _, v := range []struct {
			b *strings.Builder
			o any
		}{
			{&gold, g},
			{&pred, struct {
				ID       string           `json:"id"`
				Text     string           `json:"text"`
				Entities []schemas.Entity `json:"entities"`
			}{d.ID, d.Text, outs[i]}},
		} {
			line, err := json.Marshal(v.o)
			if err != nil {
				t.Fatal(err)
			}
			v.b.Write(line)
			v.b.WriteByte('\n')
		}
	}
	for suffix, b := range map[string]*strings.Builder{".gold.jsonl": &gold, ".pred.jsonl": &pred} {
		if err := os.WriteFile(filepath.Join(dir, name+suffix), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestELReuters128: the whole set, then its odd and its even documents
// (two halves, to see whether a change helps one half only).
func TestELReuters128(t *testing.T) {
	s, k := elSetup(t)
	docs := readELDocs(t, filepath.Join(sharedDir(t), "data", "el", "reuters128.jsonl"))
	outs := make([][]schemas.Entity, len(docs))
	for i, d := range docs {
		outs[i] = annotateEL(s, d.Text)
	}
	dumpEL(t, "reuters128", docs, outs)
	inKB := func(id string) bool { return k.ids[id] } // score.py --kb ../shared/kb
	parity := func(odd bool) func(elDoc) bool {
		return func(d elDoc) bool {
			n, err := strconv.Atoi(d.ID[strings.LastIndexByte(d.ID, '/')+1:])
			if err != nil {
				t.Fatalf("Reuters-128 id %q", d.ID)
			}
			return (n%2 == 1) == odd
		}
	}
	for _, part := range []struct {
		name string
		keep func(elDoc) bool
	}{{"reuters128", nil}, {"reuters128-odd", parity(true)}, {"reuters128-even", parity(false)}} {
		t.Run(part.name, func(t *testing.T) {
			checkFloor(t, part.name, runEL(t, s, k, docs, outs, inKB, part.keep))
		})
	}
}

// blindTexts rebuilds the passages of a blind set from the GMB sentences
// in ../shared/data/ner/train.jsonl: an id gmb-sFIRST-sLAST is the texts of
// sentences FIRST..LAST joined by one space.
func blindTexts(t *testing.T, docs []elDoc) {
	t.Helper()
	path := filepath.Join(sharedDir(t), "data", "ner", "train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent (%v): the blind passages cannot be rebuilt", path, err)
	}
	defer f.Close()
	sents := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var rec struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	for sc.Scan() {
		rec.ID, rec.Text = "", ""
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sents[rec.ID] = rec.Text
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		var first, last int
		if _, err := fmt.Sscanf(d.ID, "gmb-s%d-s%d", &first, &last); err != nil || last < first {
			t.Fatalf("blind passage id %q: want gmb-sFIRST-sLAST", d.ID)
		}
		parts := make([]string, 0, last-first+1)
		for n := first; n <= last; n++ {
			text, ok := sents[fmt.Sprintf("gmb-s%05d", n)]
			if !ok {
				t.Fatalf("%s: sentence gmb-s%05d not in %s", d.ID, n, path)
			}
			parts = append(parts, text)
		}
		docs[i].Text = strings.Join(parts, " ")
		runes := []rune(docs[i].Text)
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Surface {
				t.Fatalf("%s: mention %d-%d %q does not match the rebuilt text", d.ID, m.Start, m.End, m.Surface)
			}
		}
	}
}

// TestELBlind: the blind sets, one subtest per split. Recall in KB counts
// the gold QIDs that ../shared/kb or the default KB holds (the annotation
// took QIDs from both); the summary adds recall with the NIL mentions
// Wikipedia has.
func TestELBlind(t *testing.T) {
	s, k := elSetup(t)
	docs := readELDocs(t, filepath.Join("testdata", "real", "el.jsonl"))
	blindTexts(t, docs)
	outs := make([][]schemas.Entity, len(docs))
	var splits []string
	for i, d := range docs {
		outs[i] = annotateEL(s, d.Text)
		if len(splits) == 0 || splits[len(splits)-1] != d.Split {
			splits = append(splits, d.Split)
		}
	}
	inKB := func(id string) bool { return k.ids[id] || elEnv.defaultIDs[id] }
	for _, split := range splits {
		var part []elDoc
		var partOuts [][]schemas.Entity
		for i, d := range docs {
			if d.Split == split {
				part = append(part, d)
				partOuts = append(partOuts, outs[i])
			}
		}
		t.Run(split, func(t *testing.T) {
			dumpEL(t, split, part, partOuts)
			checkFloor(t, split, runEL(t, s, k, part, partOuts, inKB, nil))
		})
	}
}
