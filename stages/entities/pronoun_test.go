package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestCutPronounI(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Pyongyang", Type: kb.LOC},
		{ID: "Q2", Label: "Velmora", Type: kb.ORG},
		{ID: "Q3", Label: "Elizabeth", Type: kb.PER},
		{ID: "Q4", Label: "Ostrel", Type: kb.LOC},
	})
	cases := []struct {
		text string
		in   []string
		want string
	}{
		{"In Pyongyang I did see people.", []string{"Pyongyang I/LOC"}, "Pyongyang/LOC"},
		{"At Velmora I was told to wait.", []string{"Velmora I/ORG"}, "Velmora/ORG"},
		// a numbered king or war keeps its number
		{"Elizabeth I was queen.", []string{"Elizabeth I/ORG"}, "Elizabeth I/ORG"},
		{"after World War I ended", []string{"World War I/LOC"}, "World War I/LOC"},
		{"Ostrel I. Vell said", []string{"Ostrel I/LOC"}, "Ostrel I/LOC"},
		{"the Ostrel I Corps", []string{"Ostrel I/LOC"}, "Ostrel I/LOC"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, k)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
