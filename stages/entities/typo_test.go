package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestSwapTypo: one swap of neighbouring letters inside a word, the
// first letter kept, and only when a single variant is known.
func TestSwapTypo(t *testing.T) {
	known := map[string]bool{"osaka shimbun": true, "kobe steel works": true, "naro bank": true, "nroa bank": true}
	for _, tc := range []struct{ key, want string }{
		{"oskaa shimbun", "osaka shimbun"},
		{"osaka shimbnu", "osaka shimbun"},
		{"kobe steel wokrs", "kobe steel works"},
		{"sokaa shimbun", ""}, // two swaps away
		{"soaka shimbun", ""}, // the first letter is not swapped
		{"nrao bank", ""},     // two known variants: no telling which
		{"aobe steel works", ""},
	} {
		if got, _ := swapTypo([]byte("kept"), tc.key, func(v string) bool { return known[v] }); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestTypoLinks: a misspelt firm links to the KB's label; a name the KB
// knows as is, a one-word name, and a swap that names a person do not
// take the fallback.
func TestTypoLinks(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Osaka Shimbun", Type: kb.ORG, Description: "Japanese newspaper", Prior: 0.4},
		{ID: "Q2", Label: "Maria Lopez", Type: kb.PER, Description: "Spanish singer", Prior: 0.4},
		{ID: "Q3", Label: "Osaka", Type: kb.LOC, Description: "city in Japan", Prior: 0.8},
		{ID: "Q4", Label: "Kobe Steel", Type: kb.ORG, Description: "Japanese steel maker", Prior: 0.5},
		{ID: "Q5", Label: "Kboe Steel", Type: kb.ORG, Description: "Korean steel maker", Prior: 0.2},
	})
	s := newStage(t, fakeNER{"Oskaa Shimbun": "PER", "Miara Lopez": "PER", "Oskaa": "LOC", "Kboe Steel": "ORG"}, k)
	for _, tc := range []struct{ text, mention, want string }{
		{"The Oskaa Shimbun newspaper reported the talks.", "Oskaa Shimbun", "Q1"},
		{"The singer Miara Lopez opened the show.", "Miara Lopez", ""},
		{"Rain fell in Oskaa on Monday.", "Oskaa", ""},
		{"Shares of Kboe Steel rose.", "Kboe Steel", "Q5"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), tc.mention)); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}
