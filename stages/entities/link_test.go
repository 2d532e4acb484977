package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestSpacedCompounds: "Air Lines" written apart finds the airline the KB
// writes "Airlines"; the words apart inside another word do not count.
func TestSpacedCompounds(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Nordic Airlines", Type: kb.ORG, Description: "airline of Norway", Prior: 0.5},
		{ID: "Q2", Label: "Coastal Airways", Type: kb.ORG, Description: "regional airline", Prior: 0.5},
	})
	s := newStage(t, fakeNER{"Nordic Air Lines Co Ltd": "ORG", "Nordic Air Lines": "ORG", "Coastal Air Ways": "ORG", "Coastal Air Waysides": "ORG"}, k)
	checkLinks(t, s, []linkCase{
		{"Nordic Air Lines Co Ltd said traffic rose.", "Nordic Air Lines Co Ltd", "Q1"},
		{"Nordic Air Lines said traffic rose.", "Nordic Air Lines", "Q1"},
		{"Coastal Air Ways said traffic rose.", "Coastal Air Ways", "Q2"},
		{"Coastal Air Waysides said traffic rose.", "Coastal Air Waysides", ""},
	})
	for key, want := range map[string]string{"japan air lines": "japan airlines", "air lines of texas": "airlines of texas", "hair lines": "", "air linesman": ""} {
		if got := joinedCompound(key); got != want {
			t.Errorf("joinedCompound(%q) = %q, want %q", key, got, want)
		}
	}
}
