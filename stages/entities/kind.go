package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeKinds are the words that say what kind of place a name is, in the
// text ("the provinces of Buenos Aires, Cordoba ...", "Washington state")
// and at the head of a KB description ("province of Argentina").
var placeKinds = map[string]bool{
	"province": true, "state": true, "county": true, "city": true, "town": true, "village": true,
	"region": true, "island": true, "river": true, "district": true, "country": true, "prefecture": true,
}

// placeKindFirst has bit c-'a' for each first letter c of placeKinds.
var placeKindFirst = func() (b uint32) {
	for k := range placeKinds {
		b |= 1 << (k[0] - 'a')
	}
	return b
}()

// kindWord returns the singular place kind of a word, or "".
func kindWord(w string) string {
	if len(w) < 4 || len(w) > 12 {
		return ""
	}
	// a kind and its plural start with one of a few letters: most words
	// are turned away before they are lower-cased
	if c := w[0] | 0x20; c < 'a' || c > 'z' || placeKindFirst&(1<<(c-'a')) == 0 {
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
	// the kinds are returned as placeKindNames holds them: a look-up by
	// the bytes makes no string
	if k, ok := placeKindNames[string(low)]; ok {
		return k
	}
	if n := len(low); strings.HasSuffix(string(low), "ies") {
		var y [12]byte
		sing := append(append(y[:0], low[:n-3]...), 'y') // counties, cities
		if k, ok := placeKindNames[string(sing)]; ok {
			return k
		}
	}
	if low[len(low)-1] == 's' {
		return placeKindNames[string(low[:len(low)-1])]
	}
	return ""
}

// placeKindNames maps each place kind to itself (see kindWord).
var placeKindNames = func() map[string]string {
	m := make(map[string]string, len(placeKinds))
	for k, ok := range placeKinds {
		if ok {
			m[k] = k
		}
	}
	return m
}()

// descKind is the place kind named by the first words of a description
// ("city in Argentina", "U.S. state", "most populous city ..."), or "".
// The words are those strings.FieldsFunc(desc, notLetter) gives, read
// one by one up to the third: no slice of every word of the description.
func descKind(desc string) string {
	n, start := 0, -1
	for i, r := range desc {
		if !notLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		if k := kindWord(desc[start:i]); k != "" {
			return k
		}
		if n++; n == 3 {
			return ""
		}
		start = -1
	}
	if start >= 0 {
		return kindWord(desc[start:])
	}
	return ""
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '.' }

// nearKinds are the place kinds written next to any mention of the
// cluster: up to six words before it within its sentence, or two after.
func (d *doc) nearKinds(ci int, dst []string) []string {
	out := dst[:0]
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
		var last [6]string
		k := lastSentenceFields(d.text[max(0, s-100):s], last[:])
		for _, w := range last[len(last)-k:] {
			add(w)
		}
		var first [2]string
		for _, w := range first[:firstSentenceFields(d.text[e:min(len(d.text), e+40)], first[:])] {
			add(w)
		}
	}
	return out
}

// lastSentenceFields is lastFields(s[lastSentenceEnd(s):], dst) (all of s
// without a sentence end) in one backward scan: the scan stops at the
// sentence end nearest the end of s, or when dst is full, so neither the
// bytes before the words kept nor those between them are read twice. A
// sentence end follows a byte that ends no word (a space or a newline)
// and is a rune boundary, so the words are those lastFields finds.
func lastSentenceFields(s string, dst []string) int { return lastWords(s, dst, true) }

// lastWords fills the end of dst with the last words of s, as
// strings.FieldsFunc(s, notWordRune) splits it, in one backward scan that
// stops when dst is full or, with sentence, at a sentence end.
func lastWords(s string, dst []string, sentence bool) int {
	n, end := 0, -1
	i := len(s)
	for i > 0 && n < len(dst) {
		c := s[i-1]
		if sentence && (c == '\n' || c == ' ' && i >= 2 && (s[i-2] == '.' || s[i-2] == '!' || s[i-2] == '?')) {
			break // a sentence end at i: what is before it is another sentence's
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		if notWordRune(r) {
			if end >= 0 {
				n++
				dst[len(dst)-n] = s[i:end]
				end = -1
			}
		} else if end < 0 {
			end = i
		}
		i -= size
	}
	if end >= 0 && n < len(dst) {
		// the word that starts s, or its sentence
		n++
		dst[len(dst)-n] = s[i:end]
	}
	return n
}

// firstSentenceFields is firstFields(s[:strings.IndexAny(s, ".!?\n")],
// dst) (all of s without one of them) in one forward scan that stops at
// the first of those bytes, which end a word as any byte of no word does.
func firstSentenceFields(s string, dst []string) int { return firstWords(s, dst, true) }

// firstWords fills dst with the first words of s, as
// strings.FieldsFunc(s, notWordRune) splits it, in one forward scan that
// stops when dst is full or, with sentence, at a sentence's end mark.
func firstWords(s string, dst []string, sentence bool) int {
	n, start := 0, -1
	i := 0
	for i < len(s) && n < len(dst) {
		c := s[i]
		if sentence && (c == '.' || c == '!' || c == '?' || c == '\n') {
			break
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if notWordRune(r) {
			if start >= 0 {
				dst[n] = s[start:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && n < len(dst) {
		dst[n] = s[start:i]
		n++
	}
	return n
}

// lastSentenceEnd is the byte just after the last ". ", "! ", "? " or
// newline of s, or -1.
func lastSentenceEnd(s string) int {
	for p := len(s); p > 0; p-- {
		if s[p-1] == '\n' {
			return p
		}
		if p >= 2 && s[p-1] == ' ' {
			switch s[p-2] {
			case '.', '!', '?':
				return p
			}
		}
	}
	return -1
}

// lastFields fills the end of dst with the last len(dst) words of s, as
// strings.FieldsFunc(s, notWordRune) splits it, in order, and returns
// how many it found: no slice of every word for the few kept.
func lastFields(s string, dst []string) int { return lastWords(s, dst, false) }

// firstFields fills dst with the first words of s, as lastFields, and
// returns how many it found.
func firstFields(s string, dst []string) int { return firstWords(s, dst, false) }

// notWordRune: r is neither a letter nor '-'. Small enough to inline
// (its ASCII answer is a table load); the hot scans call it per byte.
func notWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return notWordASCII[r]
	}
	return nonASCIINotWord(r)
}

func nonASCIINotWord(r rune) bool { return !unicode.IsLetter(r) }

// notWordASCII is notWordRune of each ASCII byte (the upper half unused).
var notWordASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = (c|0x20 < 'a' || c|0x20 > 'z') && c != '-'
	}
	return t
}()
