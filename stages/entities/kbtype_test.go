package entities

import (
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// A person's name linked to a bare MISC entry (an album named for its
// singer) stays a person; a described MISC entry, or a bare one under a
// name the tagger did not read as a person, types the name.
func TestEntityTypeBareMisc(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q951", Label: "Mara Velline", Type: kb.MISC, Prior: 0.8},
		{ID: "Q952", Label: "Dara Quillon", Type: kb.MISC, Description: "2019 film", Prior: 0.8},
		{ID: "Q953", Label: "Harbour Nine", Type: kb.MISC, Prior: 0.8},
		{ID: "Q954", Label: "Cable Row", Type: kb.MISC, Prior: 0.8},
	})
	s := newStage(t, fakeNER{"Mara Velline": "PER", "Velline": "PER", "Dara Quillon": "PER", "Harbour Nine": "ORG", "Cable Row": "PER"}, k)
	cases := []struct {
		text, name, want string
	}{
		{"A row involving Mara Velline and her label grew on Sunday. Velline said she was hurt.", "Mara Velline", "PER"},
		{"Dara Quillon took $40 million at the box office.", "Dara Quillon", "MISC"},
		{"Harbour Nine said on Monday it would open.", "Harbour Nine", "MISC"},
		// one mention read as a person is too little
		{"On Cable Row, shares rose.", "Cable Row", "MISC"},
	}
	for _, c := range cases {
		e := find(s.Annotate(c.text, nil), c.name)
		if e == nil || e.Link == nil {
			t.Errorf("%q: %q not linked: %+v", c.text, c.name, e)
			continue
		}
		if e.Type != c.want {
			t.Errorf("%q: %q typed %s, want %s", c.text, c.name, e.Type, c.want)
		}
	}
}
