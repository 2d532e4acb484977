package entities

import (
	"strings"
	"testing"
)

func TestEventName(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"kyoto protocol", true},
		{"nobel peace prize", true},
		{"cricket world cup", true},
		{"turin olympics", true},
		{"battle of the somme", true},
		{"treaty of versailles", true},
		{"vietnam war", true},
		{"dayton peace accords", true},
		{"davis cup final", true},
		{"atp finals", true},
		{"australian open", true},
		{"los angeles auto show", true},
		{"monaco grand prix", true},
		{"morning markets podcast", true},
		{"clean water act", true},
		{"harbor safety act", true},
		// bodies, places and people keep the tagger's type
		{"arab league", false},
		{"war child", false},
		{"treaty", false},
		{"battle creek", false},
		{"cup", false},
		{"prize", false},
		{"podcast", false},
		{"world bank", false},
		{"open", false},
		{"show", false},
		{"act", false},
	}
	for _, c := range cases {
		if got := eventName(strings.Fields(c.name)); got != c.want {
			t.Errorf("eventName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// The head word types the name MISC whatever the tagger said of its first
// words.
func TestEventNameTypesTheCluster(t *testing.T) {
	s := newStage(t, fakeNER{"Velmora Protocol": "ORG", "Ostrel Cup": "LOC", "Ostrel League": "ORG"}, nil)
	for _, c := range []struct{ text, name, want string }{
		{"Ministers signed the Velmora Protocol on Monday.", "Velmora Protocol", "MISC"},
		{"Fans flew in for the Ostrel Cup final.", "Ostrel Cup", "MISC"},
		{"The Ostrel League fined the club.", "Ostrel League", "ORG"},
	} {
		e := find(s.Annotate(c.text, nil), c.name)
		if e == nil || e.Type != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, e, c.want)
		}
	}
}
