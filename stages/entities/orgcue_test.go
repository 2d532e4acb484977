package entities

import (
	"strings"
	"testing"
)

func TestCueType(t *testing.T) {
	cases := []struct {
		text, name, want string
	}{
		{"The chipmaker Arvento cut its forecast.", "Arvento", "ORG"},
		{"Analysts said shares of Velmora rose.", "Velmora", "ORG"},
		{"He bought a stake in Quorrin last year.", "Quorrin", "ORG"},
		{"Brixel shares fell 4 percent on Monday.", "Brixel", "ORG"},
		{"Brixel's chief executive resigned.", "Brixel", "ORG"},
		{"Brixel’s board met on Friday.", "Brixel", "ORG"},
		{"Delmont, the Dutch insurer, said profit rose.", "Delmont", "ORG"},
		{"Delmont, the largest maker of valves in Ohio, said", "Delmont", "ORG"},
		// a place suffix: the name is the firm's home, even after an ORG cue
		{"Analysts at Carvell-based Tressa Group said prices would rise.", "Carvell", "LOC"},
		{"The Ostrava-headquartered maker cut jobs.", "Ostrava", "LOC"},
		{"A Carvell-bashing speech drew boos.", "Carvell", ""},
		// no company evidence
		{"Smith shares the view of his party.", "Smith", ""},
		{"Smith's stake rose to 20 percent.", "Smith", ""},
		{"The filmmaker Jan Oduya spoke.", "Jan Oduya", ""},
		{"Oduya, a company spokesman, said", "Oduya", ""},
		{"Oduya, a champion and supplier of tools, said", "Oduya", ""},
		{"Talks with Bank Leumi resumed.", "Leumi", ""},
		{"Oduya said in a statement on Monday.", "Oduya", ""},
	}
	for _, c := range cases {
		s := strings.Index(c.text, c.name)
		if got := cueType(c.text, s, s+len(c.name)); got != c.want {
			t.Errorf("cueType(%q, %q) = %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// One cue types every mention of the name: the tagger's guesses on the
// other mentions are one guess repeated.
func TestCueTypesTheCluster(t *testing.T) {
	s := newStage(t, fakeNER{"Velmora": "PER"}, nil)
	text := "Velmora said sales would rise. Shares of Velmora gained 2 percent. Velmora did not comment."
	e := find(s.Annotate(text, nil), "Velmora")
	if e == nil || len(e.Mentions) != 3 || e.Type != "ORG" {
		t.Fatalf("got %+v, want one ORG entity with 3 mentions", e)
	}
	e = find(s.Annotate("Velmora said sales would rise. Velmora did not comment.", nil), "Velmora")
	if e == nil || e.Type != "PER" {
		t.Fatalf("without a cue got %+v, want the tagger's PER", e)
	}
}
