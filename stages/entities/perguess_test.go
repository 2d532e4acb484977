package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// A one-word name the tagger guessed PER links to a popular company or
// place of that name, unless something in the text says person.
func TestGuessedPersonLinksCompany(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q901", Label: "Korvane", Type: kb.ORG, Description: "carmaker", Prior: 0.8},
		{ID: "Q902", Label: "Korvane", Type: kb.LOC, Description: "town in Norway", Prior: 0.45},
		{ID: "Q903", Label: "Ostrel", Type: kb.ORG, Description: "bank", Prior: 0.8},
		{ID: "Q904", Label: "Ostrel", Type: kb.PER, Description: "singer", Prior: 0.75},
		{ID: "Q905", Label: "Pellix", Type: kb.ORG, Description: "brewer", Prior: 0.3},
		{ID: "Q906", Label: "Brenford", Type: kb.LOC, Description: "city in Ohio", Prior: 0.6},
		{ID: "Q907", Label: "Dallin", Type: kb.LOC, Description: "county of England", Prior: 0.65},
		{ID: "Q908", Label: "Marvellia", Aliases: []string{"Mar"}, Type: kb.LOC, Description: "state", Prior: 0.7},
		{ID: "Q909", Label: "Tessaly", Type: kb.LOC, Description: "island country", Prior: 0.7},
	})
	s := newStage(t, fakeNER{"Korvane": "PER", "Anna Korvane": "PER", "Ostrel": "PER", "Pellix": "PER",
		"Brenford": "LOC", "Dallin": "PER", "Mar": "PER", "Tessaly": "PER", "KORVANE": "PER"}, k)
	checkLinks(t, s, []linkCase{
		{"Korvane said on Tuesday it would recall 1,000 cars.", "Korvane", "Q901"},
		{"KORVANE TO CUT 500 JOBS", "KORVANE", "Q901"},
		{"The talks were held in Tessaly last week.", "Tessaly", "Q909"},
		// a title, a person's pronoun, "who": a person
		{"President Korvane said on Tuesday he would stay.", "Korvane", ""},
		{"Korvane said he would appeal the ruling.", "Korvane", ""},
		{"Korvane, who is 54, did not comment.", "Korvane", ""},
		// a fuller personal name: the surname is no look-up key
		{"Anna Korvane said the plan was sound.", "Anna Korvane", ""},
		// a person of the name nearly as known as the company
		{"Ostrel said on Monday it was ready.", "Ostrel", "Q904"},
		// too little known to outweigh the tagger
		{"Pellix said on Monday sales rose.", "Pellix", ""},
		// after "Brenford, " the name is Brenford's state, not the county
		{"Offices in Brenford, Dallin will close.", "Dallin", ""},
		// an alias is no evidence: "Mar" is an abbreviation
		{"Mar said on Monday it was ready.", "Mar", ""},
	})
	e := find(s.Annotate("Korvane said on Tuesday it would recall 1,000 cars.", nil), "Korvane")
	if e == nil || e.Type != "ORG" {
		t.Fatalf("got %+v, want the linked company's type ORG", e)
	}
}

func TestPersonPronounNext(t *testing.T) {
	cases := []struct {
		rest string
		want bool
	}{
		{" said he would go", true},
		{" says she is ready", true},
		{", who was born in 1950", true},
		{" said it would go", false},
		{" said the plan", false},
		{" told he", false},
		{" shares fell", false},
	}
	for _, c := range cases {
		if got := personPronounNext(c.rest); got != c.want {
			t.Errorf("personPronounNext(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}
