package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// trimTickers drops a stock ticker that wire copy writes after a
// company's name and that the tagger read as part of it: "Cetus Corp
// CTUS", "The Boeing Company BA.N", and what the tagger ran on into after
// it ("International Business Machines Corp IBM IBM Personal System": the
// product named after the ticker is another name). A legal form ends a
// company's name, so a word of two to five capitals after one is no part
// of it (unless it is a legal form itself: "Co Ltd", "Holdings PLC"). ms
// is rewritten in place.
func trimTickers(text string, runeByte []int, ms []ner.Mention) []ner.Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != "ORG" {
			continue
		}
		s := sliceRunes(text, runeByte, m.Start, m.End)
		// each word from the second on, with the word before it
		prev := -1 // start of the word before
		for w := 0; w < len(s); {
			end := strings.IndexByte(s[w:], ' ')
			if end < 0 {
				end = len(s)
			} else {
				end += w
			}
			if prev >= 0 && tickerWord(s[w:end]) && isLegalSuffixWord(s[prev:w-1]) {
				m.End -= utf8.RuneCountInString(s[w-1:])
				break
			}
			prev, w = w, end+1
		}
	}
	return ms
}

// tickerWord: two to five capital letters that are no legal form.
func tickerWord(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return !kb.IsLegalSuffix(strings.ToLower(w))
}
