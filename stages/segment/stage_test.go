package segment

import (
	"context"
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
	for _, want := range []schemas.Fields{schemas.FieldID, schemas.FieldText, schemas.FieldParagraphs, schemas.FieldSentences} {
		if f&want == 0 {
			t.Errorf("Fields() lacks %v", want)
		}
	}
	if f&schemas.FieldBody != 0 {
		t.Errorf("Fields() should not decode the body")
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
