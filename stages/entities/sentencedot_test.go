package entities

import "testing"

func TestSentenceDot(t *testing.T) {
	cases := []struct {
		text string
		in   []string
		want string
	}{
		{"He is a strategist at Tempus Inc. Banks cannot help.", []string{"Tempus Inc./ORG"}, "Tempus Inc/ORG"},
		{"He works for Halvard Corp.", []string{"Halvard Corp./ORG"}, "Halvard Corp/ORG"},
		{"She joined Orrin Ltd. “It is a fine firm,” she said.", []string{"Orrin Ltd./ORG"}, "Orrin Ltd/ORG"},
		// mid-sentence the period is the name's
		{"Tempus Inc. said on Monday it would cut jobs.", []string{"Tempus Inc./ORG"}, "Tempus Inc./ORG"},
		{"Shares of Halvard Corp. and Orrin rose.", []string{"Halvard Corp./ORG", "Orrin/ORG"}, "Halvard Corp./ORG | Orrin/ORG"},
		// no legal form: a dotted abbreviation keeps its period
		{"He moved to the U.S. Then he left.", []string{"U.S./LOC"}, "U.S./LOC"},
	}
	for _, c := range cases {
		if got := tidied(t, c.text, c.in, nil); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
