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
//   - "Republican" or "Democratic" before a word in lower case, a title
//     or a person's name: a party's adjective ("the Republican
//     president", "Republican Gov. Matt Bevin"), not the start of a name.
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
		// letters are ASCII letters: the first is a capital or none (the
		// word first, its sentence and the mentions only for a
		// candidate: the cursor and k catch up as they would have token
		// by token)
		tk := sc.toks[i]
		if !sc.info[i].letters || tk.e-tk.b < 4 || text[tk.b] < 'A' || text[tk.b] > 'Z' {
			continue
		}
		s, ok := sents.of(i)
		if !ok {
			break
		}
		if i >= s[0] {
			for k < len(sc.ments) && sc.ments[k].b <= i {
				k++
			}
			if k < len(sc.ments) && sc.ments[k].a <= i {
				continue // inside a mention
			}
			w := text[tk.b:tk.e]
			// a person's title or name after the word is no part of a
			// longer name with it: "Republican Gov. Matt Bevin",
			// "Republican Phil Bryant", "Jordanian Foreign Minister"
			beforePerson := i+1 < s[1] && (sc.info[i+1].cls&clsTitle != 0 ||
				k < len(sc.ments) && sc.ments[k].a == i+1 && sc.ments[k].typ == perType)
			if i > s[0] && nameLike(&sc.info[i-1]) && !(i-1 == s[0] && sc.lowered.has(sc.info[i-1].low)) ||
				i+1 < s[1] && nameLike(&sc.info[i+1]) && !beforePerson {
				continue
			}
			if !nationWord(lx, w) && !(partyAdjective(w) && i+1 < s[1] && (sc.info[i+1].kind == kindLower || beforePerson)) {
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
	if len(w) <= maxNationWord {
		return nationWordShort(lx, w)
	}
	return nationWordGeneral(lx, w)
}

// nationWordGeneral is nationWord for a word that ends in "s" or "an".
func nationWordGeneral(lx *lexicon, w string) bool {
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

// maxNationWord bounds the words nationWordShort takes.
const maxNationWord = 32

// nationWordShort is nationWord for a word of at most maxNationWord ASCII
// letters that ends in "s" or "an", without lowering it into a new string
// or hashing each candidate again: every word nationWord looks up is a
// prefix of the word in lower case, or such a prefix and "e", so one pass
// of prefix hashes serves them all.
func nationWordShort(lx *lexicon, w string) bool {
	n := len(w)
	var low [maxNationWord]byte
	var h [maxNationWord + 1]uint64 // h[k]: lowerHash of the first k letters
	h[0] = fnvOff
	for i := range n {
		c := w[i] | 0x20 // an ASCII letter's lower case
		low[i] = c
		h[i+1] = (h[i] ^ uint64(c)) * fnvPrime
	}
	single := func(hash uint64) uint8 { return lx.names.get(fingerprint(singleNameHash(hash))) }
	if single(h[n])&(gnDemonym|GazPER|GazORG) != 0 {
		return false // a demonym itself is the model's; a person or a firm is no adjective
	}
	if low[n-1] == 's' && single(h[n-1])&gnDemonym != 0 {
		return true
	}
	// place: the first k letters, and an "e" after them when e is set
	place := func(k int, e bool) bool {
		hash := h[k]
		if e {
			hash = (hash ^ 'e') * fnvPrime
		}
		if single(hash)&gnCountry != 0 {
			return true
		}
		for _, c := range continents {
			if e && len(c) == k+1 && c[k] == 'e' && c[:k] == string(low[:k]) || !e && c == string(low[:k]) {
				return true
			}
		}
		return false
	}
	suffix := func(x string) bool { return n >= len(x) && string(low[n-len(x):n]) == x }
	switch {
	case suffix("ean"):
		return place(n-3, false) || place(n-2, false)
	case suffix("ian"):
		return place(n-3, false) || place(n-3, true) || place(n-1, false)
	case suffix("an"):
		return place(n-1, false)
	}
	return false
}
