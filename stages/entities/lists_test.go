package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// The odd name of a list of three or more, unknown to the KB, takes the
// type most of the list has when some of those are linked; two names,
// names joined by commas alone, a person's list, a list whose odd one out
// the KB knows, and a name typed by its context are left alone.
func TestListTypes(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q971", Label: "Fennick United", Type: kb.ORG, Description: "football club", Prior: 0.9},
		{ID: "Q972", Label: "Marlow Athletic", Type: kb.ORG, Description: "football club", Prior: 0.9},
		{ID: "Q973", Label: "Ostrava", Type: kb.LOC, Description: "city", Prior: 0.9},
		{ID: "Q974", Label: "Brenlow", Type: kb.LOC, Description: "city", Prior: 0.9},
		{ID: "Q975", Label: "Qadir Front", Type: kb.ORG, Description: "militant group", Prior: 0.9},
		{ID: "Q976", Label: "Tova Ren", Type: kb.PER, Description: "singer", Prior: 0.9},
	})
	s := newStage(t, fakeNER{"Fennick United": "ORG", "Marlow Athletic": "ORG", "Castlebury": "PER", "Ardley Rovers": "PER",
		"Ostrava": "LOC", "Brenlow": "LOC", "Hadley Vance": "PER", "Qadir Front": "ORG",
		"Tova Ren": "PER", "Ilse Marr": "PER", "Dunmore Records": "ORG", "Pellworth": "ORG", "Grisholm": "PER"}, k)
	cases := []struct {
		text, name, want string
	}{
		{"He has managed Fennick United, Ardley Rovers and Marlow Athletic.", "Ardley Rovers", "ORG"},
		{"He has managed Fennick United, Marlow Athletic, Castlebury, and Pellworth.", "Castlebury", "ORG"},
		{"He has managed Fennick United and Castlebury.", "Castlebury", "PER"},
		{"After the war in Ostrava, Brenlow, Hadley Vance moved.", "Hadley Vance", "PER"},
		{"Talks in Ostrava, Brenlow and Qadir Front went on.", "Qadir Front", "ORG"},
		{"Tova Ren, Ilse Marr and Dunmore Records sued.", "Dunmore Records", "ORG"},
		{"Talks in Ostrava, Brenlow and Grisholm, the Swiss drugmaker, ended.", "Grisholm", "ORG"},
	}
	for _, c := range cases {
		e := find(s.Annotate(c.text, nil), c.name)
		if e == nil {
			t.Errorf("%q: %q not found", c.text, c.name)
			continue
		}
		if e.Type != c.want {
			t.Errorf("%q: %q typed %s, want %s", c.text, c.name, e.Type, c.want)
		}
	}
}
