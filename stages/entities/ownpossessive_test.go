package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestOwnPossessive(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q961", Label: "Harlan's", Type: kb.ORG, Description: "retail chain", Prior: 0.5},
		{ID: "Q962", Label: "Brisco's", Type: kb.ORG, Description: "restaurant chain", Prior: 0.5},
		{ID: "Q963", Label: "Brisco", Type: kb.PER, Description: "singer", Prior: 0.5},
	})
	cases := []struct {
		text string
		in   []string
		want string
	}{
		// the KB's company holds the possessive, at a sentence's end too
		{"Rival Harlan's was also lower.", []string{"Harlan/PER"}, "Harlan's/ORG"},
		{"Shares of Harlan’s rose.", []string{"Harlan/ORG"}, "Harlan’s/ORG"},
		{"Analysts preferred Harlan's.", []string{"Harlan/ORG"}, "Harlan's/ORG"},
		// a person of the bare name: the possessive is theirs
		{"Brisco's new album sold well.", []string{"Brisco/PER"}, "Brisco/PER"},
		// no company of that name; a longer name
		{"Smith's stake rose.", []string{"Smith/PER"}, "Smith/PER"},
		{"Ann Harlan's stake rose.", []string{"Ann Harlan/PER"}, "Ann Harlan/PER"},
	}
	for _, c := range cases {
		if got := tidied(t, c.text, c.in, k); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
