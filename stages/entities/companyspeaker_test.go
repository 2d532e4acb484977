package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

func TestByCompanyName(t *testing.T) {
	ents := []schemas.Entity{
		{Ref: "e1", Name: "Blocker Energy", Type: schemas.ORG},
		{Ref: "e2", Name: "Entourage International Inc", Type: schemas.ORG},
		{Ref: "e3", Name: "Peep Restaurants Inc", Type: schemas.ORG},
		{Ref: "e4", Name: "Preston", Type: schemas.PER},
		{Ref: "e5", Name: "Union Pacific Corp", Type: schemas.ORG},
		{Ref: "e6", Name: "Union Carbide Corp", Type: schemas.ORG},
		{Ref: "e7", Name: "Data Devices Inc", Type: schemas.ORG},
	}
	cases := []struct{ key, want string }{
		{"blocker energy corp", "e1"},
		{"entourage", "e2"},
		{"le peep restaurants inc", "e3"},
		{"union pacific", "e5"},
		{"advanced data devices inc", "e7"},
		// words after the name: someone of the company, not the company
		{"blocker energy spokesman", ""},
		{"sources close to the blocker energy", ""},
		// the legal form says company, whatever the tagger typed
		{"preston corp", "e4"},
		// a person is no company; two companies begin "union"; one word
		// ending a name is too little
		{"preston", ""},
		{"union", ""},
		{"devices", ""},
		{"corp", ""},
	}
	for _, c := range cases {
		got := ""
		if e := byCompanyName(ents, c.key); e != nil {
			got = e.Ref
		}
		if got != c.want {
			t.Errorf("byCompanyName(%q) = %q, want %q", c.key, got, c.want)
		}
	}
}

// The speaker's fuller name stays when its entity is a cut of it outside
// the KB.
func TestLinkSpeakersKeepsFullerName(t *testing.T) {
	text := "Advanced Micro Devices Inc said sales rose. The company said so."
	ents := []schemas.Entity{{Ref: "e1", Name: "Micro Devices Inc", Type: schemas.ORG,
		Mentions: []schemas.Mention{{Start: 9, End: 26, Text: "Micro Devices Inc"}}}}
	i := strings.Index(text, "The company")
	q := []schemas.Quote{{Speaker: &schemas.Speaker{Start: i, End: i + 11, Text: "The company", Name: "Advanced Micro Devices Inc"}}}
	LinkSpeakers(text, ents, q)
	if sp := q[0].Speaker; sp.Ref == nil || *sp.Ref != "e1" || sp.Name != "Advanced Micro Devices Inc" {
		t.Fatalf("speaker %+v, want ref e1 and the fuller name", sp)
	}
	ents[0].Link = schemas.Str("Q1")
	q[0].Speaker.Name = "Advanced Micro Devices Inc"
	LinkSpeakers(text, ents, q)
	if sp := q[0].Speaker; sp.Name != "Micro Devices Inc" {
		t.Fatalf("speaker %+v, want the KB entity's name", sp)
	}
}
