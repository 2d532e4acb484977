package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestParticlesJoinPlaceNames: "Rio Grande do Sul" read as two names is
// one place when the KB knows it; otherwise the two names stay.
func TestParticlesJoinPlaceNames(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Rio Grande do Sul", Type: kb.LOC, Description: "state of Brazil", Prior: 0.7},
		{ID: "Q2", Label: "Rio Grande", Type: kb.LOC, Description: "river in North America", Prior: 0.6},
		{ID: "Q3", Label: "Sul", Type: kb.LOC, Description: "province of Guinea-Bissau", Prior: 0.6}, // popular: see TestSmallPlaces
		{ID: "Q4", Label: "Porto", Type: kb.LOC, Description: "city in Portugal", Prior: 0.7},
	})
	s := newStage(t, fakeNER{"Rio Grande": "LOC", "Sul": "LOC", "Porto": "LOC", "Silva": "PER"}, k)
	for _, tc := range []struct{ text, mention, want string }{
		{"Rain fell in Rio Grande do Sul on Monday.", "Rio Grande do Sul", "Q1"},
		{"Rain fell in Porto do Sul on Monday.", "Porto", "Q4"}, // the KB has no "Porto do Sul"
		{"Rain fell in Porto do Sul on Monday.", "Sul", "Q3"},
		{"Rain fell on the Rio Grande and on Sul.", "Rio Grande", "Q2"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), tc.mention)); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}
