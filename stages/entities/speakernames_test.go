package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

type commonSet map[string]bool

func (c commonSet) CommonWord(w string) bool { return c[strings.ToLower(w)] }

// quoteBy is a quote whose speaker is the first "who" in text, named name.
func quoteBy(text, who, name string) schemas.Quote {
	i := strings.Index(text, who)
	return schemas.Quote{Speaker: &schemas.Speaker{Start: i, End: i + len(who), Text: who, Name: name}}
}

func TestSpeakerNames(t *testing.T) {
	common := commonSet{"officials": true, "police": true}
	cases := []struct {
		text, who, name string
		want            []string // added mentions, in order, as "surface/TYPE"
	}{
		{`"It went around the world," Leive said. Leive is 40.`, "Leive", "Leive",
			[]string{"Leive/PER", "Leive/PER"}},
		{`Key Tronic corp said it won contracts.`, "Key Tronic corp", "Key Tronic corp",
			[]string{"Key Tronic corp/ORG"}},
		{`Amnesty International says the journalists were held.`, "Amnesty International", "Amnesty International",
			[]string{"Amnesty International/ORG"}},
		{`"We lost," said Maria de Souza, a farmer.`, "Maria de Souza", "Maria de Souza",
			[]string{"Maria de Souza/PER"}},
		// the speaker described, named elsewhere: the name is added
		{`Velmora Inc rose. "Sales grew," the company said.`, "the company", "Velmora Inc",
			[]string{"Velmora Inc/ORG"}},
		// not names: descriptions, pronouns, common words, titles
		{`"Stay inside," Police said.`, "Police", "Police", nil},
		{`"Stay inside," the police said.`, "the police", "police", nil},
		{`"No," He said.`, "He", "He", nil},
		{`"No," said Kremlin Spokesman Ivan Orlov.`, "Kremlin Spokesman Ivan Orlov", "Kremlin Spokesman Ivan Orlov", nil},
		{`"No," said a Toronto Stock Exchange spokesman.`, "a Toronto Stock Exchange spokesman", "Toronto Stock Exchange spokesman", nil},
		// a one-word name only at sentence starts, or after "the": any
		// word has a capital there
		{`Seismologists say a quake struck.`, "Seismologists", "Seismologists", nil},
		{`"Not so fast," said the Hunter. The Hunter left.`, "the Hunter", "Hunter", nil},
	}
	for _, c := range cases {
		got := speakerNames(nil, c.text, nil, []schemas.Quote{quoteBy(c.text, c.who, c.name)}, common, nil)
		var have []string
		for _, m := range got {
			have = append(have, c.text[m.Start:m.End]+"/"+m.Type)
		}
		if strings.Join(have, ",") != strings.Join(c.want, ",") {
			t.Errorf("%q: got %v, want %v", c.text, have, c.want)
		}
	}
}

// A mention the tagger found is kept as it is; the speaker's name is
// added only where no mention overlaps.
func TestSpeakerNamesKeepsTaggerMentions(t *testing.T) {
	s := newStage(t, fakeNER{"Ostrel Leive": "PER"}, nil)
	text := `Ostrel Leive spoke first. "It went around the world," Leive said.`
	i := strings.LastIndex(text, "Leive")
	q := []schemas.Quote{{Speaker: &schemas.Speaker{Start: i, End: i + len("Leive"), Text: "Leive", Name: "Leive"}}}
	ents := s.AnnotateQuoted(text, nil, q)
	e := find(ents, "Ostrel Leive")
	if e == nil || len(e.Mentions) != 2 || e.Type != "PER" {
		t.Fatalf("got %+v, want one PER entity with both mentions", ents)
	}
	LinkSpeakers(text, ents, q)
	if q[0].Speaker.Ref == nil || *q[0].Speaker.Ref != e.Ref || q[0].Speaker.Name != "Ostrel Leive" {
		t.Fatalf("speaker %+v, want ref %s and the full name", q[0].Speaker, e.Ref)
	}
	// without the quotes the tagger's mentions alone
	if e := find(s.Annotate(`"It went around the world," Leive said.`, nil), "Leive"); e != nil {
		t.Fatalf("got %+v without quotes, want no entity", e)
	}
}

// Ten thousand quotes with distinct speaker names cost at most
// maxSpeakerNames scans of the text: the work is bounded whatever a
// producer sends.
func TestSpeakerNamesBounded(t *testing.T) {
	text := strings.Repeat("Velmora Ostrel spoke. ", 2000)
	qs := make([]schemas.Quote, 10000)
	for i := range qs {
		qs[i].Speaker = &schemas.Speaker{Text: "Velmora Ostrel", Name: strings.Repeat("X", i%70+1)}
	}
	got := speakerNames(nil, text, nil, qs, nil, nil)
	if len(got) != maxNameHits {
		t.Fatalf("got %d mentions, want the %d places of the first name", len(got), maxNameHits)
	}
}
