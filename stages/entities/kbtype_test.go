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

// An unlinked name of several words takes the one type of the KB entries
// labelled with it when that type is MISC (a series and its film), or
// LOC for a name the tagger called MISC; a person, a name the KB types
// two ways, a company typed by its context, and an organisation with a
// namesake place keep their types.
func TestAgreedType(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q961", Label: "Vega Drift", Type: kb.MISC, Prior: 0.05},
		{ID: "Q962", Label: "Vega Drift", Type: kb.MISC, Prior: 0.02},
		{ID: "Q963", Label: "Red Harbor", Type: kb.LOC, Prior: 0.01},
		{ID: "Q964", Label: "Lina Morrow", Type: kb.MISC, Prior: 0.01},
		{ID: "Q965", Label: "Cold Hollow", Type: kb.LOC, Prior: 0.01},
		{ID: "Q966", Label: "Moss Bend", Type: kb.MISC, Prior: 0.01},
		{ID: "Q967", Label: "Moss Bend", Type: kb.ORG, Prior: 0.01},
		{ID: "Q968", Label: "Kettle Ridge", Type: kb.MISC, Prior: 0.01},
	})
	s := newStage(t, fakeNER{"Vega Drift": "ORG", "Red Harbor": "ORG", "Lina Morrow": "PER",
		"Cold Hollow": "MISC", "Moss Bend": "ORG", "Kettle Ridge": "LOC"}, k)
	cases := []struct {
		text, name, want string
	}{
		{"The next Vega Drift film opens in May.", "Vega Drift", "MISC"},
		{"Red Harbor volunteers handed out blankets.", "Red Harbor", "ORG"},
		{"Lina Morrow sang on Friday.", "Lina Morrow", "PER"},
		{"Police in Cold Hollow found the car.", "Cold Hollow", "LOC"},
		{"Moss Bend said it had hired staff.", "Moss Bend", "ORG"},
		{"Shares of Kettle Ridge rose 3%.", "Kettle Ridge", "ORG"},
	}
	for _, c := range cases {
		e := find(s.Annotate(c.text, nil), c.name)
		if e == nil {
			t.Errorf("%q: %q not found", c.text, c.name)
			continue
		}
		if e.Link != nil {
			t.Errorf("%q: %q linked to %s; the case wants it unlinked", c.text, c.name, *e.Link)
		}
		if e.Type != c.want {
			t.Errorf("%q: %q typed %s, want %s", c.text, c.name, e.Type, c.want)
		}
	}
}
