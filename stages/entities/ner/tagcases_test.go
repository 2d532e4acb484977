package ner

import (
	"slices"
	"strings"
	"testing"
)

// tagCase is a sentence for the tagger: want lists mentions that must be
// found exactly ("TYPE:surface"), not the ones that must not be, each as
// "TYPE:surface" or as a bare surface (of any type).
type tagCase struct {
	text string
	want []string
	not  []string
}

func checkTagCases(t *testing.T, tg *Tagger, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		got := found(c.text, tg.Tag(c.text, nil))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if _, surface, _ := strings.Cut(g, ":"); g == n || surface == n {
					t.Errorf("%q: %q found: %q", c.text, n, got)
				}
			}
		}
	}
}
