package ner

import "slices"

// Rules for what the silver training tags get wrong or miss.

var (
	gHash  = lowerHash("g")
	ofHash = lowerHash("of")
)

// groupOf tags an untagged "G-7", "G-20" segment as an organisation: GMB
// leaves most of them untagged, but they name the groups of nations.
func groupOf(sc *scratch, sb int, tags []uint8) {
	for i := 0; i+2 < len(tags); i++ {
		w := sc.info[sb+i : sb+i+3]
		if tags[i] == 0 && tags[i+1] == 0 && tags[i+2] == 0 && (i+3 == len(tags) || !isI(tags[i+3])) &&
			w[0].low == gHash && w[0].kind == kindCap && w[1].low == hyphenHash && w[2].digitsOnly {
			tags[i], tags[i+1], tags[i+2] = 2, 6, 6 // B-ORG I-ORG I-ORG
		}
	}
}

// dropTitleObjects removes the name-like word of a title phrase right
// before a person: "Secretary of State John Kerry", "Minister of Defense
// Ehud Barak" — "State" and "Defense" are part of the title, not names.
func dropTitleObjects(sc *scratch, lx *lexicon) {
	ms := sc.ments
	out := ms[:0]
	for k, m := range ms {
		if m.b-m.a == 1 && m.a >= 2 && k+1 < len(ms) && ms[k+1].a == m.b && ms[k+1].typ == perType &&
			sc.info[m.a-1].low == ofHash && sc.info[m.a-2].cls&clsTitle != 0 &&
			lx.names.get(fingerprint(singleNameHash(sc.info[m.a].low)))&GazLOC == 0 {
			continue
		}
		// the model ran the title's object into the name: "Secretary of
		// [State Antony Blinken]" -> the person "Antony Blinken"
		if m.a >= 2 && m.b-m.a >= 3 && sc.info[m.a-1].low == ofHash && sc.info[m.a-2].cls&clsTitle != 0 {
			for k := 1; k <= 2 && m.b-(m.a+k) >= 2; k++ {
				if sc.info[m.a+k].gaz&gtPerFirst != 0 && sc.info[m.a+k].kind == kindCap {
					m.a, m.typ = m.a+k, 0
					break
				}
			}
		}
		out = append(out, m)
	}
	sc.ments = out
}

// mergeSplitPersons joins a one-word person that is a known first name
// with the capitalised word right after it, which the model gave a
// mention of its own ("John | McCain" -> "John McCain").
func mergeSplitPersons(sc *scratch) {
	ms := sc.ments
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.typ == perType && m.b-m.a == 1 && sc.info[m.a].gaz&gtPerFirst != 0 {
			n := ms[k+1]
			if n.a == m.b && n.b-n.a == 1 && isCand(&sc.info[n.a]) && sc.info[n.a].kind != kindAcronym && sc.info[n.a].spaceBefore {
				out = append(out, span{m.a, n.b, m.typ})
				k++
				continue
			}
		}
		out = append(out, m)
	}
	sc.ments = out
}

// kbTypes corrects the model's ORG/LOC choice for dotted acronyms that the
// gazetteer (or the Gazetteer hook) knows under one of the two only: GMB's silver tags split
// evenly between them for "U.N." (LOC 292, ORG 285). Longer names are
// left to the model: the KB holds obscure places named "White House".
func kbTypes(sc *scratch, lx *lexicon, hook Gazetteer, text string) {
	if lx.names == nil && hook == nil {
		return
	}
	const orgLoc = GazORG | GazLOC
	for k := range sc.ments {
		m := &sc.ments[k]
		if (m.typ != orgType && m.typ != locType) || m.b-m.a != 1 || sc.info[m.a].kind != kindAcronym {
			continue
		}
		h := uint64(m.b - m.a)
		for i := m.a; i < m.b; i++ {
			h = mix(h, sc.info[i].low)
		}
		v := lx.names.get(fingerprint(h))
		if v == 0 && hook != nil {
			if key, ok := hookKey(sc, text, m.a, m.b); ok {
				v, _ = hook(key)
			}
		}
		switch v & orgLoc {
		case GazORG:
			m.typ = 1
		case GazLOC:
			m.typ = 2
		}
	}
}

// personNames makes a person of a two- or three-word name that the model
// typed otherwise when it reads as a person's: a known first name, a known
// surname last, no organisation head word, and the whole not a known
// organisation or place ("Augusto Pinochet", not "Washington Post"). A
// leading title is cut first ("General Manuel Belgrano").
func personNames(sc *scratch, lx *lexicon) {
	if lx.words == nil {
		return
	}
	for k := range sc.ments {
		m := &sc.ments[k]
		if m.typ == perType {
			continue
		}
		a := m.a
		for a < m.b-2 && sc.info[a].cls&clsTitle != 0 && (sc.info[a].kind == kindCap || sc.info[a].dot) {
			a++
		}
		if n := m.b - a; n < 2 || n > 3 {
			continue
		}
		if sc.info[a].gaz&gtPerFirst == 0 || sc.info[m.b-1].gaz&gtPerLast == 0 {
			continue
		}
		known := false
		h := uint64(m.b - a)
		for i := a; i < m.b; i++ {
			w := &sc.info[i]
			if w.cls&clsOrgHead != 0 || w.kind != kindCap && w.kind != kindMixed {
				known = true // not a plain run of name words
			}
			h = mix(h, w.low)
		}
		if known || lx.names.get(fingerprint(h))&(GazORG|GazLOC|GazMISC) != 0 {
			continue
		}
		m.a, m.typ = a, 0
	}
}

var andHash = lowerHash("and")

// splitLists splits a name at "and" when it reads as two: both halves end
// in an organisation head ("State Department and National Security
// Council"), or both are names the gazetteer knows while the whole is not
// ("Eritrea and Ethiopia", but "Trinidad and Tobago" stays whole), or it
// is two words ending a list of names ("Reddit, Twitter and Spotify").
func splitLists(sc *scratch, lx *lexicon) {
	for k := 0; k < len(sc.ments); k++ {
		m := sc.ments[k]
		if m.b-m.a < 3 || m.typ == perType {
			continue
		}
		c := -1
		for i := m.a + 1; i < m.b-1; i++ {
			if sc.info[i].low == andHash && sc.info[i].kind == kindLower {
				c = i
				break
			}
		}
		if c < 0 {
			continue
		}
		left, right := span{m.a, c, m.typ}, span{c + 1, m.b, m.typ}
		split := sc.info[c-1].cls&clsOrgHead != 0 && sc.info[m.b-1].cls&clsOrgHead != 0 ||
			m.b-m.a == 3 && k > 0 && sc.ments[k-1].b == m.a-1 && sc.info[m.a-1].low == commaHash
		if !split && lx.names != nil {
			whole, l, r := gazName(sc, lx, m), gazName(sc, lx, left), gazName(sc, lx, right)
			split = whole == 0 && l != 0 && r != 0
		}
		if !split {
			continue
		}
		sc.ments = slices.Insert(sc.ments, k+1, right)
		sc.ments[k] = left
		k++
	}
}

// gazName returns the gazetteer's type bits for the words of m.
func gazName(sc *scratch, lx *lexicon, m span) uint8 {
	if m.b-m.a > maxGazWords {
		return 0
	}
	h := uint64(m.b - m.a)
	for i := m.a; i < m.b; i++ {
		h = mix(h, sc.info[i].low)
	}
	return lx.names.get(fingerprint(h))
}

var (
	parenHash = lowerHash("(")
	commaHash = lowerHash(",")
)

// datelines tags the place of a wire dateline, "MOSCOW (AP) —", "NEW
// YORK, March 3 (Reuters) -" or "BRUSSELS 1996-08-22": upper-case words
// opening a sentence and followed by "(", "," or a number. The model,
// trained on mixed-case sentences, does not know such tokens: a mention
// it found on exactly those words becomes a place; one it found elsewhere
// there is left alone unless the gazetteer knows the words as a place
// ("NATO, the alliance said" stays an organisation).
func datelines(sc *scratch, lx *lexicon) {
	added := false
	for _, s := range sc.sents {
		a, e := s[0], s[0]
		for e < s[1] && (upperWord(&sc.info[e]) || e > a && e+1 < s[1] && sc.info[e].caps && sc.info[e].cls&clsConnector != 0 && upperWord(&sc.info[e+1])) {
			e++
		}
		if e == a || e >= s[1] || sc.toks[e-1].n-sc.toks[a].s < 3 {
			continue
		}
		if nx := &sc.info[e]; nx.low != parenHash && nx.low != commaHash && nx.kind != kindDigit {
			continue
		}
		k, ok := slices.BinarySearchFunc(sc.ments, a, func(m span, i int) int { return m.a - i })
		if ok && sc.ments[k].b == e {
			if gazName(sc, lx, sc.ments[k])&GazLOC != 0 {
				sc.ments[k].typ = 2 // LOC
			}
			continue
		}
		if ok || k < len(sc.ments) && sc.ments[k].a < e {
			continue // the model found something else there
		}
		sc.ments = append(sc.ments, span{a, e, 2}) // LOC
		added = true
	}
	if added {
		sc.sortMents()
	}
}

// upperWord reports whether w was written in capitals without lower-case
// letters and is no common word ("MOSCOW"; in a headline trueCase has
// lower-cased the common words). A connector between two such words
// ("RIO DE JANEIRO") is let through by datelines.
func upperWord(w *wordInfo) bool {
	return !w.hasLower && w.hasUpper && w.kind != kindPunct && w.kind != kindDigit && w.kind != kindAcronym
}
