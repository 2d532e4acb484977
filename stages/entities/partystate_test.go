package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// A state after a party letter ("D-Minn.", "(R-Ohio)") is one place, its
// abbreviation's period kept and the letter left out; a word the KB does
// not know as a place, or a hyphen elsewhere, gives nothing.
func TestPartyStates(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q21", Label: "Minnesota", Aliases: []string{"Minn."}, Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
		{ID: "Q22", Label: "South Carolina", Aliases: []string{"S.C."}, Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
		{ID: "Q23", Label: "Ohio", Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
	})
	s := newStage(t, fakeNER{"Dana Roe": "PER", "D-Minn": "LOC", "Ohio": "LOC"}, k)
	cases := []struct {
		text string
		want []string // every mention, in order
	}{
		{"Rep. Dana Roe, D-Minn., said no.", []string{"Dana Roe", "Minn."}},
		{"Sen. Dana Roe, R-S.C., said no.", []string{"Dana Roe", "S.C."}},
		{"Rep. Dana Roe (R-Ohio) said no.", []string{"Dana Roe", "Ohio"}},
		{"Rep. Dana Roe, I-Zed., said no.", []string{"Dana Roe"}},
		{"The film, R-rated, opened.", nil},
		{"Dana Roe flew to T-Minn yesterday.", []string{"Dana Roe"}},
	}
	for _, c := range cases {
		got := mentionTexts(s.Annotate(c.text, nil))
		if len(got) != len(c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}
