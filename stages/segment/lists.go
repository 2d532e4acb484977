package segment

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// List items. A paragraph that starts with an item marker ("1.", "1)",
// "1.)", "a.", optionally after a bullet) is a list; each following marker
// of the same style with the next number or letter starts a new sentence
// even without a final period on the item before ("1. The first item 2.
// The second item"). A bullet after whitespace always starts an item. The
// periods of markers never end a sentence.

type byteRange struct{ s, e int }

// findListMarkers fills e.marks (sentence starts forced inside the
// paragraph [ps,pe)) and e.skip (marker ranges whose periods are not
// terminators).
func (e *engine) findListMarkers(text string, ps, pe int) {
	e.marks = e.marks[:0]
	e.skip = e.skip[:0]
	e.skipAt = 0
	// Bullets after whitespace.
	for i := ps; i < pe; i++ {
		k := strings.IndexByte(text[i:pe], 0xE2) // lead byte of every bullet
		if k < 0 {
			break
		}
		i += k
		r, _ := utf8.DecodeRuneInString(text[i:pe])
		if !isBullet(r) {
			continue
		}
		if i > ps {
			if p, _ := runeBefore(text, ps, i); isSpaceRune(p) {
				e.marks = append(e.marks, i)
			}
		}
	}
	// A numbered or lettered list starting the paragraph.
	val, delim, mEnd, ok := parseMarker(text, skipBullet(text, ps, pe), pe)
	if ok {
		e.skip = append(e.skip, byteRange{ps, mEnd})
		for pos := mEnd; ; {
			val = nextValue(val)
			q, qe := findMarker(text, pos, pe, val, delim)
			if q < 0 {
				break
			}
			e.marks = append(e.marks, q)
			e.skip = append(e.skip, byteRange{q, qe})
			pos = qe
		}
	}
	if strings.IndexByte(text[ps:pe], '\n') >= 0 {
		e.marks = lineBreakMarks(text, ps, pe, e.marks)
	}
	sortUnique(&e.marks)
}

// skipBullet returns the index after a leading bullet and its spaces.
func skipBullet(text string, i, pe int) int {
	r, n := runeAt(text, i, pe)
	if !isBullet(r) {
		return i
	}
	i += n
	for i < pe && text[i] == ' ' {
		i++
	}
	return i
}

// parseMarker reads "12." / "12)" / "12.)" / "a." / "a)" at i, followed by
// a space. It returns the marker's value, its delimiter and its end.
func parseMarker(text string, i, pe int) (val, delim string, end int, ok bool) {
	j := i
	for j < pe && j-i < 3 && isDigit(rune(text[j])) {
		j++
	}
	if j == i {
		if j < pe && 'a' <= text[j] && text[j] <= 'z' {
			j++
		} else {
			return "", "", 0, false
		}
	}
	if j < pe && isDigit(rune(text[j])) { // four digits or more: a year, not an item
		return "", "", 0, false
	}
	val = text[i:j]
	switch {
	case strings.HasPrefix(text[j:pe], ".) "):
		delim = ".)"
	case strings.HasPrefix(text[j:pe], ". "):
		delim = "."
	case strings.HasPrefix(text[j:pe], ") "):
		delim = ")"
	default:
		return "", "", 0, false
	}
	return val, delim, j + len(delim), true
}

// nextValue is the number or letter after val.
func nextValue(val string) string {
	if n, err := strconv.Atoi(val); err == nil {
		return strconv.Itoa(n + 1)
	}
	if len(val) == 1 && val[0] < 'z' {
		return string(rune(val[0] + 1))
	}
	return ""
}

// findMarker finds the item marker val+delim after whitespace (or after a
// bullet that follows whitespace) in [from,pe). It returns the start of the
// item (its bullet when it has one) and the end of the marker.
func findMarker(text string, from, pe int, val, delim string) (int, int) {
	if val == "" {
		return -1, -1
	}
	want := val + delim
	for from < pe {
		k := strings.Index(text[from:pe], want)
		if k < 0 {
			return -1, -1
		}
		at := from + k
		end := at + len(want)
		from = end
		if end >= pe || text[end] != ' ' {
			continue
		}
		// Walk back over spaces; a bullet there starts the item.
		b := at
		for b > 0 && text[b-1] == ' ' {
			b--
		}
		if p, n := runeBefore(text, 0, b); isBullet(p) {
			if q, _ := runeBefore(text, 0, b-n); q == -1 || isSpaceRune(q) {
				return b - n, end
			}
			continue
		}
		if b < at || isSpaceRune(mustRuneBefore(text, at)) {
			return at, end
		}
	}
	return -1, -1
}

func mustRuneBefore(text string, i int) rune {
	r, _ := runeBefore(text, 0, i)
	return r
}

func sortUnique(a *[]int) {
	s := *a
	sort.Ints(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	*a = out
}
