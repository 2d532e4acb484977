package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
)

// An entity-linking scorer that counts as ../shared/eval/score.py el does,
// so that a Go test can hold the stage's EL quality to a floor:
//   - strong match: a predicted link on exactly a gold span, naming the
//     gold entity (same QID, or a QID whose Wikipedia title is the gold
//     title);
//   - gold mentions without a link are not counted in recall, but a link
//     predicted on a span with no gold link is a false positive;
//   - recall within the KB counts only gold mentions whose QID (or title)
//     the KB holds.
// It also sorts every error into a class, so a change shows what it moved.

// elMention is a gold mention. Reuters-128 gives a Wikipedia title (link)
// and a QID; the blind sets give a QID alone, which then is the link.
type elMention struct {
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Surface     string  `json:"surface"`
	Type        string  `json:"type"`
	Link        *string `json:"link"`
	QID         *string `json:"qid"`
	InWikipedia bool    `json:"in_wikipedia"`
}

func (m elMention) title() string {
	if m.Link != nil {
		return *m.Link
	}
	if m.QID != nil {
		return *m.QID
	}
	return ""
}

func (m elMention) qid() string {
	if m.QID != nil {
		return *m.QID
	}
	return ""
}

// elDoc is one gold document: its text and mentions.
type elDoc struct {
	ID       string      `json:"id"`
	Split    string      `json:"split,omitempty"`
	Text     string      `json:"text"`
	Mentions []elMention `json:"mentions"`
}

type elSpan struct{ start, end int }

// Error classes, one per way a link goes wrong.
const (
	errWrong      = "wrong entity"             // gold span, other link (one FP and one FN)
	errNIL        = "link where gold is NIL"   // gold span without a link, linked (FP)
	errMissed     = "missed link"              // gold link, nothing linked over its span (FN)
	errSpanGold   = "span mismatch, gold side" // gold link, a link on an overlapping span only (FN)
	errSpanPred   = "span mismatch, pred side" // link on a span that overlaps a gold one (FP)
	errSpurious   = "spurious mention"         // link where gold has no mention at all (FP)
	errNILWikiKey = "of which NIL in Wikipedia"
)

// elScore accumulates the counts of one set (or part of it).
type elScore struct {
	tp, fp, fn   int
	inKB, inKBTP int
	wikiNIL      int // gold mentions with no QID whose entity Wikipedia has
	classes      map[string]int
	byType       map[string]*[2]int // gold type -> in-KB gold found, in-KB gold
	errors       []string
}

func newELScore() *elScore {
	return &elScore{classes: map[string]int{}, byType: map[string]*[2]int{}}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *elScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s *elScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s *elScore) recallInKB() float64 {
	return ratio(s.inKBTP, s.inKB)
}

// recallAll counts the gold mentions the KBs lack but Wikipedia has as
// misses too: what a full KB would have to link.
func (s *elScore) recallAll() float64 { return ratio(s.tp, s.tp+s.fn+s.wikiNIL) }

func (s *elScore) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "strong P %.4f R %.4f R(in KB) %.4f  tp %d fp %d fn %d, in KB %d",
		s.precision(), s.recall(), s.recallInKB(), s.tp, s.fp, s.fn, s.inKB)
	if s.wikiNIL > 0 {
		fmt.Fprintf(&b, "; R(with %d NIL in Wikipedia) %.4f", s.wikiNIL, s.recallAll())
	}
	types := make([]string, 0, len(s.byType))
	for k := range s.byType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		c := s.byType[k]
		fmt.Fprintf(&b, "\n  R(in KB), gold %-4s        %.4f (%d/%d)", k, ratio(c[0], c[1]), c[0], c[1])
	}
	keys := make([]string, 0, len(s.classes))
	for k := range s.classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "\n  %-28s %d", k, s.classes[k])
	}
	return b.String()
}

// elKB is what the scorer needs of a KB: which ids it holds and the
// Wikipedia title of each (score.py compares titles when QIDs differ).
type elKB struct {
	ids    map[string]bool
	titles map[string]string // QID -> title with '_' for ' '
}

// loadELKB reads KB JSON lines (every *.jsonl of dir, as score.py --kb).
func loadELKB(dir string) (*elKB, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no *.jsonl in %s", dir)
	}
	k := &elKB{ids: map[string]bool{}, titles: map[string]string{}}
	var rec struct {
		ID        string  `json:"id"`
		Wikipedia *string `json:"wikipedia"`
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			if len(strings.TrimSpace(sc.Text())) == 0 {
				continue
			}
			rec.ID, rec.Wikipedia = "", nil
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %v", p, err)
			}
			k.ids[rec.ID] = true
			if rec.Wikipedia != nil && *rec.Wikipedia != "" {
				k.titles[rec.ID] = strings.ReplaceAll(*rec.Wikipedia, " ", "_")
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return k, nil
}

// sameEntity: the predicted QID names the gold entity.
func (k *elKB) sameEntity(pred string, gold elMention) bool {
	title := gold.title()
	if pred == title || (gold.qid() != "" && pred == gold.qid()) {
		return true
	}
	t, ok := k.titles[pred]
	return ok && strings.EqualFold(t, strings.ReplaceAll(title, " ", "_"))
}

// predLinks maps every linked mention's span to its link; a later mention
// on the same span wins, as in score.py's dict.
func predLinks(ents []schemas.Entity) (map[elSpan]string, []elSpan) {
	pm := map[elSpan]string{}
	var order []elSpan
	for _, e := range ents {
		if e.Link == nil || *e.Link == "" {
			continue
		}
		for _, m := range e.Mentions {
			sp := elSpan{m.Start, m.End}
			if _, seen := pm[sp]; !seen {
				order = append(order, sp)
			}
			pm[sp] = *e.Link
		}
	}
	return pm, order
}

func overlaps(a, b elSpan) bool { return a.start < b.end && b.start < a.end }

// score adds one document. label names a QID for the error log.
func (s *elScore) score(d elDoc, ents []schemas.Entity, k *elKB, inKB func(string) bool, label func(string) string) {
	runes := []rune(d.Text)
	span := func(sp elSpan) string {
		if sp.start < 0 || sp.end > len(runes) || sp.start > sp.end {
			return "?"
		}
		return string(runes[sp.start:sp.end])
	}
	gold := map[elSpan]elMention{} // linked gold, last one on a span wins
	var goldOrder []elSpan
	allGold := map[elSpan]elMention{}
	for _, m := range d.Mentions {
		sp := elSpan{m.Start, m.End}
		allGold[sp] = m
		if m.title() == "" {
			if m.InWikipedia {
				s.wikiNIL++
			}
			continue
		}
		if _, seen := gold[sp]; !seen {
			goldOrder = append(goldOrder, sp)
		}
		gold[sp] = m
	}
	pm, predOrder := predLinks(ents)
	logf := func(class, format string, args ...any) {
		s.classes[class]++
		s.errors = append(s.errors, fmt.Sprintf("%s: %s: ", d.ID, class)+fmt.Sprintf(format, args...))
	}
	for _, sp := range goldOrder {
		g := gold[sp]
		in := inKB(g.qid()) || inKB(g.title())
		if in {
			s.inKB++
		}
		typ := g.Type
		if typ == "" {
			typ = "?"
		}
		if in {
			if s.byType[typ] == nil {
				s.byType[typ] = new([2]int)
			}
			s.byType[typ][1]++
		}
		pl, ok := pm[sp]
		if ok && k.sameEntity(pl, g) {
			s.tp++
			if in {
				s.byType[typ][0]++
			}
			if in {
				s.inKBTP++
			}
			continue
		}
		s.fn++
		switch {
		case ok:
			logf(errWrong, "%q gold %s (%s), linked %s (%s)", g.Surface, g.title(), label(g.qid()), pl, label(pl))
		default:
			var near []string
			for _, p := range predOrder {
				if overlaps(p, sp) {
					near = append(near, fmt.Sprintf("%q->%s", span(p), pm[p]))
				}
			}
			if len(near) > 0 {
				logf(errSpanGold, "%q gold %s (%s), linked %s", g.Surface, g.title(), label(g.qid()), strings.Join(near, ", "))
			} else {
				logf(errMissed, "%q gold %s (%s), in KB %v", g.Surface, g.title(), label(g.qid()), in)
			}
		}
	}
	for _, sp := range predOrder {
		pl := pm[sp]
		if g, ok := gold[sp]; ok {
			if !k.sameEntity(pl, g) {
				s.fp++ // its class was logged on the gold side
			}
			continue
		}
		s.fp++
		if g, ok := allGold[sp]; ok {
			logf(errNIL, "%q linked %s (%s), gold NIL (in Wikipedia %v)", span(sp), pl, label(pl), g.InWikipedia)
			if g.InWikipedia {
				s.classes[errNILWikiKey]++
			}
			continue
		}
		near := ""
		for _, g := range d.Mentions {
			if overlaps(elSpan{g.Start, g.End}, sp) {
				link := g.title()
				if link == "" {
					link = "NIL"
				}
				near = fmt.Sprintf("%q (gold %s)", g.Surface, link)
				break
			}
		}
		if near != "" {
			logf(errSpanPred, "%q linked %s (%s), gold span %s", span(sp), pl, label(pl), near)
		} else {
			logf(errSpurious, "%q linked %s (%s)", span(sp), pl, label(pl))
		}
	}
}
