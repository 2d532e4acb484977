package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestSmallPlaces: a town of a few thousand people found by a one-word
// name is linked only when the article says where it is; a large city or
// a place named in several words needs no such support.
func TestSmallPlaces(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Harbourside", Type: kb.LOC, Description: "town in Oregon, United States", Prior: kb.Popularity(8000, "population")},
		{ID: "Q2", Label: "Oregon", Aliases: []string{"Ore"}, Type: kb.LOC, Description: "state of the United States", Prior: 0.8},
		{ID: "Q3", Label: "Lakeport", Type: kb.LOC, Description: "city in Ontario, Canada", Prior: kb.Popularity(2_500_000, "population")},
		{ID: "Q4", Label: "Granite Falls", Type: kb.LOC, Description: "town in Oregon, United States", Prior: kb.Popularity(3000, "population")},
		{ID: "Q5", Label: "Ontario", Type: kb.LOC, Description: "province of Canada", Prior: 0.8},
	})
	s := newStage(t, fakeNER{"Harbourside": "LOC", "Ore": "LOC", "Oregon": "LOC", "Lakeport": "LOC", "Granite Falls": "LOC", "Ontario": "LOC"}, k)
	checkLinks(t, s, []linkCase{
		// the word names a hotel district here, not the Oregon town
		{"The casino will open in the Harbourside area of the resort next year.", "Harbourside", ""},
		// its state written after it places the town
		{"The mill in Harbourside, Ore., will close in May.", "Harbourside", "Q1"},
		{"Floods cut the roads to Harbourside, Oregon on Monday.", "Harbourside", "Q1"},
		// its state named elsewhere in the article is context enough
		{"Oregon lawmakers met on Monday. Harbourside will get a new bridge.", "Harbourside", "Q1"},
		// a state that is not its own is none
		{"Ontario lawmakers met on Monday. Harbourside will get a new bridge.", "Harbourside", ""},
		// a large city needs no support
		{"Prices rose in Lakeport last month.", "Lakeport", "Q3"},
		// a name of several words is evidence enough
		{"Fire crews reached Granite Falls late on Sunday.", "Granite Falls", "Q4"},
	})
}
