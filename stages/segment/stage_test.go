package segment

import (
	"context"
	"reflect"
	"testing"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

var _ stages.Stage = (*Stage)(nil)

func TestStageProcess(t *testing.T) {
	s := New()
	if s.Name() != "segment" || s.Version() == "" {
		t.Fatalf("name %q version %q", s.Name(), s.Version())
	}
	f := s.Fields()
	if f != schemas.FieldID|schemas.FieldText {
		t.Errorf("Fields() = %b, want id and text only", f)
	}

	a := &schemas.Article{ID: "a1"}
	a.SetText("Putin Says Talks Possible\n\nMOSCOW \u2014 The talks may happen. Or not.")
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || len(a.Sentences) != 3 {
		t.Errorf("paragraphs %v sentences %v", a.Paragraphs, a.Sentences)
	}
	if a.Sentences[1] != (schemas.Span{Start: 27, End: 57}) {
		t.Errorf("sentence 1 = %v, want {27 57} in code points", a.Sentences[1])
	}
}

// TestStageReplacesInputSpans runs the stage the way the runtime does:
// decode the declared fields, process, encode. Input "sentences" in a gold
// file's format (strings) must not break decoding and must be replaced.
func TestStageReplacesInputSpans(t *testing.T) {
	in := []byte(`{"id":"g1","text":"One here. Two here.","sentences":["One here.","Two here."],"paragraphs":"junk","extra":{"k":1}}`)
	s := New()
	var a schemas.Article
	if err := schemas.Decode(in, &a, s.Fields()); err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	out, err := a.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var back schemas.Article
	if err := schemas.Decode(out, &back, schemas.AllFields); err != nil {
		t.Fatalf("output %s: %v", out, err)
	}
	want := []schemas.Span{{Start: 0, End: 9}, {Start: 10, End: 19}}
	if !reflect.DeepEqual(back.Sentences, want) || len(back.Paragraphs) != 1 {
		t.Errorf("output %s", out)
	}
	if len(back.Extra) != 1 || back.Extra[0].Key != "extra" {
		t.Errorf("extra fields not kept once: %s", out)
	}
}

func TestStageEmptyText(t *testing.T) {
	a := &schemas.Article{ID: "a2"}
	a.SetText("   \n\n ")
	if err := New().Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Paragraphs == nil || a.Sentences == nil || len(a.Paragraphs) != 0 || len(a.Sentences) != 0 {
		t.Errorf("want empty non-nil slices, got %#v %#v", a.Paragraphs, a.Sentences)
	}
}

func TestStageNoText(t *testing.T) {
	err := New().Process(context.Background(), &schemas.Article{ID: "a3"})
	if err == nil || !stages.IsPermanent(err) {
		t.Fatalf("want a permanent error, got %v", err)
	}
}

func TestStageCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := &schemas.Article{ID: "a4"}
	a.SetText("Text.")
	if err := New().Process(ctx, a); err == nil || stages.IsPermanent(err) {
		t.Fatalf("want a retryable context error, got %v", err)
	}
}
