package ner

import (
	"slices"
	"testing"
)

func TestRepeatNames(t *testing.T) {
	cases := []struct {
		text  string
		found [][2]int // mentions the model found, token ranges, typed ORG
		want  [][2]int // after repeatNames
	}{
		// a missed sentence-initial repeat is added
		{"Shares of Acme Corp fell. Acme Corp said nothing.", [][2]int{{2, 4}}, [][2]int{{2, 4}, {6, 8}}},
		// glued to more capitalised words: a longer, different name
		{"Acme Corp said. Big Acme Corp rose.", [][2]int{{0, 2}}, [][2]int{{0, 2}}},
		{"Acme Corp said. Acme Corp Holdings rose.", [][2]int{{0, 2}}, [][2]int{{0, 2}}},
		// lower case is no name
		{"Apple said. An apple fell.", [][2]int{{0, 1}}, [][2]int{{0, 1}}},
		// already found: nothing doubled
		{"Apple said. Apple fell.", [][2]int{{0, 1}, {3, 4}}, [][2]int{{0, 1}, {3, 4}}},
	}
	for _, c := range cases {
		sc := new(scratch)
		sc.sentences(c.text, nil, fallbackLexicon.classes)
		fillInfo(sc, c.text, &fallbackLexicon)
		for _, f := range c.found {
			sc.ments = append(sc.ments, span{f[0], f[1], 1})
		}
		repeatNames(sc)
		var got [][2]int
		for _, m := range sc.ments {
			got = append(got, [2]int{m.a, m.b})
			if m.typ != 1 {
				t.Errorf("%q: mention %v typed %d, want the found name's type", c.text, m, m.typ)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
