package ner

import "slices"

// productNames types as MISC, CoNLL's type for products, the names a
// story marks as a product's: a model year before it ("the 2020 Sentra",
// "a 2021 Falcon") or a kind of vehicle or device right after it ("the
// Corsa hatchback", "its Falcon SUV", the head cut off the name). Every
// other mention of the same words in the article is then the product too:
// a model's name is unknown to the KB and the model reads it as a place
// or a person for its shape alone.
func productNames(sc *scratch, lx *lexicon) {
	yearNames(sc)
	var marked []uint64
	for k := range sc.ments {
		m := &sc.ments[k]
		if m.b-m.a > 1 && productNoun(sc.info[m.b-1].low) {
			m.b-- // "Falcon SUV": the kind is no part of the name
		}
		if !modelYearBefore(sc, m.a) && !(m.b < len(sc.info) && productNoun(sc.info[m.b].low)) {
			continue
		}
		if sc.info[m.a].kind != kindCap || gazName(sc, lx, *m)&(GazORG|GazPER|GazLOC) != 0 {
			continue // "a 2019 Toyota", "the Ford pickup": the maker; "the UK"
		}
		m.typ = 3 // MISC
		marked = append(marked, wordsHash(sc, *m))
	}
	if len(marked) == 0 {
		return
	}
	for k := range sc.ments {
		if m := &sc.ments[k]; slices.Contains(marked, wordsHash(sc, *m)) {
			m.typ = 3
		}
	}
}

func wordsHash(sc *scratch, m span) uint64 {
	h := uint64(m.b - m.a)
	for i := m.a; i < m.b; i++ {
		h = mix(h, sc.info[i].low)
	}
	return h
}

// modelYearBefore reports "the 2020" or "a 2021" right before token a.
func modelYearBefore(sc *scratch, a int) bool {
	if a < 2 {
		return false
	}
	y, d := &sc.info[a-1], sc.info[a-2].low
	return y.digitsOnly && sc.toks[a-1].e-sc.toks[a-1].b == 4 && (d == theHash || d == aHash) &&
		y.spaceBefore && sc.info[a].spaceBefore
}

var aHash = lowerHash("a")

var productNouns = newHashSet("suv", "suvs", "sedan", "sedans", "hatchback", "coupe", "minivan", "crossover",
	"pickup", "roadster", "convertible", "smartphone", "smartphones", "handset", "tablet", "airliner", "jetliner")

func productNoun(low uint64) bool { return productNouns.has(low) }

// monthHashes: "the 2001 September attacks" names no product.
var monthHashes = newHashSet("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")

// yearNames adds the untagged capitalised words after "the 2020" as one
// name when the model found the same words elsewhere in the article: it
// was trained on sentences where a number stands before common words, and
// leaves a name out there. A name after a year found nowhere else is most
// often an event's ("the 2018 Winter Games"), which news sets disagree
// on.
func yearNames(sc *scratch) {
	n := len(sc.ments)
	known := func(m span) bool {
		h := wordsHash(sc, m)
		for _, o := range sc.ments[:n] {
			if o.b-o.a == m.b-m.a && wordsHash(sc, o) == h {
				return true
			}
		}
		return false
	}
	added := false
	k := 0
	next := 0 // the token after the last candidate read
	sents := sentCursor{sents: sc.sents}
	// the name's first word is capitalised: only the tokens with a
	// capital (sc.upper, in order) are read
	for _, u := range sc.upper {
		i := int(u)
		// the words first, the sentence only after a number and the
		// mentions only after a year: the cursor and k catch up as they
		// would have token by token
		if i < next || i < 1 || !sc.info[i-1].digitsOnly || sc.info[i].kind != kindCap {
			continue
		}
		s, ok := sents.of(i)
		if !ok {
			break
		}
		if i >= s[0]+2 {
			if !modelYearBefore(sc, i) || monthHashes.has(sc.info[i].low) {
				continue
			}
			for k < n && sc.ments[k].b <= i {
				k++
			}
			if k < n && sc.ments[k].a <= i {
				continue
			}
			e := i + 1
			for e < s[1] && e-i < 3 && sc.info[e].kind == kindCap && (k >= n || sc.ments[k].a > e) {
				e++
			}
			if known(span{i, e, 0}) {
				sc.ments = append(sc.ments, span{i, e, 3}) // MISC
				added = true
			}
			next = e
		}
	}
	if added {
		sc.sortMents()
	}
}
