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
