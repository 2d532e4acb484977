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
		// not a line of its own
		{"Shares of TOYOTA COROLLA rose.", nil, []string{"MISC:COROLLA"}},
	})
}
