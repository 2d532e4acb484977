package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestForeignBody: a body's generic name ("Ministry of Transport") links
// to the one the KB holds only when the article names that body's
// country; a name of its own needs no such support.
func TestForeignBody(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Ministry of Transport", Type: kb.ORG, Description: "ministry of the Government of Ruritania", Prior: 0.05},
		{ID: "Q2", Label: "Ruritania", Type: kb.LOC, Description: "country in Europe", Prior: 0.92},
		{ID: "Q3", Label: "University of Strelsau", Type: kb.ORG, Description: "public university in Ruritania", Prior: 0.05},
		{ID: "Q4", Label: "Borduria", Type: kb.LOC, Description: "country in Europe", Prior: 0.92},
		{ID: "Q5", Label: "Court of Appeals", Type: kb.ORG, Description: "appeals court of Argentina", Prior: 0.05},
		{ID: "Q6", Label: "Argentina", Type: kb.LOC, Description: "country in South America", Prior: 0.92},
	})
	s := newStage(t, fakeNER{"Ministry of Transport": "ORG", "Ruritania": "LOC", "University of Strelsau": "ORG", "Borduria": "LOC", "Court of Appeals": "ORG"}, k)
	checkLinks(t, s, []linkCase{
		{"A Ministry of Transport report blamed the airline for the crash.", "Ministry of Transport", ""},
		{"Floods hit Borduria. The Ministry of Transport closed roads.", "Ministry of Transport", ""},
		{"Floods hit Ruritania. The Ministry of Transport closed roads.", "Ministry of Transport", "Q1"},
		// the country's adjective names it too
		{"Argentine farmers lost the case in the Court of Appeals.", "Court of Appeals", "Q5"},
		{"Farmers lost the case in the Court of Appeals.", "Court of Appeals", ""},
		{"She studied at the University of Strelsau before the war.", "University of Strelsau", "Q3"},
	})
}
