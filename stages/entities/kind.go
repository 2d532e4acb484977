package entities

import (
	"strings"
	"unicode"
)

// placeKinds are the words that say what kind of place a name is, in the
// text ("the provinces of Buenos Aires, Cordoba ...", "Washington state")
// and at the head of a KB description ("province of Argentina").
var placeKinds = map[string]bool{
	"province": true, "state": true, "county": true, "city": true, "town": true, "village": true,
	"region": true, "island": true, "river": true, "district": true, "country": true, "prefecture": true,
}

// kindWord returns the singular place kind of a word, or "".
func kindWord(w string) string {
	if len(w) < 4 || len(w) > 12 {
		return ""
	}
	var buf [12]byte
	low := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	if placeKinds[string(low)] {
		return string(low)
	}
	switch {
	case strings.HasSuffix(string(low), "ies") && placeKinds[string(low[:len(low)-3])+"y"]:
		return string(low[:len(low)-3]) + "y" // counties, cities
	case low[len(low)-1] == 's' && placeKinds[string(low[:len(low)-1])]:
		return string(low[:len(low)-1])
	}
	return ""
}

// descKind is the place kind named by the first words of a description
// ("city in Argentina", "U.S. state", "most populous city ..."), or "".
func descKind(desc string) string {
	n := 0
	for _, w := range strings.FieldsFunc(desc, notLetter) {
		if k := kindWord(w); k != "" {
			return k
		}
		if n++; n == 3 {
			break
		}
	}
	return ""
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '.' }

// nearKinds are the place kinds written next to any mention of the
// cluster: up to six words before it within its sentence, or two after.
func (d *doc) nearKinds(ci int) []string {
	var out []string
	add := func(w string) {
		if k := kindWord(w); k != "" {
			for _, x := range out {
				if x == k {
					return
				}
			}
			out = append(out, k)
		}
	}
	for _, mi := range d.cs[ci].ments {
		m := &d.ms[mi]
		s, e := d.byteAt(m.start), d.byteAt(m.end)
		before := d.text[max(0, s-100):s]
		if j := lastSentenceEnd(before); j >= 0 {
			before = before[j:]
		}
		ws := strings.FieldsFunc(before, notWordRune)
		for _, w := range ws[max(0, len(ws)-6):] {
			add(w)
		}
		after := d.text[e:min(len(d.text), e+40)]
		if j := strings.IndexAny(after, ".!?\n"); j >= 0 {
			after = after[:j]
		}
		ws = strings.FieldsFunc(after, notWordRune)
		for _, w := range ws[:min(2, len(ws))] {
			add(w)
		}
	}
	return out
}

// lastSentenceEnd is the byte just after the last ". ", "! ", "? " or
// newline of s, or -1.
func lastSentenceEnd(s string) int {
	best := -1
	for _, sep := range []string{". ", "! ", "? ", "\n"} {
		if j := strings.LastIndex(s, sep); j >= 0 && j+len(sep) > best {
			best = j + len(sep)
		}
	}
	return best
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }
