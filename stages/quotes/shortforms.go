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
		if !d.isLetters[i] || m.first < 2 { // lettersName, asked by linkAcronyms
			continue
		}
		k := m.first
		open, close := k-1, k+1
		if close >= int32(len(d.toks)) || !(d.isPunct(open, '(') && d.isPunct(close, ')') ||
			d.isPunct(open, ',') && d.isPunct(close, ',')) {
			continue
		}
		p := d.longForm(k, open)
		if p < 0 || p == int32(i) || d.ments[p].entity == m.entity {
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

// longForm: the mention that opens the name the short form at k spells,
// ending before token open: the name may run over commas and "and"
// ("Ministry of Trade, Industry and Energy (MOTIE)"); -1 when none.
func (d *doc) longForm(k, open int32) int32 {
	sent := d.toks[k].sent
	for st := open - 1; st >= 0 && st >= open-10 && d.wordOK(st, sent); st-- {
		t := &d.toks[st]
		if !(t.kind == kWord && (t.cap || d.lowerIs(st, "and") || d.lowerIs(st, "of") || d.lowerIs(st, "for")) ||
			d.isPunct(st, ',') || d.isPunct(st, '&')) {
			return -1
		}
		if m := d.mentAt[st]; m >= 0 && d.ments[m].fullFirst == st && d.spells(k, st, open-1) {
			return m
		}
	}
	return -1
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
