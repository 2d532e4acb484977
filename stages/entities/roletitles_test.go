package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestRoleTitles(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q30", Label: "United States", Aliases: []string{"U.S.", "US"}, Type: kb.LOC},
		{ID: "Q145", Label: "United Kingdom", Aliases: []string{"UK"}, Type: kb.LOC},
		{ID: "Q159", Label: "Russia", Type: kb.LOC},
		{ID: "Q35525", Label: "White House", Type: kb.ORG},
		{ID: "Q11201", Label: "Supreme Court", Type: kb.ORG},
		{ID: "Q15180", Label: "Middle East", Type: kb.LOC},
		{ID: "Q7163", Label: "Middle", Type: kb.ORG},
	})
	cases := []struct {
		text string
		in   []string
		want string
	}{
		// a title inside the name: the place or body before it, the person after
		{"said U.S. Attorney Dana Velmore on Friday.", []string{"U.S. Attorney Dana Velmore/ORG"},
			"U.S./LOC | Dana Velmore/PER"},
		{"Supreme Court Justice Ada Mirren Holt wrote the opinion.", []string{"Supreme Court Justice Ada Mirren Holt/ORG"},
			"Supreme Court/ORG | Ada Mirren Holt/PER"},
		{"Attorney General Tom Brell resigned.", []string{"Attorney General Tom Brell/ORG"}, "Tom Brell/PER"},
		{"Ostrel Bank President Jan Sor spoke.", []string{"Ostrel Bank President Jan Sor/ORG"},
			"Ostrel Bank/ORG | Jan Sor/PER"},
		// a company's officer between the company and the person, whatever
		// the tagger read the whole as; a person's name with no officer
		// inside is left alone
		{"Carvenor CEO Lise Brandt quit.", []string{"Carvenor CEO Lise Brandt/ORG"},
			"Carvenor/ORG | Lise Brandt/PER"},
		{"said Nordvik Group CFO Per Ostby on Monday.", []string{"Nordvik Group CFO Per Ostby/PER"},
			"Nordvik Group/ORG | Per Ostby/PER"},
		{"Dana Attorney Velmore spoke.", []string{"Dana Attorney Velmore/PER"}, "Dana Attorney Velmore/PER"},
		// an officer's or a board's head's title closing a one-word body's name
		{"Ostrel Chair Mina Dorr spoke.", []string{"Ostrel Chair/ORG", "Mina Dorr/PER"}, "Ostrel/ORG | Mina Dorr/PER"},
		{"Holm, the Carvenor CEO, quit.", []string{"Carvenor CEO/ORG"}, "Carvenor/ORG"},
		{"the Ostrel Director said", []string{"Ostrel Director/ORG"}, "Ostrel Director/ORG"},
		// an office word leading a person's name
		{"Deputy Director of Public Prosecution Eva Lind Holm took the decision.",
			[]string{"Prosecution Eva Lind Holm/PER"}, "Eva Lind Holm/PER"},
		{"Colonel Anna Mae Dorr led the unit.", []string{"Colonel Anna Mae Dorr/PER"}, "Anna Mae Dorr/PER"},
		{"Justice Ada Mirren Holt wrote it.", []string{"Justice Ada Mirren Holt/ORG"}, "Ada Mirren Holt/PER"},
		{"Admiral Ray Stone Vell spoke.", []string{"Admiral Ray Stone Vell/LOC"}, "Ray Stone Vell/PER"},
		{"Major League Baseball and Justice Holt Partners LLP", []string{"Major League Baseball/ORG", "Justice Holt Partners LLP/ORG"},
			"Major League Baseball/ORG | Justice Holt Partners LLP/ORG"},
		// a title closing a body's name
		{"The Ostrel Police Review Director, Ada Holm, said", []string{"Ostrel Police Review Director/ORG", "Ada Holm/PER"},
			"Ostrel Police Review/ORG | Ada Holm/PER"},
		{"the Office of the Director of Ostrel", []string{"Office of the Director/ORG"}, "Office of the Director/ORG"},
		// department words before a title after the name
		{"U.S. Defense Secretary Ray Tolle visited Hanoi.", []string{"U.S. Defense/ORG", "Ray Tolle/PER", "Hanoi/LOC"},
			"U.S./LOC | Ray Tolle/PER | Hanoi/LOC"},
		{"Then UK Home Secretary Sam Javon agreed.", []string{"UK Home/ORG", "Sam Javon/PER"}, "UK/LOC | Sam Javon/PER"},
		{"Dutch Foreign Minister Bert Koen met him.", []string{"Dutch Foreign/ORG", "Bert Koen/PER"}, "Bert Koen/PER"},
		// a department alone after or before a title
		{"the former Minister for Justice accused him", []string{"Justice/ORG"}, ""},
		{"Ada Holm, General Director of the agency,", []string{"Ada Holm/PER", "General/ORG"}, "Ada Holm/PER"},
		// a body's expert on a country
		{"former White House Russia adviser Fiona Hale", []string{"White House Russia/ORG", "Fiona Hale/PER"},
			"White House/ORG | Russia/LOC | Fiona Hale/PER"},
		// names that keep their words
		{"a Middle East expert said", []string{"Middle East/LOC"}, "Middle East/LOC"},
		{"General Motors President Mary Barra and General Electric Co", []string{"General Motors/ORG", "Mary Barra/PER", "General Electric Co/ORG"},
			"General Motors/ORG | Mary Barra/PER | General Electric Co/ORG"},
		{"the Justice Department and the State Department", []string{"Justice Department/ORG", "State Department/ORG"},
			"Justice Department/ORG | State Department/ORG"},
		{"Justice Party leader Ono Vell", []string{"Justice Party/ORG", "Ono Vell/PER"}, "Justice Party/ORG | Ono Vell/PER"},
		{"Secretary of State Mike Palo flew in.", []string{"Mike Palo/PER"}, "Mike Palo/PER"},
		{"The President Hotel Group said", []string{"President Hotel Group/ORG"}, "President Hotel Group/ORG"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, k)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
