package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceDot reports that the period ending a company's name (bytes
// text[b:e], "Tempus Inc.") also ends the sentence: a new sentence (a
// capital or a quote) or the end of the text follows. News gold, as
// CoNLL tokenizes, gives that period to the sentence: "at Tempus Inc."
// ends "Tempus Inc" and a sentence; mid-sentence "Tempus Inc. said" keeps
// it.
func sentenceDot(text string, b, e int) bool {
	if e-b < 4 || text[e-1] != '.' {
		return false
	}
	name := text[b : e-1]
	if strings.IndexByte(name, ' ') < 0 || !isLegalSuffixWord(name[strings.LastIndexByte(name, ' ')+1:]) {
		return false
	}
	rest := text[e:]
	if rest == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(r) {
		return false
	}
	rest = strings.TrimLeftFunc(rest[n:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r)
}
