package entities

import "testing"

func TestDropCommonWords(t *testing.T) {
	cases := []struct {
		text string
		in   []string
		want string
	}{
		{"Veldor showed an electric SUV and a GT version.", []string{"Veldor/ORG", "SUV/ORG", "GT/ORG"}, "Veldor/ORG"},
		{"Furthermore, GDP growth slowed in Ostrel.", []string{"Furthermore/PER", "GDP/ORG", "Ostrel/LOC"}, "Ostrel/LOC"},
		{"No VAT rise, said the CEO of Brell Inc.", []string{"VAT/ORG", "CEO/ORG", "Brell Inc/ORG"}, "Brell Inc/ORG"},
		// names that hold such a word stay
		{"the SUV Club of Ostrel and TV Azteca", []string{"SUV Club of Ostrel/ORG", "TV Azteca/ORG"},
			"SUV Club of Ostrel/ORG | TV Azteca/ORG"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, nil)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
