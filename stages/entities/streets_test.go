package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestStreetName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"wall street", true},
		{"h street", true},
		{"pennsylvania avenue", true},
		{"old kent road", true},
		{"trafalgar square", true},
		{"penny lane", true},
		// one word, or a street word not last, or a title's head
		{"street", false},
		{"square", false},
		{"wall street journal", false},
		{"mulholland drive", false},
		{"road safety authority", false},
	} {
		if got := streetName(strings.Fields(c.name)); got != c.want {
			t.Errorf("streetName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// The head word types the name LOC whatever the tagger or a bare KB entry
// said; a KB entry with a description keeps its type.
func TestStreetNameTypesTheCluster(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q961", Label: "Corvel Street", Type: kb.MISC, Prior: 0.8},
		{ID: "Q962", Label: "Marlow Square", Type: kb.MISC, Description: "2011 British television series", Prior: 0.8},
	})
	s := newStage(t, fakeNER{"Corvel Street": "MISC", "Ostrel Road": "ORG", "Marlow Square": "MISC"}, k)
	for _, c := range []struct{ text, name, want string }{
		{"Bank shares fell on Corvel Street on Monday.", "Corvel Street", "LOC"},
		{"The tracks crossed the Ostrel Road near the mill.", "Ostrel Road", "LOC"},
		{"Viewers tuned in to Marlow Square on Sunday night.", "Marlow Square", "MISC"},
	} {
		e := find(s.Annotate(c.text, nil), c.name)
		if e == nil || e.Type != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, e, c.want)
		}
	}
}
