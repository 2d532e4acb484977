package ner

import "slices"

// span is a mention in token indices [a, b) with a type index.
type span struct{ a, b, typ int }

// docConsistency makes the mentions of one article agree: a name that is
// the surname of a person named in full elsewhere in the article is that
// person ("Cotton" after "Tom Cotton"), found even where the model missed
// it; and repeated identical names take their majority type. A news
// article rarely uses one name for two kinds of thing, while the model,
// seeing one sentence at a time, often wavers.
func docConsistency(sc *scratch) {
	sc.names = sc.names[:0]
	for _, m := range sc.ments {
		if typeNames[m.typ] == PER && m.b-m.a >= 2 && sc.info[m.b-1].kind == kindCap {
			sc.names = append(sc.names, sc.info[m.b-1].low)
		}
	}
	if len(sc.names) > 0 {
		added := false
		covered := 0 // index into ments, which are ordered
		for i := range sc.info {
			for covered < len(sc.ments) && sc.ments[covered].b <= i {
				covered++
			}
			if covered < len(sc.ments) && sc.ments[covered].a <= i {
				continue
			}
			w := &sc.info[i]
			if w.kind == kindCap && slices.Contains(sc.names, w.low) && !(i > 0 && sc.info[i-1].kind == kindCap && !sc.info[i-1].spaceBefore) {
				// not glued to a longer unknown name
				if i+1 < len(sc.info) && sc.info[i+1].kind == kindCap {
					continue
				}
				sc.ments = append(sc.ments, span{i, i + 1, 0})
				added = true
			}
		}
		if added {
			slices.SortFunc(sc.ments, func(x, y span) int { return x.a - y.a })
		}
		for k := range sc.ments {
			m := &sc.ments[k]
			if m.b-m.a == 1 && slices.Contains(sc.names, sc.info[m.a].low) {
				m.typ = 0
			}
		}
	}
	repeatNames(sc)
	majorityTypes(sc)
}

// maxRepeatWords bounds the names repeatNames looks for.
const maxRepeatWords = 4

// repeatNames adds the other occurrences of a name found in the document
// that the model missed (it sees one sentence at a time, and a name at a
// sentence start or in a thin context often goes untagged): a run of the
// same capitalised words, not glued to more capitalised words on either
// side. The new mention takes the type that majorityTypes then agrees.
func repeatNames(sc *scratch) {
	n := len(sc.ments)
	if n == 0 {
		return
	}
	// a 1024-bit filter of the mentions' first words skips most tokens
	// without walking the mention list
	var first [16]uint64
	for _, m := range sc.ments {
		h := sc.info[m.a].low >> 40
		first[h>>6&15] |= 1 << (h & 63)
	}
	added := false
	covered := 0
	for i := 0; i < len(sc.info); i++ {
		for covered < len(sc.ments) && sc.ments[covered].b <= i {
			covered++
		}
		if covered < len(sc.ments) && sc.ments[covered].a <= i {
			continue
		}
		w := &sc.info[i]
		if !w.hasUpper || w.kind == kindMixed {
			continue
		}
		if h := w.low >> 40; first[h>>6&15]&(1<<(h&63)) == 0 || i > 0 && sc.info[i-1].hasUpper && sc.info[i-1].kind != kindPunct {
			continue
		}
		for _, m := range sc.ments[:n] {
			l := m.b - m.a
			if l > maxRepeatWords || sc.info[m.a].low != w.low || i+l > len(sc.info) {
				continue
			}
			if covered < len(sc.ments) && sc.ments[covered].a < i+l {
				continue // would overlap the next mention
			}
			same := true
			for k := 1; k < l && same; k++ {
				same = sc.info[m.a+k].low == sc.info[i+k].low
			}
			if !same || i+l < len(sc.info) && sc.info[i+l].hasUpper && sc.info[i+l].kind != kindPunct {
				continue
			}
			sc.ments = append(sc.ments, span{i, i + l, m.typ})
			added = true
			i += l - 1
			break
		}
	}
	if added {
		slices.SortFunc(sc.ments, func(x, y span) int { return x.a - y.a })
	}
}

// majorityTypes gives every group of identical mentions its most frequent
// type (the first seen on a tie).
func majorityTypes(sc *scratch) {
	ms := sc.ments
	if len(ms) < 2 {
		return
	}
	sc.mhash = grow(sc.mhash, len(ms))
	sc.order = grow(sc.order, len(ms))
	for i, m := range ms {
		h := uint64(m.b - m.a)
		for k := m.a; k < m.b; k++ {
			h = mix(h, sc.info[k].low)
		}
		sc.mhash[i] = h
		sc.order[i] = int32(i)
	}
	// group equal names: by hash, then by position
	slices.SortFunc(sc.order, func(x, y int32) int {
		if hx, hy := sc.mhash[x], sc.mhash[y]; hx != hy {
			if hx < hy {
				return -1
			}
			return 1
		}
		return int(x - y)
	})
	for g := 0; g < len(sc.order); {
		e := g + 1
		for e < len(sc.order) && sc.mhash[sc.order[e]] == sc.mhash[sc.order[g]] {
			e++
		}
		if e-g > 1 {
			var votes [4]int
			for _, j := range sc.order[g:e] {
				votes[ms[j].typ]++
			}
			best := ms[sc.order[g]].typ // the first seen wins a tie
			for t, v := range votes {
				if v > votes[best] {
					best = t
				}
			}
			for _, j := range sc.order[g:e] {
				ms[j].typ = best
			}
		}
		g = e
	}
}
