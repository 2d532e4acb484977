package entities

import (
	"context"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// TestCaptions: names in the captions join the body's entities (a
// caption's surname is the body's person) or make their own, with offsets
// into their caption, and the body's mentions keep indexing the text.
func TestCaptions(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		text     string
		captions []string
		// want: mention text -> caption index (-1: in the text)
		want map[string]int
	}{
		{
			name:     "a caption's surname joins the body's person",
			text:     "Chancellor Angela Merkel met farmers on Tuesday. Merkel said prices would rise.",
			captions: []string{"FILE - Merkel speaks to reporters in Berlin, May 3, 2019."},
			want:     map[string]int{"Angela Merkel": -1, "Berlin": 0},
		},
		{
			name: "offsets count code points in each caption",
			text: "Prime Minister Shinzo Abe spoke in Tōkyō on Monday about the economy.",
			captions: []string{
				"Café owners listen.",
				"Abe waves to supporters in Ōsaka, Japan, on Sunday.",
			},
			want: map[string]int{"Shinzo Abe": -1, "Japan": 1},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := schemas.Article{ID: "t", Captions: c.captions}
			a.SetText(c.text)
			a.Sentences = []schemas.Span{{Start: 0, End: len([]rune(c.text))}}
			if err := s.Process(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			if err := schemas.CheckOffsets(&a); err != nil {
				t.Fatal(err)
			}
			for m, where := range c.want {
				e := find(a.Entities, m)
				if e == nil {
					t.Fatalf("%q not found in %+v", m, a.Entities)
				}
				if where < 0 {
					continue
				}
				ok := false
				for _, cm := range e.CaptionMentions {
					ok = ok || (cm.Caption == where && cm.Text == m)
				}
				if !ok {
					t.Errorf("%q: caption mentions %+v, want one in caption %d", m, e.CaptionMentions, where)
				}
			}
			for _, e := range a.Entities {
				if e.Mentions == nil {
					t.Errorf("%s: mentions is nil (JSON null), want []", e.Name)
				}
				for _, m := range e.Mentions {
					if m.Start >= len([]rune(c.text)) {
						t.Errorf("%s: mention %+v past the text", e.Name, m)
					}
				}
			}
		})
	}
	// the caption's "Merkel" is the body's Angela Merkel
	a := schemas.Article{ID: "t", Captions: cases[0].captions}
	a.SetText(cases[0].text)
	if err := s.Process(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	e := find(a.Entities, "Angela Merkel")
	if e == nil || len(e.CaptionMentions) != 1 || e.CaptionMentions[0].Text != "Merkel" {
		t.Errorf("Angela Merkel: caption mentions %+v, want the caption's Merkel", e)
	}
}

// TestCaptionOffsetsChecked: CheckOffsets rejects a caption mention whose
// text is not its caption's text at its offsets.
func TestCaptionOffsetsChecked(t *testing.T) {
	a := schemas.Article{ID: "t", Captions: []string{"Berlin at night."}}
	a.SetText("Nothing here.")
	a.Entities = []schemas.Entity{{Ref: "e1", Name: "Berlin", Type: "LOC", Mentions: []schemas.Mention{},
		CaptionMentions: []schemas.CaptionMention{{Caption: 0, Start: 1, End: 7, Text: "Berlin"}}}}
	if schemas.CheckOffsets(&a) == nil {
		t.Error("a shifted caption mention passed CheckOffsets")
	}
	a.Entities[0].CaptionMentions[0] = schemas.CaptionMention{Caption: 1, Start: 0, End: 6, Text: "Berlin"}
	if schemas.CheckOffsets(&a) == nil {
		t.Error("a mention of a missing caption passed CheckOffsets")
	}
	a.Entities[0].CaptionMentions[0] = schemas.CaptionMention{Caption: 0, Start: 0, End: 6, Text: "Berlin"}
	if err := schemas.CheckOffsets(&a); err != nil {
		t.Error(err)
	}
}
