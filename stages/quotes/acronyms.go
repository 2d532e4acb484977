package quotes

import "unicode"

// linkAcronyms joins an acronym ("PG&E", "EU", "CPUC") to the name in the
// text whose initials it spells ("Pacific Gas & Electric Co.", "European
// Union"): news names an organisation in full once, then by its letters,
// and a reader credits the full name.
func (d *doc) linkAcronyms() {
	some := false
	for i := range d.ments {
		if d.lettersName(&d.ments[i]) {
			some = true
			break
		}
	}
	if !some {
		return // most texts: no table built
	}
	byInit := d.byInit
	for i := range d.ments {
		m := &d.ments[i]
		if m.last == m.first || m.typ == tPer {
			continue
		}
		if key, n := d.initials(m); n >= 2 {
			if _, dup := byInit[key]; !dup {
				byInit[key] = m.entity
			}
		}
	}
	for i := range d.ments {
		m := &d.ments[i]
		if !d.lettersName(m) {
			continue
		}
		e, ok := byInit[d.letters(m.first)]
		if !ok || e == m.entity {
			continue
		}
		old := m.entity
		for j := range d.ments {
			if d.ments[j].entity == old {
				d.ments[j].entity = e
			}
		}
	}
	clear(byInit)
}

// lettersName: a one-word name of two to six capitals, with "&" or dots
// ("PG&E", "U.N."), as names.go's acronym is not.
func (d *doc) lettersName(m *mention) bool {
	if m.first != m.last {
		return false
	}
	t := &d.toks[m.first]
	n := 0
	for _, c := range d.r[t.s:t.e] {
		switch {
		case unicode.IsUpper(c):
			n++
		case c != '&' && c != '.':
			return false
		}
	}
	return n >= 2 && n <= 6
}

// letters is the capitals of token k: "PG&E" -> "PGE", packed as initials
// are (at most 8 of them: lettersName allows 6).
func (d *doc) letters(k int32) uint64 {
	t := &d.toks[k]
	var key uint64
	n := 0
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsUpper(c) && c < 128 && n < 8 {
			key |= uint64(c) << (8 * n)
			n++
		}
	}
	return key
}

// initials of a name's capitalised words, past "of", "and", "&" and a
// company suffix: "Pacific Gas & Electric Co." -> "PGE", and how many;
// none when a word does not fit. Up to 8 letters packed in a word, one a
// byte, are a map key that allocates nothing.
func (d *doc) initials(m *mention) (key uint64, n int) {
	for k := m.first; k <= m.last; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		c := d.r[t.s]
		if !t.cap || c >= 128 {
			if d.lowerIs(k, "of") || d.lowerIs(k, "and") || d.lowerIs(k, "for") || d.lowerIs(k, "the") {
				continue
			}
			return 0, 0
		}
		if d.in(k, lCompanySuffix) {
			continue
		}
		if n == 8 {
			return 0, 0
		}
		key |= uint64(byte(unicode.ToUpper(c))) << (8 * n)
		n++
	}
	return key, n
}

var companySuffix = map[string]bool{"co": true, "co.": true, "inc": true, "inc.": true, "corp": true,
	"corp.": true, "ltd": true, "ltd.": true, "llc": true, "plc": true}
