package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestCompanyPartners(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string // each must be found exactly
		not  []string // surfaces that must not be a mention
	}{
		{"Shares were placed through Goldman, Sachs and Co and Salomon Brothers Inc.",
			[]string{"ORG:Goldman, Sachs and Co"}, []string{"Goldman", "Sachs"}},
		// a company listed before the partnership is not part of it
		{"Managers were First Boston Corp, Goldman, Sachs and Co and others.",
			[]string{"ORG:Goldman, Sachs and Co"}, []string{"First Boston Corp, Goldman, Sachs and Co"}},
		{"J.P. Morgan and Co Inc said profits rose.", []string{"ORG:J.P. Morgan and Co Inc"}, nil},
		{"Samuel Montagu and Sons Ltd advised the board.", []string{"ORG:Samuel Montagu and Sons Ltd"}, []string{"Samuel Montagu"}},
		// a name that goes on after the head is another name
		{"Officials in Paris and Sons of Liberty met.", nil, []string{"Paris and Sons"}},
		// "and" between lower-case words joins nothing
		{"India and Pakistan met, and Co ops grew.", []string{"LOC:India", "LOC:Pakistan"}, nil},
	}
	for _, c := range cases {
		got := found(c.text, tg.Tag(c.text, nil))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if _, surface, _ := strings.Cut(g, ":"); surface == n {
					t.Errorf("%q: %q found: %q", c.text, n, got)
				}
			}
		}
	}
}
