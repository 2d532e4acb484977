package quotes

import "testing"

// A lead describes a body ("A Laotian farm group says") and names it in the
// next sentence; "the group" then means it. Sentences written for this test.
var bodyNextCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"an adjective of a people the text only puts before nouns is no name",
		"A Laotian farm group says the dam has flooded dozens of villages. The Mekong Growers Union says Laotian officials ignored its warnings. The group says about 900 families have lost their fields.",
		[]want{{"the dam has flooded dozens of villages", I, "Mekong Growers Union"},
			{"Laotian officials ignored its warnings", I, "Mekong Growers Union"},
			{"about 900 families have lost their fields", I, "Mekong Growers Union"}}},
	{"a name the text also uses on its own is a body: the description is another one",
		"An Ardenne union says the plant will close next year. Ardenne said it had no plans to sell the site. The Steel Workers Front says hundreds of jobs are at risk.",
		[]want{{"the plant will close next year", I, "Ardenne union"}, {"it had no plans to sell the site", I, "Ardenne"},
			{"hundreds of jobs are at risk", I, "Steel Workers Front"}}},
}

func TestBodyNextCases(t *testing.T) {
	for _, c := range bodyNextCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
