package ner

import (
	"math/rand"
	"strings"
	"testing"
)

// completeRangeRef is completeRange before doneWords: every word
// completed from its bytes, repeats included.
func completeRangeRef(sc *scratch, text string, lx *lexicon, a, b, sa, sb int) {
	for i := a; i < b; i++ {
		wi := &sc.info[i]
		own := i >= sa && i < sb
		if wi.near {
			if own && !wi.full {
				tk := sc.toks[i]
				addAffixes(wi, text[tk.b:tk.e])
			}
			continue
		}
		tk := sc.toks[i]
		w := text[tk.b:tk.e]
		var ck uint32
		hashed := false
		if !wi.full {
			var exact uint64
			exact, hashed = addShapeAffixes(wi, w, own)
			ck = clusterFP(exact)
			if wi.hasUpper {
				wi.gaz = lx.words.get(fingerprint(mix(0x70c, wi.low)))
			}
		}
		if !hashed {
			ck = clusterKey(w)
		}
		wi.clus = lx.clusters.get(ck)
		wi.near = true
	}
}

// completeTexts are sentences that repeat words in other cases, in and
// out of all-caps runs, as neighbours and as segment words.
var completeTexts = []string{
	"Apple said apple growers and APPLE dealers met Apple again in Apple Valley.",
	"THE MAYOR OF PARIS MET THE MAYOR OF ROME. The mayor of Paris met the Mayor of Rome.",
	"Mr. Tanaka, Mr Tanaka and MR. TANAKA; Tanaka-san met tanaka at Tanaka Corp.",
	"Zürich and Zurich, ZÜRICH and zurich: Müller met Muller and MÜLLER in Zürich.",
	"U.S. officials, US officials and the u.s. team: U.S. U.S. U.N. UN Un un.",
	"Bank of America, BANK OF AMERICA and bank of america; Bank Bank bank BANK.",
	"In 1999 and 2021 some 42 of 420000 voters, 7 in 10, chose a candidate in the internationalization vote.",
	"THE 1999 VOTE: 42 OF THE VOTERS IN THE CITY OF SEOUL AND 7 IN BUSAN.",
}

// randomCompleteText strings words of a small vocabulary in several
// cases, punctuation and non-ASCII words, so that most words repeat.
func randomCompleteText(r *rand.Rand) string {
	words := []string{"paris", "mayor", "the", "of", "new", "york", "mcdonald", "al", "x", "i", "o'brien", "u.s.", "müller", "ab", "1999", "42", "7", "covid19", "3.5"}
	seps := []string{" ", " ", " ", ", ", ". ", "-", " - ", "\n", " (", ") ", "'s "}
	var b strings.Builder
	for range r.Intn(60) + 1 {
		w := words[r.Intn(len(words))]
		switch r.Intn(4) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

// TestCompleteRangeMatchesRef: completeRange leaves every token's
// wordInfo as completeRangeRef does, field for field, when the segments
// are completed as tagSentence completes them and when random ranges
// (with random own parts) are completed in random order.
func TestCompleteRangeMatchesRef(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := &tg.model.lexicon
	r := rand.New(rand.NewSource(7))
	texts := append(append([]string{}, completeTexts...), refTexts()...)
	for range 2000 {
		texts = append(texts, randomCompleteText(r))
	}
	copied := 0
	for k, text := range texts {
		got, want := new(scratch), new(scratch)
		for _, sc := range []*scratch{got, want} {
			sc.reset()
			sc.sentences(text, nil, lx.classes)
			fillInfo(sc, text, lx)
		}
		var ranges [][4]int
		if k%2 == 0 {
			for _, st := range got.sents {
				for _, sg := range segments(nil, got.info, st[0], st[1]) {
					ranges = append(ranges, [4]int{max(st[0], sg[0]-1), min(st[1], sg[1]+1), sg[0], sg[1]})
				}
			}
		} else if n := len(got.toks); n > 0 {
			for range 1 + r.Intn(8) {
				a := r.Intn(n)
				b := a + 1 + r.Intn(n-a)
				sa := a + r.Intn(b-a)
				ranges = append(ranges, [4]int{a, b, sa, sa + r.Intn(b-sa+1)})
			}
		}
		for _, g := range ranges {
			completeRange(got, text, lx, g[0], g[1], g[2], g[3])
			completeRangeRef(want, text, lx, g[0], g[1], g[2], g[3])
		}
		for i := range got.info {
			if got.info[i] != want.info[i] {
				tk := got.toks[i]
				t.Fatalf("%q token %d %q: %+v, the reference's %+v", text, i, text[tk.b:tk.e], got.info[i], want.info[i])
			}
		}
		seen := map[string]bool{}
		for i := range got.info {
			if got.info[i].near {
				w := text[got.toks[i].b:got.toks[i].e]
				if seen[w] {
					copied++
				}
				seen[w] = true
			}
		}
	}
	if copied < 5000 {
		t.Errorf("only %d repeated words completed: the texts do not exercise doneWords", copied)
	}
}
