package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestHyphenedPlaces: two capitalised words joined by a hyphen are the
// place the KB writes with a space; a hyphened name that is no KB place
// ("Lamberg-Vosse"), a lower-case compound and a name already found stay
// as they were.
func TestHyphenedPlaces(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "North Marland", Type: kb.LOC, Description: "former country in Europe", Prior: 0.8},
		{ID: "Q2", Label: "Lamberg", Type: kb.LOC, Description: "town in Austria", Prior: 0.6},
	})
	s := newStage(t, fakeNER{"Lamberg-Vosse": "ORG"}, k)
	checkMentions(t, s, []mentionCase{
		{"Traders in North-Marland bought 20,000 tonnes.", "North-Marland", "Q1"},
		{"Traders in France, in North-Marland and in Spain bought.", "North-Marland", "Q1"},
		{"The North-Marland-based firm bought.", "North-Marland", "-"},
		{"Traders at Lamberg-Vosse bought.", "Lamberg", "-"},
		{"Traders bought north-Marland wheat.", "north-Marland", "-"},
	})
}
