package entities

import (
	"reflect"
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

// TestTypoCacheMatches: the stage's kept typoKey answers (see
// Stage.typos) give the entities that computing them each time gives,
// on the first article that names a misspelt name and on a later one.
func TestTypoCacheMatches(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Osaka Shimbun", Type: kb.ORG, Description: "Japanese newspaper", Prior: 0.4},
		{ID: "Q4", Label: "Kobe Steel", Type: kb.ORG, Description: "Japanese steel maker", Prior: 0.5},
		{ID: "Q6", Label: "Lima Mining", Type: kb.ORG, Description: "Peruvian miner", Prior: 0.3},
		{ID: "Q7", Label: "Lmia Mining", Type: kb.ORG, Description: "Chilean miner", Prior: 0.3},
	})
	rec := fakeNER{"Oskaa Shimbun": "ORG", "Kobe Stele": "ORG", "Lima Minnig": "ORG", "Tokyo Herald": "ORG"}
	cached := newStage(t, rec, k)
	plain := newStage(t, rec, k)
	plain.typos = nil
	texts := []string{
		"The Oskaa Shimbun newspaper reported the talks.",
		"Shares of Kobe Stele fell after the Oskaa Shimbun report.",
		"Lima Minnig and the Tokyo Herald said nothing.",
		"The Oskaa Shimbun said Kobe Stele would cut jobs.",
	}
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			got, want := cached.Annotate(text, nil), plain.Annotate(text, nil)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %q:\ncached %+v\nplain  %+v", round, text, got, want)
			}
		}
	}
	if got := link(find(cached.Annotate(texts[0], nil), "Oskaa Shimbun")); got != "Q1" {
		t.Errorf("Oskaa Shimbun -> %q from the cache, want Q1", got)
	}
	held := 0
	for i := range cached.typos.slots {
		if e := cached.typos.slots[i].Load(); e != nil {
			held++
		}
	}
	if held == 0 {
		t.Error("the stage kept no typoKey answer")
	}
}
