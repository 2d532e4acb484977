package quotes

import (
	"strings"
	"unicode"
)

// compoundRole: a lower-case hyphenated word whose last part is a person's
// role ("actress-singer", "writer-director"): a role, as its last part is.
func (d *doc) compoundRole(j int32) bool {
	t := &d.toks[j]
	if t.kind != kWord || t.cap || t.e-t.s > 30 {
		return false
	}
	w := d.r[t.s:t.e]
	h := -1
	for i, c := range w {
		if c == '-' {
			h = i
		}
	}
	if h < 1 || h == len(w)-1 {
		return false
	}
	// "a two-member bench", "a 12-member panel": a count, no person.
	if unicode.IsDigit(w[0]) || numberWords[strings.ToLower(string(w[:h]))] {
		return false
	}
	var buf [30]byte
	n := 0
	for _, c := range w[h+1:] {
		if c > unicode.MaxASCII {
			return false
		}
		buf[n] = byte(unicode.ToLower(c))
		n++
	}
	// m[string(b)] converts without allocating.
	return personRoles[string(buf[:n])] || lexicon[string(buf[:n])]&wSpeakerNoun != 0
}

// numberWords open a count compound ("two-member", "three-judge").
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "twelve": true, "multi": true}
