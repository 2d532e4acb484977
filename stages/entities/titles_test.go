package entities

import (
	"strings"
	"testing"
)

// A title before a name makes it a person's, with or without the full
// stop British style leaves off.
func TestPersonContextTitles(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Ms Hopley added that costs rose.", "Hopley", true},
		{"Mr Ostrel said so.", "Ostrel", true},
		{"Mr. Ostrel said so.", "Ostrel", true},
		{"A letter from Dr Velmora arrived.", "Velmora", true},
		{"He met President Reagan in May.", "Reagan", true},
		{"Sir Alden Marsh spoke first.", "Alden Marsh", true},
		{"The Carter administration fell.", "Carter", true},
		{"Talks in Ostrel resumed.", "Ostrel", false},
		{"Mrs Mary Smith said so.", "Mrs Mary Smith", false},
	}
	for _, c := range cases {
		s := strings.Index(c.text, c.name)
		if got := personContext(c.text, s, s+len(c.name)); got != c.want {
			t.Errorf("personContext(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
