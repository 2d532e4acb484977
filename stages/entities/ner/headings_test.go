package ner

import (
	"testing"
)

func TestMakerHeadings(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		{"The show opens on Friday.\n\nTOYOTA COROLLA CROSS\n\nToyota is adding a crossover.",
			[]string{"ORG:TOYOTA", "MISC:COROLLA CROSS"}, nil},
		{"Some highlights:\n\nVOLKSWAGEN ID. BUZZ CONCEPT\n\nThe van is electric.",
			[]string{"ORG:VOLKSWAGEN", "MISC:ID. BUZZ CONCEPT"}, nil},
		// a headline that is a sentence is no heading of a product
		{"APPLE TO CUT JOBS IN EUROPE\n\nApple said on Monday it would cut jobs.",
			nil, []string{"MISC:TO CUT JOBS IN EUROPE"}},
		// the first line, and the last one with no break after it
		{"TOYOTA COROLLA CROSS\nToyota is adding a crossover.",
			[]string{"ORG:TOYOTA", "MISC:COROLLA CROSS"}, nil},
		{"The show opens on Friday. \r\n \nTOYOTA COROLLA CROSS",
			[]string{"ORG:TOYOTA", "MISC:COROLLA CROSS"}, nil},
		// not a line of its own
		{"Shares of TOYOTA COROLLA rose.", nil, []string{"MISC:COROLLA"}},
	})
}

func TestTokenAfter(t *testing.T) {
	text := "Rain fell.\nIt stopped \n\n soon"
	toks := tokenize(nil, text, 0, len(text), 0)
	for _, c := range []struct{ from, q, want int }{
		{1, 10, 3},        // the break after "fell." starts "It"
		{4, 21, 5},        // two breaks and spaces before "soon"
		{1, 0, 1},         // every token from 1 on starts after byte 0
		{5, len(text), 6}, // none after the end
		{6, 3, 6},         // nothing left to search
	} {
		if got := tokenAfter(toks, c.from, c.q); got != c.want {
			t.Errorf("tokenAfter(%d, %d) = %d, want %d", c.from, c.q, got, c.want)
		}
	}
}
