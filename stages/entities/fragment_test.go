package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestNameFragment(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
		want            bool
	}{
		{"Shares of American Midland rose on Monday.", "Midland", "LOC", true},
		{"Bonds in West German marks fell.", "West", "LOC", true},
		{"The company signed with Advanced Micro in May.", "Micro", "ORG", true},
		// a sentence's first word is capitalised anyway, unless the pair recurs
		{"Earlier today. Excluding Brazil, loans rose.", "Brazil", "LOC", false},
		{"Advanced Micro said so. Advanced Micro chips sell.", "Micro", "ORG", true},
		// titles, headline function words and persons are no cut names
		{"He met President Reagan in May.", "Reagan", "PER", false},
		{"He met Secretary of State John Kerry today.", "John Kerry", "PER", false},
		{"Talks With Russia Stall", "Russia", "LOC", false},
		{"The rally in Moscow drew crowds.", "Moscow", "LOC", false},
		// an abbreviation's period may end a sentence before a capital
		{"Sales rose in the U.S. The company said so.", "U.S.", "LOC", false},
		{"Sales rose in the U.S., the company said.", "U.S.", "LOC", false},
		{"Officials in Paris, France, agreed.", "Paris", "LOC", false},
		// words capitalised for other reasons: days, roles, place kinds
		{"Protesters marched in Moscow Wednesday to the square.", "Moscow", "LOC", false},
		{"He said Thursday Iran is still considering it.", "Iran", "LOC", false},
		{"He met former Federal Reserve Chairman Paul Volcker.", "Federal Reserve", "ORG", false},
		{"He called on Oaxaca State Governor Ulises Ruiz.", "Oaxaca", "LOC", false},
		// the tail of "<Head> of" names an institution or a company, not a place
		{"Northern Gas Co of Nevada raised its rates.", "Nevada", "LOC", true},
		{"The suit went to the District Court of the Eastern District in May.", "Eastern District", "LOC", true},
		{"The Central Bank of Ruritania cut rates.", "Ruritania", "LOC", true},
		// a seat after a legal form, an office held, or a place with its state
		{"Sales at Acme Widgets Inc of Dayton rose.", "Dayton", "LOC", false},
		{"The Minister of Finance flew to Brussels.", "Finance", "ORG", false},
		{"He met the Governor of Vermont on Monday.", "Vermont", "LOC", false},
		{"It bought Walker Security Agency of Camden, N.J., last week.", "Camden", "LOC", false},
		{"The bank of Ruritania lent more.", "Ruritania", "LOC", false},
	} {
		i := strings.Index(tc.text, tc.name)
		if got := nameFragment(tc.text, i, i+len(tc.name), tc.typ, false, false); got != tc.want {
			t.Errorf("%q in %q: fragment %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestFragmentsAndAdjectivesNotLinked: a piece of a longer name, and a
// bare region adjective, are left NIL; the same names written whole are
// linked.
func TestFragmentsAndAdjectivesNotLinked(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Midland", Type: kb.LOC, Description: "city in Michigan", Prior: 0.5},
		{ID: "Q2", Label: "Southern Province", Aliases: []string{"Southern"}, Type: kb.LOC, Description: "province of Rwanda", Prior: 0.6},
		{ID: "Q3", Label: "Japan", Type: kb.LOC, Description: "country in East Asia", Prior: 0.9},
	})
	s := newStage(t, fakeNER{"American": "MISC", "Midland": "LOC", "Southern": "LOC", "Southern Province": "LOC", "Japan": "LOC", "Howard Baker": "PER"}, k)
	checkLinks(t, s, []linkCase{
		{"Shares of Advanced Midland rose.", "Midland", ""},
		// a nationality before a place is the tagger's own split
		{"Shares of American Midland rose.", "Midland", "Q1"},
		{"Floods hit Midland on Monday.", "Midland", "Q1"},
		{"The Southern spokeswoman declined to comment.", "Southern", ""},
		{"Rain fell across the Southern Province of Rwanda.", "Southern Province", "Q2"},
		// a person's name next to a place is the tagger's own split
		{"He met the Ambassador to Japan Howard Baker.", "Japan", "Q3"},
	})
}

// TestPlaceAfterComma: "Salem, Ore." and the wire's "Salem,Ore." both
// say which Salem.
func TestPlaceAfterComma(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Salem", Type: kb.LOC, Description: "city in Massachusetts", Prior: 0.6},
		{ID: "Q2", Label: "Salem", Type: kb.LOC, Description: "capital of Oregon", Prior: 0.55},
		{ID: "Q3", Label: "Oregon", Aliases: []string{"Ore"}, Type: kb.LOC, Description: "state of the United States", Prior: 0.8},
	})
	s := newStage(t, fakeNER{"Salem": "LOC", "Ore": "LOC"}, k)
	for _, text := range []string{"A dealer of Salem, Ore. was bought.", "A dealer of Salem,Ore. was bought."} {
		if got := link(find(s.Annotate(text, nil), "Salem")); got != "Q2" {
			t.Errorf("%q: Salem -> %q, want Q2", text, got)
		}
	}
}

func TestCapitalWord(t *testing.T) {
	for w, want := range map[string]bool{
		"Advanced": true, "Ab": true, "USA": false, "A": false, "a": false, "A.": false,
		"Élan": true, "ÉLAN": false, "Zürich": true, "aB": false, "": false, "1st": false,
	} {
		if got := capitalWord(w); got != want {
			t.Errorf("capitalWord(%q) = %v, want %v", w, got, want)
		}
	}
}
