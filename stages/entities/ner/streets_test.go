package ner

import (
	"testing"
)

func TestNumberedStreets(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		{"Police closed 42nd Street after the fire on Monday.", []string{"LOC:42nd Street"}, nil},
		{"They were walking down 6th Avenue at 6:38 p.m.", []string{"LOC:6th Avenue"}, nil},
		// an ordinal before a common noun or another word is no street
		{"She came 3rd Place in the race and won the 2nd round.", nil, []string{"LOC:3rd Place", "LOC:2nd round"}},
	})
}

func TestOrdinal(t *testing.T) {
	for w, want := range map[string]bool{"1st": true, "22nd": true, "3rd": true, "11th": true, "6TH": true,
		"th": false, "6": false, "1000th": false, "6x": false} {
		if got := ordinal(w); got != want {
			t.Errorf("ordinal(%q) = %v, want %v", w, got, want)
		}
	}
}
