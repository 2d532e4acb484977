package quotes

import (
	"unicode/utf8"
)

// sameWords reports whether the words of token range [a0,a1] equal those of
// [b0,b1], ignoring case.
func (d *doc) sameWords(a0, a1, b0, b1 int32) bool {
	if a1-a0 != b1-b0 || a0 < 0 || b0 < 0 || a1 >= int32(len(d.toks)) || b1 >= int32(len(d.toks)) {
		return false
	}
	for k := int32(0); k <= a1-a0; k++ {
		x, y := &d.toks[a0+k], &d.toks[b0+k]
		if x.e-x.s != y.e-y.s {
			return false
		}
		// The same word written the same way, most often: one compare
		// of the bytes, no rune loop.
		if d.text(x.s, x.e) == d.text(y.s, y.e) {
			continue
		}
		// Equal runes need no lowering: the words compared are most often
		// the same word, written the same way.
		for i := int32(0); i < x.e-x.s; i++ {
			if c, e := d.r[x.s+i], d.r[y.s+i]; c != e && lowerRune(c) != lowerRune(e) {
				return false
			}
		}
	}
	return true
}

// wordKey is the lower-cased word k in a scratch buffer (valid until the
// next call): the key that joins a surname to the full name.
func (d *doc) wordKey(k int32) []byte {
	t := &d.toks[k]
	// An ASCII word is copied from the source and its capitals lowered in
	// place: no rune loop, no append per byte. As many bytes as runes is
	// ASCII but for an invalid byte (read as U+FFFD), which the rune loop
	// below writes out.
	if b0, b1 := d.boff[t.s], d.boff[t.e]; b1-b0 == t.e-t.s {
		key := append(d.scratch[:0], d.src[b0:b1]...)
		ascii := true
		for i, c := range key {
			if c-'A' <= 'Z'-'A' {
				key[i] = c + 'a' - 'A'
			} else if c >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		d.scratch = key
		if ascii {
			return key
		}
	}
	d.scratch = d.scratch[:0]
	for _, c := range d.r[t.s:t.e] {
		if uint32(c) < 128 {
			d.scratch = append(d.scratch, asciiLower[c])
			continue
		}
		d.scratch = utf8.AppendRune(d.scratch, lowerRune(c))
	}
	return d.scratch
}

// linkEntities joins every mention to the fullest name that ends with its
// words (Peskov -> Dmitry Peskov), and gathers type and gender per entity.
func (d *doc) linkEntities() {
	// The numbers of every mention's first and last word (the last but a
	// suffix): equal numbers, equal lower-cased words.
	n := len(d.ments)
	d.wids.reset(2 * n)
	d.mentWord = grow(d.mentWord, 2*n)
	for i := range d.ments {
		m := &d.ments[i]
		d.mentWord[2*i], d.mentWord[2*i+1] = d.wordID(m.first), d.wordID(d.surnameEnd(m))
	}
	firstKey := func(i int) int32 { return d.mentWord[2*i] }
	lastKey := func(i int) int32 { return d.mentWord[2*i+1] }

	// By word number, the mention chosen for it, -1 when none.
	byLast := fill(d.byLast, int(d.wids.n), -1)
	d.byLast = byLast
	for i := range d.ments {
		m := &d.ments[i]
		key := lastKey(i)
		b := byLast[key]
		if b < 0 {
			byLast[key] = int32(i)
			continue
		}
		bm := &d.ments[b]
		// Prefer the longer name; among equals, the first.
		if m.last-m.first > bm.last-bm.first && !(m.typ == tOrg) == !(bm.typ == tOrg) || bm.weak && !m.weak {
			byLast[key] = int32(i)
		}
	}
	// A lone first name that heads a full name and ends none
	// ("Tedros" after "Tedros Adhanom Ghebreyesus").
	byFirst := fill(d.byFirst, int(d.wids.n), -1)
	d.byFirst = byFirst
	for i := range d.ments {
		m := &d.ments[i]
		if m.last > m.first && m.typ == tPer && byFirst[firstKey(i)] < 0 {
			byFirst[firstKey(i)] = int32(i)
		}
	}
	ids := fill(d.ids, n, -1) // by mention, the entity it is the best of
	d.ids = ids
	for i := range d.ments {
		m := &d.ments[i]
		b := byLast[lastKey(i)]
		if m.first == m.last && d.in(m.first, lGenericOrg) {
			b = int32(i) // "Department" alone names no one in particular
		}
		if b == int32(i) && m.first == m.last {
			if f := byFirst[firstKey(i)]; f >= 0 {
				b = f
			}
		}
		bm := &d.ments[b]
		if b != int32(i) && m.last-m.first > bm.last-bm.first {
			b, bm = int32(i), m // the chosen form is shorter than this one
		}
		me, be := d.surnameEnd(m), d.surnameEnd(bm)
		if b != int32(i) && !d.sameWords(m.first, me, be-(me-m.first), be) &&
			!(m.first == m.last && d.sameWords(m.first, m.first, bm.first, bm.first)) {
			b = int32(i) // same last word, other name ("George Bush", "Jeb Bush" stay apart only when both full)
		}
		e := ids[b]
		if e < 0 {
			e = int32(len(d.ents))
			ids[b] = e
			d.ents = append(d.ents, entity{best: b, typ: bm.typ})
		}
		m.entity = e
	}
	d.linkAcronyms()
	d.pairShortForms()
	for i := range d.ments {
		m := &d.ments[i]
		en := &d.ents[m.entity]
		if m.typ == tPer && en.typ == tUnknown {
			en.typ = tPer
		}
		if (m.typ == tOrg || m.typ == tPlace) && en.typ == tUnknown {
			en.typ = m.typ
		}
		en.gender += m.gender
		en.titled = en.titled || m.titled
		if !m.weak {
			en.strong++
		}
		if m.title != 0 && en.title == "" {
			en.title = titleWords[m.title-1]
		}
		if !m.inQuote && m.typ != tOrg {
			en.gender += d.pronounNear(m.last)
		}
	}
}

// surnameEnd is the last token of a name but a generational suffix ("James
// P. Kennedy Jr." is "Kennedy" later on) or a company suffix ("Dominion
// Textile Inc" is "Dominion Textile"), the word a shorter form joins it by.
func (d *doc) surnameEnd(m *mention) int32 {
	if m.last > m.first && (d.in(m.last, lGenerational) || d.in(m.last, lCompanySuffix)) {
		return m.last - 1
	}
	return m.last
}

var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// pronounNear looks a few words past a name, in its sentence, for "his" or
// "her" ("Trump and his advisers"): evidence of gender.
func (d *doc) pronounNear(last int32) int8 {
	for k := last + 1; k < int32(len(d.toks)) && k <= last+6; k++ {
		t := &d.toks[k]
		if t.sent != d.toks[last].sent || t.quote >= 0 || d.mentAt[k] >= 0 {
			return 0
		}
		if t.kind == kWord && t.flags&(wMale|wFemale) != 0 && t.flags&wFunc != 0 {
			if d.lowerIs(k, "his") || d.lowerIs(k, "himself") {
				return gMale
			}
			if d.lowerIs(k, "her") || d.lowerIs(k, "herself") {
				return gFemale
			}
		}
	}
	return 0
}

// mentionName is the fullest name of mention i's entity.
func (d *doc) entityName(e int32) string {
	if en := &d.ents[e]; en.runLast > 0 {
		return d.textT(en.runFirst, en.runLast)
	}
	m := &d.ments[d.ents[e].best]
	// "U.S. Embassy": a body word alone keeps the country before it.
	if m.first == m.last && m.fullFirst < m.first && (d.toks[m.first].flags&wOrgWord != 0 || d.in(m.first, lInstitution)) {
		return d.textT(m.fullFirst, m.last)
	}
	return d.textT(m.first, m.last)
}

// genericOrg words alone name no particular organisation: "the House" is not
// "the White House", "the Department" not "the Fire Department".
var genericOrg = map[string]bool{"department": true, "ministry": true, "office": true, "agency": true,
	"commission": true, "committee": true, "council": true, "court": true, "party": true, "group": true,
	"company": true, "bank": true, "university": true, "house": true, "government": true, "administration": true,
	"police": true, "army": true, "force": true, "forces": true, "service": true, "bureau": true, "board": true,
	"authority": true, "association": true, "union": true, "institute": true, "center": true, "centre": true,
	"foundation": true, "fund": true, "assembly": true, "cabinet": true, "coalition": true}
