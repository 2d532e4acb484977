package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestCutPossessors: a name glued to its possessor when the apostrophe was
// lost ("Norvals Kestrel Power Co") keeps only the possessed name, which
// then links; names that merely end in "s" stay whole.
func TestCutPossessors(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Kestrel Power", Type: kb.ORG, Description: "electric utility", Prior: 0.3},
		{ID: "Q2", Label: "Ostrava", Type: kb.LOC, Description: "city in the Czech Republic", Prior: 0.7},
		{ID: "Q3", Label: "Czechia", Type: kb.LOC, Description: "country in Central Europe", Prior: 0.9},
		{ID: "Q4", Label: "Hollins Petroleum", Type: kb.ORG, Description: "oil company", Prior: 0.4},
		{ID: "Q6", Label: "Cos", Type: kb.LOC, Description: "Greek island", Prior: 0.5},
		{ID: "Q5", Label: "Holdings", Type: kb.ORG, Description: "holding company", Prior: 0.2},
	})
	s := newStage(t, fakeNER{
		"Norval Co": "ORG", "Norvals Kestrel Power Co": "ORG",
		"Czechia": "LOC", "Czechias Ostrava": "MISC",
		"Hollin": "PER", "Hollins Petroleum Co": "ORG",
		"Reuter": "PER", "Reuters": "ORG", "Reuters Holdings Plc": "ORG",
		"Toma Cos": "ORG", "Tomas Cos": "ORG",
	}, k)
	checkMentions(t, s, []mentionCase{
		// the possessor is another name of the text with "s" added
		{"Norval Co said on Monday that Norvals Kestrel Power Co would build a plant.", "Kestrel Power Co", "Q1"},
		{"Norval Co said on Monday that Norvals Kestrel Power Co would build a plant.", "Norvals Kestrel Power Co", "-"},
		{"Czechia said fire hit a plant at Czechias Ostrava works.", "Ostrava", "Q2"},
		// a name of its own that ends in "s": no possessor named alone
		{"Hollins Petroleum Co said output rose.", "Hollins Petroleum Co", "Q4"},
		// the "s" word is a name of the text too ("Reuters" beside "Reuter")
		{"Reuter reported it; Reuters Holdings Plc said Reuters grew.", "Petroleum", "-"},
		{"Reuter reported it; Reuters Holdings Plc said Reuters grew.", "Reuters Holdings Plc", ""},
		// only a legal form follows
		{"Toma Cos and Tomas Cos merged.", "Tomas Cos", ""},
	})
}

// TestLostApostrophePossessives: a possessive whose apostrophe was lost
// ("Texacos bond") joins its owner's entity without being a mention of
// it; a name of the linked entity that ends in "s" ("Reuters" after
// "Reuter"), a possessive with its apostrophe and a plural stay mentions.
func TestLostApostrophePossessives(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Halvern", Type: kb.ORG, Description: "oil company", Prior: 0.6},
		{ID: "Q2", Label: "Newsline", Aliases: []string{"Newslines"}, Type: kb.ORG, Description: "news agency", Prior: 0.6},
	})
	s := newStage(t, fakeNER{"Halvern Inc": "ORG", "Halverns": "LOC", "Halvern's": "ORG", "Newsline": "PER", "Newslines": "ORG"}, k)
	checkMentions(t, s, []mentionCase{
		{"Halvern Inc shares rose. Halverns bond issue was cut.", "Halvern Inc", "Q1"},
		{"Halvern Inc shares rose. Halverns bond issue was cut.", "Halverns", "-"},
		{"Halvern Inc rose. Halverns bond was cut, and Halverns stock fell.", "Halverns", "-"},
		{"Halvern Inc shares rose. Halvern's bond issue was cut.", "Halvern's", "Q1"},
		{"Newsline reported it. Newslines said so.", "Newslines", "Q2"},
		// a plural stands after "the" or before a function word or a stop
		{"Halvern Inc grew. The land of the Halverns was sold.", "Halverns", "Q1"},
		{"Halvern Inc grew. Halverns or not, they sold.", "Halverns", "Q1"},
		{"Halvern Inc grew. It has two Halverns.", "Halverns", "Q1"},
		// a name that reports is no possessive
		{"Halvern Inc grew. Halverns said so.", "Halverns", "Q1"},
	})
	ents := s.Annotate("Halvern Inc rose. Halverns bond was cut, and Halverns stock fell.", nil)
	if e := find(ents, "Halvern Inc"); e == nil || len(e.Mentions) != 1 || len(ents) != 1 {
		t.Errorf("want one entity with one mention, got %+v", ents)
	}
}
