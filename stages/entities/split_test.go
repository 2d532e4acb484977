package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestSplitStateAfterPlace: a state's abbreviation that ends a sentence
// after "<place>, " is cut from the next sentence's first name that the
// tagger read with it; after a comma alone it stays part of the name.
func TestSplitStateAfterPlace(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "New Jersey", Aliases: []string{"N.J."}, Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
		{ID: "Q2", Label: "Fenwick City", Type: kb.LOC, Description: "city in New Jersey", Prior: 0.5},
		{ID: "Q3", Label: "United Kingdom", Aliases: []string{"U.K."}, Type: kb.LOC, Description: "country in Europe", Prior: 0.9},
	})
	s := newStage(t, fakeNER{"Fenwick City": "LOC", "N.J. Norvale Corp": "ORG", "U.K. Government": "ORG"}, k)
	checkMentions(t, s, []mentionCase{
		{"It runs a casino in Fenwick City, N.J. Norvale Corp owns the land.", "N.J.", "Q1"},
		{"It runs a casino in Fenwick City, N.J. Norvale Corp owns the land.", "Norvale Corp", ""},
		{"It will be decided case by case, U.K. Government sources said.", "U.K.", "-"},
		{"It will be decided case by case, U.K. Government sources said.", "U.K. Government", ""},
	})
}
