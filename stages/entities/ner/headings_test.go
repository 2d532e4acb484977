package ner

import (
	"slices"
	"testing"
)

func TestMakerHeadings(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"The show opens on Friday.\n\nTOYOTA COROLLA CROSS\n\nToyota is adding a crossover.",
			[]string{"ORG:TOYOTA", "MISC:COROLLA CROSS"}, nil},
		{"Some highlights:\n\nVOLKSWAGEN ID. BUZZ CONCEPT\n\nThe van is electric.",
			[]string{"ORG:VOLKSWAGEN", "MISC:ID. BUZZ CONCEPT"}, nil},
		// a headline that is a sentence is no heading of a product
		{"APPLE TO CUT JOBS IN EUROPE\n\nApple said on Monday it would cut jobs.",
			nil, []string{"MISC:TO CUT JOBS IN EUROPE"}},
		// not a line of its own
		{"Shares of TOYOTA COROLLA rose.", nil, []string{"MISC:COROLLA"}},
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
