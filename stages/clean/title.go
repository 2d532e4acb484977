package clean

import (
	"strings"
	"unicode"
)

// sameTitle reports whether line is the headline title (or close to it:
// the same words give or take a site name, punctuation or case).
func sameTitle(line, title string) bool {
	if len(line) > 2*len(title)+20 || len(title) > 2*len(line)+20 {
		return false
	}
	a, b := titleWords(line), titleWords(title)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if strings.Join(a, " ") == strings.Join(b, " ") {
		return true
	}
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	common := 0
	for _, w := range a {
		if set[w] {
			common++
		}
	}
	// Most of the line's words are title words and most title words are
	// in the line.
	return common*10 >= len(a)*8 && common*10 >= len(b)*7
}

func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
