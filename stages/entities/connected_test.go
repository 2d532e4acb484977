package entities

import (
	"slices"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestConnectedNames: a firm or office name cut by the tagger at "and",
// "&" or "of" is the whole name when the KB knows it; two names joined
// by "and" stay two, and an unknown longer name leaves the mention as
// the tagger found it.
func TestConnectedNames(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Osaka Gas and Electric", Type: kb.ORG, Description: "Japanese utility company", Prior: 0.4},
		{ID: "Q2", Label: "Osaka Gas", Type: kb.ORG, Description: "Japanese gas company", Prior: 0.4},
		{ID: "Q3", Label: "Ministry of Mines and Energy", Type: kb.ORG, Description: "government ministry", Prior: 0.4},
		{ID: "Q4", Label: "Britain and France", Type: kb.ORG, Description: "alliance", Prior: 0.4},
		{ID: "Q5", Label: "Britain", Type: kb.LOC, Description: "island in Europe", Prior: 0.9},
		{ID: "Q6", Label: "France", Type: kb.LOC, Description: "country in Europe", Prior: 0.9},
		{ID: "Q7", Label: "Hale & Dorr", Type: kb.ORG, Description: "law firm", Prior: 0.3},
		{ID: "Q8", Label: "Hale", Type: kb.PER, Description: "English surname", Prior: 0.3},
	})
	s := newStage(t, fakeNER{"Osaka Gas": "LOC", "Ministry": "ORG", "Britain": "LOC", "France": "LOC", "Hale": "ORG"}, k)
	for _, tc := range []struct{ text, mention, want string }{
		{"It sold gear to Osaka Gas and Electric under a new contract.", "Osaka Gas and Electric", "Q1"},
		{"It sold gear to Osaka Gas and Electric Co under a new contract.", "Osaka Gas and Electric Co", "Q1"}, // a legal form the KB leaves out
		{"It sold gear to Osaka Gas and Electric Works under a new contract.", "Osaka Gas", "Q2"},              // another firm: not joined
		{"It sold gear to Osaka Gas and other utilities.", "Osaka Gas", "Q2"},
		{"It sold gear to Osaka Gas and Tokyo Power this year.", "Osaka Gas", "Q2"}, // no such name in the KB
		{"The Ministry of Mines and Energy said output rose.", "Ministry of Mines and Energy", "Q3"},
		{"Talks between Britain and France resumed on Monday.", "France", "Q6"},
		{"Talks between Britain and France resumed on Monday.", "Britain", "Q5"},
		{"The lawyers at Hale & Dorr declined to comment.", "Hale & Dorr", "Q7"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), tc.mention)); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}

// TestJoinEnds: the capitalised run after a joiner, longest first.
func TestJoinEnds(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"X and Telephone Co said", []string{"X and Telephone Co", "X and Telephone"}},
		{"X of Trade and Industry (MITI)", []string{"X of Trade and Industry", "X of Trade"}},
		{"X and the rest", nil},
		{"X and Sons Inc. said", []string{"X and Sons Inc", "X and Sons"}},
		{"X of Sioux City. It", []string{"X of Sioux City", "X of Sioux"}},
		{"X of the U.S. said", []string{"X of the U.S."}},
		{"X and, Y", nil},
	} {
		var got []string
		for _, e := range joinEnds(nil, tc.text, 1) {
			got = append(got, tc.text[:e])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
