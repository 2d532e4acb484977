package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// TestELScoreClasses checks the scorer's counts and error classes on a
// made-up document where each way of going wrong happens once.
func TestELScoreClasses(t *testing.T) {
	text := "Anna Berg flew from Paris to Lyon and Nice with Acme Corp staff, Rome said."
	// span finds the code-point span of the first occurrence of w
	span := func(w string) (int, int) {
		i := strings.Index(text, w)
		if i < 0 {
			t.Fatalf("%q not in the text", w)
		}
		s := utf8.RuneCountInString(text[:i])
		return s, s + utf8.RuneCountInString(w)
	}
	str := func(s string) *string { return &s }
	gold := func(w string, link, qid *string, wiki bool) elMention {
		s, e := span(w)
		return elMention{Start: s, End: e, Surface: w, Link: link, QID: qid, InWikipedia: wiki}
	}
	ent := func(w, link string) schemas.Entity {
		s, e := span(w)
		return schemas.Entity{Link: str(link), Mentions: []schemas.Mention{{Start: s, End: e, Text: w}}}
	}
	doc := elDoc{ID: "d", Text: text, Mentions: []elMention{
		gold("Anna Berg", nil, nil, true),        // NIL that Wikipedia has
		gold("Paris", str("Paris"), nil, false),  // a title only: matched through the KB's title
		gold("Lyon", nil, str("Q456"), false),    // linked to another entity
		gold("Nice", nil, str("Q33959"), false),  // right
		gold("Acme Corp", nil, str("Q1"), false), // linked on a shorter span
		gold("Rome", nil, str("Q220"), false),    // not linked at all
	}}
	ents := []schemas.Entity{
		ent("Anna Berg", "Q5"), ent("Paris", "Q90"), ent("Lyon", "Q999"),
		ent("Nice", "Q33959"), ent("Acme", "Q1"), ent("flew", "Q7"),
		{Link: nil, Mentions: []schemas.Mention{{Start: 0, End: 4, Text: "Anna"}}}, // unlinked: not scored
	}
	k := &elKB{ids: map[string]bool{"Q456": true, "Q33959": true, "Q220": true}, titles: map[string]string{"Q90": "Paris"}}
	sc := newELScore()
	sc.score(doc, ents, k, func(id string) bool { return k.ids[id] }, func(string) string { return "-" })
	if sc.tp != 2 || sc.fp != 4 || sc.fn != 3 {
		t.Errorf("tp %d fp %d fn %d, want 2 4 3", sc.tp, sc.fp, sc.fn)
	}
	if sc.inKB != 3 || sc.inKBTP != 1 || sc.wikiNIL != 1 {
		t.Errorf("in KB %d, in-KB tp %d, NIL in Wikipedia %d; want 3 1 1", sc.inKB, sc.inKBTP, sc.wikiNIL)
	}
	want := map[string]int{errWrong: 1, errNIL: 1, errNILWikiKey: 1, errMissed: 1, errSpanGold: 1, errSpanPred: 1, errSpurious: 1}
	for c, n := range want {
		if sc.classes[c] != n {
			t.Errorf("%s: %d, want %d", c, sc.classes[c], n)
		}
	}
	if len(sc.classes) != len(want) {
		t.Errorf("classes %v, want %v", sc.classes, want)
	}
	if p, r, all := sc.precision(), sc.recall(), sc.recallAll(); p != 2.0/6 || r != 2.0/5 || all != 2.0/6 {
		t.Errorf("P %.4f R %.4f R(all) %.4f, want 0.3333 0.4 0.3333", p, r, all)
	}
}
