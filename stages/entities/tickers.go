package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// trimTickers drops a stock ticker that wire copy writes after a
// company's name and that the tagger read as part of it: "Cetus Corp
// CTUS", "The Boeing Company BA.N". A legal form ends a company's name,
// so a word of two to five capitals after one is no part of it (unless it
// is a legal form itself: "Co Ltd", "Holdings PLC"). ms is rewritten in
// place.
func trimTickers(text string, runeByte []int, ms []ner.Mention) []ner.Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != "ORG" {
			continue
		}
		s := sliceRunes(text, runeByte, m.Start, m.End)
		sp := strings.LastIndexByte(s, ' ')
		if sp <= 0 || !tickerWord(s[sp+1:]) {
			continue
		}
		head := s[:sp]
		prev := head[strings.LastIndexByte(head, ' ')+1:]
		if prev == head || !kb.IsLegalSuffix(kb.Normalize(prev)) {
			continue
		}
		m.End -= len(s) - sp // ASCII tail: bytes are code points
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
