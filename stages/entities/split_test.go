package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestSplitStateAfterPlace: a state's abbreviation that ends a sentence
// after "<place>, " is cut from the next sentence's first name that the
// tagger read with it; after a comma alone it stays part of the name.
func TestSplitStateAfterPlace(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "New Jersey", Aliases: []string{"N.J."}, Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
		{ID: "Q2", Label: "Fenwick City", Type: kb.LOC, Description: "city in New Jersey", Prior: 0.5},
		{ID: "Q3", Label: "United Kingdom", Aliases: []string{"U.K."}, Type: kb.LOC, Description: "country in Europe", Prior: 0.9},
	})
	s := newStage(t, fakeNER{"Fenwick City": "LOC", "N.J. Norvale Corp": "ORG", "U.K. Government": "ORG"}, k)
	checkMentions(t, s, []mentionCase{
		{"It runs a casino in Fenwick City, N.J. Norvale Corp owns the land.", "N.J.", "Q1"},
		{"It runs a casino in Fenwick City, N.J. Norvale Corp owns the land.", "Norvale Corp", ""},
		{"It will be decided case by case, U.K. Government sources said.", "U.K.", "-"},
		{"It will be decided case by case, U.K. Government sources said.", "U.K. Government", ""},
	})
}

// A place's or a chamber's party members are two names, the place or the
// chamber and the party's members; a party whose name the KB knows, and
// a party adjective that is no place, stay whole.
func TestSplitPartyMembers(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q11", Label: "Vermara", Type: kb.LOC, Description: "state of the United States", Prior: 0.9},
		{ID: "Q12", Label: "Ostland", Type: kb.LOC, Description: "country in Europe", Prior: 0.9},
		{ID: "Q13", Label: "Ostland Democrats", Type: kb.ORG, Description: "political party in Ostland", Prior: 0.5},
	})
	s := newStage(t, fakeNER{"Vermara Democrats": "PER", "House Republicans": "ORG", "Ostland Democrats": "ORG",
		"Social Democrats": "ORG"}, k)
	cases := []struct{ text, mention, typ string }{
		{"Vermara Democrats won a majority.", "Vermara", "LOC"},
		{"Vermara Democrats won a majority.", "Democrats", "ORG"},
		{"Then House Republicans blocked the bill.", "House", "ORG"},
		{"Then House Republicans blocked the bill.", "Republicans", "ORG"},
		{"The Ostland Democrats won seats.", "Ostland Democrats", "ORG"},
		{"The Social Democrats won seats.", "Social Democrats", "ORG"},
	}
	for _, c := range cases {
		ents := s.Annotate(c.text, nil)
		var typ string
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Text == c.mention {
					typ = e.Type
				}
			}
		}
		if typ != c.typ {
			t.Errorf("%q: %q typed %q, want %q (mentions %q)", c.text, c.mention, typ, c.typ, mentionTexts(ents))
		}
	}
}
