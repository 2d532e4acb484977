package ner

import (
	"slices"
	"testing"
)

func TestNumberedStreets(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"Police closed 42nd Street after the fire on Monday.", []string{"LOC:42nd Street"}, nil},
		{"They were walking down 6th Avenue at 6:38 p.m.", []string{"LOC:6th Avenue"}, nil},
		// an ordinal before a common noun or another word is no street
		{"She came 3rd Place in the race and won the 2nd round.", nil, []string{"LOC:3rd Place", "LOC:2nd round"}},
	}
	for _, c := range cases {
		got := found(c.text, tg.Tag(c.text, nil))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %q found: %q", c.text, n, got)
			}
		}
	}
}

func TestOrdinal(t *testing.T) {
	for w, want := range map[string]bool{"1st": true, "22nd": true, "3rd": true, "11th": true, "6TH": true,
		"th": false, "6": false, "1000th": false, "6x": false} {
		if got := ordinal(w); got != want {
			t.Errorf("ordinal(%q) = %v, want %v", w, got, want)
		}
	}
}
