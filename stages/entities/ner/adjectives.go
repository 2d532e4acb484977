package ner

import (
	"slices"
	"strings"
)

// nameAdjectives tags as MISC, CoNLL's type for nationalities, an
// untagged capitalised word that is
//
//   - the plural of a known demonym ("Ukrainians");
//   - an adjective made of a country's or a continent's name with -an,
//     -ean or -ian, which the KB's demonyms do not spell ("Ecuadorean",
//     "European", "Asian");
//   - "Republican" or "Democratic" before a word in lower case: a party's
//     adjective ("the Republican president"), not the start of a name.
//
// The word must stand alone: a capitalised neighbour makes it part of a
// longer name ("European Central Bank") that is the model's to find. The
// silver training tags leave these words untagged more often than not.
func nameAdjectives(sc *scratch, lx *lexicon, text string) {
	if lx.names == nil || lx.names.n == 0 {
		return
	}
	added := false
	k := 0 // the first mention not ending before token i
	sents := sentCursor{sents: sc.sents}
	// the word is capitalised: only the tokens with a capital (sc.upper,
	// in order) are read
	for _, u := range sc.upper {
		i := int(u)
		s, ok := sents.of(i)
		if !ok {
			break
		}
		if i >= s[0] {
			tk := sc.toks[i]
			// letters are ASCII letters: the first is a capital or none
			// (the word first, the mentions only for a candidate: k
			// catches up as it would have token by token)
			if !sc.info[i].letters || tk.e-tk.b < 4 || text[tk.b] < 'A' || text[tk.b] > 'Z' {
				continue
			}
			for k < len(sc.ments) && sc.ments[k].b <= i {
				k++
			}
			if k < len(sc.ments) && sc.ments[k].a <= i {
				continue // inside a mention
			}
			w := text[tk.b:tk.e]
			if i > s[0] && nameLike(&sc.info[i-1]) && !(i-1 == s[0] && sc.lowered.has(sc.info[i-1].low)) || i+1 < s[1] && nameLike(&sc.info[i+1]) {
				continue
			}
			if !nationWord(lx, w) && !(partyAdjective(w) && i+1 < s[1] && sc.info[i+1].kind == kindLower) {
				continue
			}
			sc.ments = append(sc.ments, span{i, i + 1, 3}) // MISC
			added = true
		}
	}
	if added {
		sc.sortMents()
	}
}

// nameLike reports a capitalised word as trueCase left it. (A sentence's
// first word is no name when the article writes it in lower case too:
// "The Republican president".)
func nameLike(w *wordInfo) bool {
	return w.kind == kindCap || w.kind == kindUpper || w.kind == kindAcronym
}

func partyAdjective(w string) bool { return w == "Republican" || w == "Democratic" }

// continents have no demonyms in the KB; their adjectives are made the
// way countries' are ("Europe" -> "European").
var continents = []string{"africa", "america", "asia", "europe", "australia", "antarctica"}

// nationWord reports whether w (ASCII letters) is a demonym's plural or a
// country's or a continent's adjective (see nameAdjectives).
func nationWord(lx *lexicon, w string) bool {
	// only a plural ("-s") or an "-an" adjective can be one: most words
	// are turned away before they are lowered and looked up
	if n := len(w); w[n-1]|0x20 != 's' && (w[n-1]|0x20 != 'n' || n < 2 || w[n-2]|0x20 != 'a') {
		return false
	}
	low := strings.ToLower(w)
	single := func(s string) uint8 { return lx.names.get(fingerprint(singleNameHash(lowerHash(s)))) }
	if single(low)&(gnDemonym|GazPER|GazORG) != 0 {
		return false // a demonym itself is the model's; a person or a firm is no adjective
	}
	if stem, ok := strings.CutSuffix(low, "s"); ok && single(stem)&gnDemonym != 0 {
		return true
	}
	place := func(s string) bool { return single(s)&gnCountry != 0 || slices.Contains(continents, s) }
	switch {
	case strings.HasSuffix(low, "ean"):
		// "Ecuadorean", "European"
		return place(low[:len(low)-3]) || place(low[:len(low)-2])
	case strings.HasSuffix(low, "ian"):
		// "Ukrainian" (its KB demonym aside), "Brazilian"
		return place(low[:len(low)-3]) || place(low[:len(low)-3]+"e") || place(low[:len(low)-1])
	case strings.HasSuffix(low, "an"):
		// "Asian", "African"
		return place(low[:len(low)-1])
	}
	return false
}
