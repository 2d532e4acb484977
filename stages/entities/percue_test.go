package entities

import (
	"strings"
	"testing"
)

func TestPersonCue(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Marevo, who was born in Lagos, declined to comment.", "Marevo", true},
		{"Marevo, whose father was a judge, said", "Marevo", true},
		{"Tollund, 54, was arrested on Monday.", "Tollund", true},
		{"Tollund said he would appeal.", "Tollund", true},
		{"Tollund says she is ready.", "Tollund", true},
		{"Tollund was born in Poole in 1974.", "Tollund", true},
		{"Tollund married a widow in 1766.", "Tollund", true},
		{"Tollund died on Sunday, his family said.", "Tollund", true},
		{"Police questioned Karvash's wife on Monday.", "Karvash", true},
		{"Karvash’s daughter lives abroad.", "Karvash", true},
		// "who" describes the noun before the preposition
		{"The president of Ostravia, who took office in May, said", "Ostravia", false},
		{"Supporters from Ostravia, who marched on Sunday, said", "Ostravia", false},
		// a group's possessions
		{"The band Velsy, whose members met at school, split.", "Velsy", false},
		// a year or a count, not an age
		{"Ostravia, 1998, was the worst year.", "Ostravia", false},
		{"Ostravia, 1,000 people marched.", "Ostravia", false},
		{"Ostravia's children are hungry.", "Ostravia", false},
		{"Ostravia said it would respond.", "Ostravia", false},
		{"Ostravia, which borders Tessaly, said", "Ostravia", false},
		{"Ostravia", "Ostravia", false},
		{"A woman from Ostravia died in hospital.", "Ostravia", false},
		{"The envoy of Ostravia said he would go.", "Ostravia", false},
		{"Ostravia was founded in 1200.", "Ostravia", false},
	}
	for _, c := range cases {
		s := strings.Index(c.text, c.name)
		if got := personCue(c.text, s, s+len(c.name)); got != c.want {
			t.Errorf("personCue(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// A person's cue on one mention types every mention of a name the tagger
// took for a place; a group the tagger took for an organisation keeps
// its type.
func TestPersonCueTypesTheCluster(t *testing.T) {
	s := newStage(t, fakeNER{"Marevo": "LOC", "Velsar": "ORG"}, nil)
	text := "Marevo made headlines in June. Marevo, who was born in Lagos, said nothing. Crowds cheered Marevo."
	e := find(s.Annotate(text, nil), "Marevo")
	if e == nil || len(e.Mentions) != 3 || e.Type != "PER" {
		t.Fatalf("got %+v, want one PER entity with 3 mentions", e)
	}
	e = find(s.Annotate("Velsar, who won the league in May, lost.", nil), "Velsar")
	if e == nil || e.Type != "ORG" {
		t.Fatalf("got %+v, want the tagger's ORG kept", e)
	}
	e = find(s.Annotate("Marevo made headlines in June. Crowds cheered Marevo.", nil), "Marevo")
	if e == nil || e.Type != "LOC" {
		t.Fatalf("without a cue got %+v, want the tagger's LOC", e)
	}
}
