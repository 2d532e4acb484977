package entities

import "testing"

func TestJoinPossessives(t *testing.T) {
	cases := []struct {
		text string
		in   []string
		want string
	}{
		{"a hearing at Westminster Magistrate's Court in May", []string{"Westminster Magistrate/ORG", "Court/ORG"},
			"Westminster Magistrate's Court/ORG"},
		{"treated at Papwell and Addenbrook's Hospitals since", []string{"Papwell/ORG", "Addenbrook/PER"},
			"Papwell/ORG | Addenbrook's Hospitals/ORG"},
		{"part of the People's Republic of China.", []string{"People/ORG", "Republic of China/LOC"},
			"People's Republic of China/LOC"},
		{"mass at St Mary’s Church on Sunday", []string{"St Mary/PER"}, "St Mary’s Church/LOC"},
		// a possessive before a full name stays outside it
		{"Britain's Conservative Party won", []string{"Britain/LOC", "Conservative Party/ORG"},
			"Britain/LOC | Conservative Party/ORG"},
		{"at Hong Kong's High Court today", []string{"Hong Kong/LOC", "High Court/ORG"}, "Hong Kong/LOC | High Court/ORG"},
		{"Smith's office said", []string{"Smith/PER"}, "Smith/PER"},
		{"Smith's Courtney said", []string{"Smith/PER", "Courtney/PER"}, "Smith/PER | Courtney/PER"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, nil)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
