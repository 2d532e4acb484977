package ner

import (
	"math/bits"
	"slices"
)

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
	// a 64-bit filter of the surnames turns most words away before the
	// list is searched
	var filter uint64
	for _, m := range sc.ments {
		if m.typ == perType && m.b-m.a >= 2 && sc.info[m.b-1].kind == kindCap {
			sc.names = append(sc.names, sc.info[m.b-1].low)
			filter |= 1 << (sc.info[m.b-1].low & 63)
		}
	}
	isName := func(low uint64) bool {
		return filter&(1<<(low&63)) != 0 && slices.Contains(sc.names, low)
	}
	if len(sc.names) > 0 {
		added := false
		covered := 0 // index into ments, which are ordered
		for _, i := range sc.upper {
			i := int(i)
			for covered < len(sc.ments) && sc.ments[covered].b <= i {
				covered++
			}
			if covered < len(sc.ments) && sc.ments[covered].a <= i {
				continue
			}
			w := &sc.info[i]
			if w.kind == kindCap && isName(w.low) && !(i > 0 && sc.info[i-1].kind == kindCap && !sc.info[i-1].spaceBefore) {
				// not glued to a longer unknown name
				if i+1 < len(sc.info) && sc.info[i+1].kind == kindCap {
					continue
				}
				sc.ments = append(sc.ments, span{i, i + 1, 0})
				added = true
			}
		}
		if added {
			sc.sortMents()
		}
		for k := range sc.ments {
			m := &sc.ments[k]
			if m.b-m.a == 1 && isName(sc.info[m.a].low) {
				m.typ = 0
			}
		}
	}
	companyNames(sc, isName)
	repeatNames(sc)
	majorityTypes(sc)
}

// perType, orgType and locType are PER's, ORG's and LOC's indices in
// typeNames: a mention's type is tested by its index, not by comparing
// the strings.
const (
	perType = 0
	orgType = 1
	locType = 2
)

// companyNames types ORG a name of two or more words that ends in a
// legal form ("Harlow Motor Co", whose first word the model may read as
// a surname), and a one-word name that is the first word of such a
// company in the article ("Harlow Motor Co said ... Harlow, which ..."):
// news calls a company by its first word after the full name, and alone
// the word often reads as a surname or a place. A surname of a person
// named in full in the article is left to that person.
func companyNames(sc *scratch, isName func(uint64) bool) {
	var firsts [16]uint64
	n := 0
	for k := range sc.ments {
		m := &sc.ments[k]
		if m.b-m.a >= 2 && sc.info[m.b-1].cls&clsLegal != 0 {
			m.typ = orgType
			if n < len(firsts) {
				firsts[n] = sc.info[m.a].low
				n++
			}
		}
	}
	if n == 0 {
		return
	}
	for k := range sc.ments {
		m := &sc.ments[k]
		if low := sc.info[m.a].low; m.b-m.a == 1 && slices.Contains(firsts[:n], low) && !isName(low) {
			m.typ = orgType
		}
	}
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
	// the mentions' first words side by side, for the scan below
	var first [16]uint64
	sc.lows = grow(sc.lows, n)
	firstLows := sc.lows
	for k, m := range sc.ments {
		firstLows[k] = sc.info[m.a].low
		h := firstLows[k] >> 40
		first[h>>6&15] |= 1 << (h & 63)
	}
	// the mentions by their first word's hash, each bucket a chain in
	// mention order, so that a word is compared with the few mentions
	// that may start with it, not with all (the same first match wins)
	shift := uint(64 - bits.Len(uint(2*n)))
	sc.heads = grow(sc.heads, 1<<(64-shift))
	clear(sc.heads)
	sc.nexts = grow(sc.nexts, n)
	for k := n - 1; k >= 0; k-- {
		j := firstLows[k] * 0x9E3779B97F4A7C15 >> shift
		sc.nexts[k] = sc.heads[j]
		sc.heads[j] = int32(k + 1)
	}
	added := false
	covered, next := 0, 0
	sents := sentCursor{sents: sc.sents}
	for _, i := range sc.upper {
		i := int(i)
		if i < next {
			continue // inside a name just added
		}
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
		if h := w.low >> 40; first[h>>6&15]&(1<<(h&63)) == 0 || i > 0 && sc.info[i-1].hasUpper && sc.info[i-1].kind != kindPunct && !sc.openingWord(&sents, i-1) {
			continue
		}
		for k1 := sc.heads[w.low*0x9E3779B97F4A7C15>>shift]; k1 > 0; k1 = sc.nexts[k1-1] {
			k := int(k1 - 1)
			if firstLows[k] != w.low {
				continue
			}
			m := sc.ments[k]
			l := m.b - m.a
			if l > maxRepeatWords || i+l > len(sc.info) {
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
			next = i + l
			break
		}
	}
	if added {
		sc.sortMents()
	}
}

// openingWord: token j opens its sentence and is a preposition ("In
// Kentucky," "At Tottenham"): its capital is the sentence's, so it glues
// no name to the word after it. An article or a determiner may begin the
// name ("The Alps", "A Beautiful Lie") and still glues. Tokens are asked
// in increasing order (c is a cursor).
func (sc *scratch) openingWord(c *sentCursor, j int) bool {
	if !openingPrepositions.has(sc.info[j].low) {
		return false
	}
	s, ok := c.of(j)
	return ok && s[0] == j
}

var openingPrepositions = newHashSet("in", "at", "on", "from", "for", "by", "with", "to", "into",
	"across", "after", "before", "near", "inside", "outside", "throughout", "under", "over", "via",
	"like", "unlike", "since", "during", "without", "against", "between", "among", "beyond", "within")

// majorityTypes gives every group of identical mentions its most frequent
// type (the first seen on a tie). Groups are found by the hash of their
// words in a small open-addressing table, in one pass.
func majorityTypes(sc *scratch) {
	ms := sc.ments
	if len(ms) < 2 {
		return
	}
	size := 1 << bits.Len(uint(2*len(ms)))
	sc.slots = grow(sc.slots, size)
	clear(sc.slots)
	sc.groupOf = grow(sc.groupOf, len(ms))
	sc.groups = sc.groups[:0]
	mask := uint64(size - 1)
	for i, m := range ms {
		h := uint64(m.b - m.a)
		for k := m.a; k < m.b; k++ {
			h = mix(h, sc.info[k].low)
		}
		for j := h & mask; ; j = (j + 1) & mask {
			s := &sc.slots[j]
			if s.group == 0 {
				*s = groupSlot{h, int32(len(sc.groups)) + 1}
				sc.groupOf[i] = s.group - 1
				gr := mentionGroup{first: m.typ}
				gr.votes[m.typ] = 1
				sc.groups = append(sc.groups, gr)
				break
			}
			if s.hash == h {
				sc.groupOf[i] = s.group - 1
				gr := &sc.groups[s.group-1]
				gr.votes[m.typ]++
				gr.more = true
				break
			}
		}
	}
	for g := range sc.groups {
		gr := &sc.groups[g]
		if !gr.more {
			continue // one mention: its own type is the majority
		}
		for t, v := range gr.votes {
			if v > gr.votes[gr.first] {
				gr.first = t
			}
		}
	}
	for i := range ms {
		ms[i].typ = sc.groups[sc.groupOf[i]].first
	}
}

// mentionGroup counts the types of one name's mentions; first is the
// first mention's type, then the majority.
type mentionGroup struct {
	votes [4]int32
	first int
	more  bool // more than one mention: the votes are counted
}

// groupSlot maps a name's hash to its group + 1 (0: empty).
type groupSlot struct {
	hash  uint64
	group int32
}
