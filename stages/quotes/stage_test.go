package quotes

import (
	"context"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/segment"
)

func TestStageNeedsSegments(t *testing.T) {
	st := New()
	a := &schemas.Article{ID: "x"}
	if err := st.Process(context.Background(), a); !stages.IsPermanent(err) {
		t.Fatalf("no text: err %v, want permanent", err)
	}
	a.SetText("\"Hello,\" she said.")
	err := st.Process(context.Background(), a)
	if !stages.IsPermanent(err) || !strings.Contains(err.Error(), "segment") {
		t.Fatalf("no paragraphs: err %v, want a permanent error naming segment", err)
	}
	a.SetText("")
	if err := st.Process(context.Background(), a); err != nil || a.Quotes == nil {
		t.Fatalf("empty text: err %v, quotes %v; want none and an empty list", err, a.Quotes)
	}
}

// TestStageReplacesForeignQuotes: an input that already has "quotes" in
// another shape (a gold file) is processed, and its quotes replaced.
func TestStageReplacesForeignQuotes(t *testing.T) {
	in := `{"id":"g","text":"\"We are ready,\" said Jane Smith.","quotes":[{"start":1,"end":14,"speaker":"Jane Smith"}],"x":1}`
	var a schemas.Article
	st := New()
	if err := schemas.Decode([]byte(in), &a, st.Fields()); err != nil {
		t.Fatal(err)
	}
	a.Paragraphs, a.Sentences = segment.Split(*a.Text)
	if err := st.Process(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	out, err := a.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var back schemas.Article
	if err := schemas.Decode(out, &back, schemas.AllFields); err != nil {
		t.Fatalf("output does not decode: %v\n%s", err, out)
	}
	if len(back.Quotes) != 1 || back.Quotes[0].Speaker == nil || back.Quotes[0].Speaker.Name != "Jane Smith" {
		t.Fatalf("quotes %+v", back.Quotes)
	}
	if strings.Count(string(out), `"quotes"`) != 1 || !strings.Contains(string(out), `"x":1`) {
		t.Fatalf("output %s: want one quotes field and the other fields kept", out)
	}
}
