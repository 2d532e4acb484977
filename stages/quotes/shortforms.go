package quotes

import "unicode"

// pairShortForms: "Volkswagen (VW)", "Volkswagen AG VOWG.F, VW, is …": a
// name in capitals set right after a longer name, in brackets or between
// commas, is the short form the text will use for it, when its letters
// follow each other in the long name from its first letter ("VW" in
// "VolksWagen"; "GM" is not "Ford" in "Ford, GM, and Chrysler"). Every
// mention of the short form joins the long name's entity.
func (d *doc) pairShortForms() {
	for i := range d.ments {
		m := &d.ments[i]
		if !d.lettersName(m) || m.first < 2 {
			continue
		}
		k := m.first
		open, close := k-1, k+1
		if close >= int32(len(d.toks)) || !(d.isPunct(open, '(') && d.isPunct(close, ')') ||
			d.isPunct(open, ',') && d.isPunct(close, ',')) {
			continue
		}
		p := d.mentAt[open-1]
		if p < 0 || p == int32(i) || d.ments[p].last != open-1 || d.ments[p].entity == m.entity ||
			!d.spells(k, d.ments[p].fullFirst, d.ments[p].last) {
			continue
		}
		old, e := m.entity, d.ments[p].entity
		for j := range d.ments {
			if d.ments[j].entity == old {
				d.ments[j].entity = e
			}
		}
	}
}

// spells: the capitals of token k are, in order, letters of the words of
// tokens [a, b], the first of them its first letter.
func (d *doc) spells(k, a, b int32) bool {
	t := &d.toks[k]
	var caps [8]rune // lettersName allows six
	nc := 0
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsUpper(c) && nc < len(caps) {
			caps[nc] = unicode.ToLower(c)
			nc++
		}
	}
	long := d.r[d.toks[a].s:d.toks[b].e]
	if nc == 0 || len(long) == 0 || unicode.ToLower(long[0]) != caps[0] {
		return false
	}
	n := 1
	for _, c := range long[1:] {
		if n < nc && unicode.ToLower(c) == caps[n] {
			n++
		}
	}
	return n == nc
}
