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

// TestSplitCaptionMentions: mentions across a join belong to neither side
// and are dropped, with an entity left without any mention.
func TestSplitCaptionMentions(t *testing.T) {
	// "Talks in Moscow" + "\n\n" + "Vlad" + "\n\n" + "Vlad"
	text, _, spans := withCaptions("Talks in Moscow", nil, []string{"Vlad", "Vlad"})
	if got := string([]rune(text)[spans[1].Start:spans[1].End]); got != "Vlad" {
		t.Fatalf("caption 1 span holds %q", got)
	}
	ents := []schemas.Entity{
		{Ref: "e1", Mentions: []schemas.Mention{{Start: 9, End: 15, Text: "Moscow"}, {Start: 17, End: 21, Text: "Vlad"}}},
		{Ref: "e2", Mentions: []schemas.Mention{{Start: 17, End: 27, Text: "Vlad\n\nVlad"}}},
		{Ref: "e3", Mentions: []schemas.Mention{{Start: 9, End: 21, Text: "Moscow\n\nVlad"}}},
		{Ref: "e4", Mentions: []schemas.Mention{{Start: 23, End: 27, Text: "Vlad"}}},
	}
	got := splitCaptionMentions(ents, 15, spans)
	want := map[string][2]int{"e1": {1, 1}, "e4": {0, 1}} // ref -> text mentions, caption mentions
	if len(got) != len(want) {
		t.Fatalf("kept %d entities, want %d: %+v", len(got), len(want), got)
	}
	for _, e := range got {
		w, ok := want[e.Ref]
		if !ok || len(e.Mentions) != w[0] || len(e.CaptionMentions) != w[1] || e.Mentions == nil {
			t.Errorf("%s: %d mentions, %d caption mentions, want %v", e.Ref, len(e.Mentions), len(e.CaptionMentions), w)
		}
	}
	if cm := got[1].CaptionMentions[0]; cm.Caption != 1 || cm.Start != 0 || cm.End != 4 {
		t.Errorf("e4's caption mention %+v, want caption 1 [0,4)", cm)
	}
}
