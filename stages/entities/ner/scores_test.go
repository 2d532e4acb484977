package ner

import (
	"slices"
	"testing"
)

func TestScoreLines(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string // exactly these mentions, in order
	}{
		{"Bayern Munich 2 Hamburg 1", []string{"ORG:Bayern Munich", "ORG:Hamburg"}},
		{"Borussia Dortmund 3 Werder Bremen 0", []string{"ORG:Borussia Dortmund", "ORG:Werder Bremen"}},
		// national teams are named by their country: places
		{"Japan 2 Syria 1 (1-0)", []string{"LOC:Japan", "LOC:Syria"}},
		{"Brighton and Hove Albion 1 Wigan 1", []string{"ORG:Brighton and Hove Albion", "ORG:Wigan"}},
	}
	for _, c := range cases {
		// each result on its own line, after a headline
		text := "SOCCER - RESULTS .\n" + c.text + "\n"
		got := found(text, tg.Tag(text, nil))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
	// not result lines: a number inside a name, more words or numbers
	// after the second one
	for _, text := range []string{"Formula 1 Grand Prix", "Apollo 13 Mission 2 was a success", "Leeds 5 3 1 1 8 4 10", "Chelsea 120 Arsenal 300"} {
		sc := new(scratch)
		sc.sentences(text, nil, tg.model.classes)
		fillInfo(sc, text, &tg.model.lexicon)
		if _, _, ok := resultLine(sc.info, sc.toks); ok {
			t.Errorf("%q read as a result line", text)
		}
	}
}
