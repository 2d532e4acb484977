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
		// after a sentence's opening preposition: the capital is the
		// sentence's, no longer name
		{"Voters in Kentucky said no. In Kentucky, turnout rose.", [][2]int{{2, 3}}, [][2]int{{2, 3}, {7, 8}}},
		{"Voters in Kentucky said no. At Kentucky State, turnout rose.", [][2]int{{2, 3}}, [][2]int{{2, 3}}},
		// mid-sentence, a capitalised preposition is a title's word
		{"Voters in Kentucky said no. He read Into Kentucky, a novel.", [][2]int{{2, 3}}, [][2]int{{2, 3}}},
		// an article may begin the name: it glues
		{"The Alps are high. The Alps, people say, are cold.", [][2]int{{1, 2}}, [][2]int{{1, 2}}},
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

func TestCompanyNames(t *testing.T) {
	cases := []struct {
		text  string
		found []span // mentions the model found: token ranges and types
		want  []int  // their types after companyNames
	}{
		// the company's first word alone is the company
		{"Harlow Motor Co said sales rose. Harlow, which makes trucks, grew.", []span{{0, 3, 1}, {7, 8, 0}}, []int{1, 1}},
		// a name ending in a legal form is a company, whatever the model said
		{"Harlow Motor Co said sales rose. Harlow grew.", []span{{0, 3, 0}, {7, 8, 0}}, []int{1, 1}},
		{"Brandt AG raised its dividend. Brandt said profit fell.", []span{{0, 2, 1}, {6, 7, 2}}, []int{1, 1}},
		// no legal form: no company named in full
		{"Harlow Motor said sales rose. Harlow grew.", []span{{0, 2, 1}, {6, 7, 0}}, []int{1, 0}},
		// a word other than the first, or a longer mention, is left alone
		{"Harlow Motor Co said. Motor fell. Harlow Smith spoke.", []span{{0, 3, 1}, {5, 6, 3}, {8, 10, 0}}, []int{1, 3, 0}},
	}
	for _, c := range cases {
		sc := new(scratch)
		sc.sentences(c.text, nil, fallbackLexicon.classes)
		fillInfo(sc, c.text, &fallbackLexicon)
		sc.ments = append(sc.ments[:0], c.found...)
		companyNames(sc, func(uint64) bool { return false })
		var got []int
		for _, m := range sc.ments {
			got = append(got, m.typ)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: types %v, want %v", c.text, got, c.want)
		}
	}
	// a surname of a person named in full stays with the person
	text := "Harlow Motor Co said. Jane Harlow spoke. Harlow smiled."
	sc := new(scratch)
	sc.sentences(text, nil, fallbackLexicon.classes)
	fillInfo(sc, text, &fallbackLexicon)
	sc.ments = append(sc.ments[:0], span{0, 3, 1}, span{5, 7, 0}, span{9, 10, 0})
	harlow := sc.info[9].low
	companyNames(sc, func(low uint64) bool { return low == harlow })
	if sc.ments[2].typ != 0 {
		t.Errorf("%q: surname retyped %d", text, sc.ments[2].typ)
	}
}
