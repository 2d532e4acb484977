package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// TestLegalFormNationality: a legal form of one country is not a
// company that its description places in another.
func TestLegalFormNationality(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Northfield Electric", Type: kb.ORG, Description: "American maker of turbines", Prior: 0.6},
		{ID: "Q2", Label: "Halberg Chemie", Type: kb.ORG, Description: "German chemicals company", Prior: 0.6},
		{ID: "Q3", Label: "Marlow Foods", Type: kb.ORG, Description: "food company", Prior: 0.6},
	})
	s := newStage(t, fakeNER{"Northfield Electric Co Plc": "ORG", "Northfield Electric Co": "ORG", "Halberg Chemie AG": "ORG", "Halberg Chemie Plc": "ORG", "Marlow Foods Plc": "ORG"}, k)
	checkLinks(t, s, []linkCase{
		{"Northfield Electric Co Plc of London declined comment.", "Northfield Electric Co Plc", ""},
		{"Northfield Electric Co said orders rose.", "Northfield Electric Co", "Q1"},
		{"Halberg Chemie AG raised its dividend.", "Halberg Chemie AG", "Q2"},
		{"Halberg Chemie Plc raised its dividend.", "Halberg Chemie Plc", ""},
		// a description with no nationality says nothing against the form
		{"Marlow Foods Plc raised its dividend.", "Marlow Foods Plc", "Q3"},
	})
}

// TestLegalFormNoTitle: "Sun Co" is not the newspaper "The Sun" that the
// name without its legal form finds; a company's name of several words
// written with "The" in the KB still is the company.
func TestLegalFormNoTitle(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "The Lantern", Type: kb.ORG, Description: "daily newspaper", Prior: 0.6},
		{ID: "Q2", Label: "The Garden Depot", Type: kb.ORG, Description: "home improvement retailer", Prior: 0.6},
		{ID: "Q3", Label: "Lantern", Type: kb.ORG, Description: "oil refiner", Prior: 0.4},
	})
	s := newStage(t, fakeNER{"Lantern Co": "ORG", "Garden Depot Inc": "ORG", "The Lantern": "ORG"}, k)
	checkLinks(t, s, []linkCase{
		{"Lantern Co said its refinery reopened.", "Lantern Co", "Q3"},
		{"Garden Depot Inc said sales rose.", "Garden Depot Inc", "Q2"},
		{"The Lantern reported the sale.", "The Lantern", "Q1"},
	})
	s = newStage(t, fakeNER{"Lantern Co": "ORG"}, testKB(t, []kb.Entity{
		{ID: "Q1", Label: "The Lantern", Type: kb.ORG, Description: "daily newspaper", Prior: 0.9},
	}))
	checkLinks(t, s, []linkCase{{"Lantern Co said its refinery reopened.", "Lantern Co", ""}})
}
