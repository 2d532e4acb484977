package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

func TestApplyIsDeterministicApartFromProvenance(t *testing.T) {
	in := []byte(`{"id":"x1","source":"wire","body":"hello","stages":[{"stage":"fetch","version":"f/1","at":"2026-01-01T00:00:00Z","duration_ms":1}],"custom":true}`)
	r1, err := pipeline.Apply(context.Background(), upper, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // a different provenance time
	r2, err := pipeline.Apply(context.Background(), upper, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Provenance.At == r2.Provenance.At {
		t.Fatalf("both runs stamped %s", r1.Provenance.At)
	}
	if r1.MsgID != r2.MsgID {
		t.Errorf("message ids differ between runs: %s, %s", r1.MsgID, r2.MsgID)
	}
	if !strings.HasPrefix(r1.MsgID, "x1:upper:upper/1:") || len(r1.MsgID) != len("x1:upper:upper/1:")+16 {
		t.Errorf("message id %q", r1.MsgID)
	}
	var a schemas.Article
	if err := json.Unmarshal(r1.Data, &a); err != nil {
		t.Fatal(err)
	}
	if a.TextOrEmpty() != "HELLO" || len(a.Stages) != 2 || a.Stages[1] != r1.Provenance || a.Stages[0].Stage != "fetch" {
		t.Errorf("output %s", r1.Data)
	}
	if len(a.Extra) != 1 || a.Extra[0].Key != "custom" {
		t.Errorf("unknown field lost: %s", r1.Data)
	}

	// Another output of the same article gets another id.
	other := []byte(strings.Replace(string(in), "hello", "hullo", 1))
	r3, err := pipeline.Apply(context.Background(), upper, other, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r3.MsgID == r1.MsgID {
		t.Error("different outputs share a message id")
	}
}

func TestApplyErrors(t *testing.T) {
	failing := stages.Func{StageName: "f", StageVersion: "1", Fn: func(context.Context, *schemas.Article) error {
		return errors.New("try later")
	}}
	_, err := pipeline.Apply(context.Background(), failing, []byte(`{"id":"a"}`), nil)
	if err == nil || stages.IsPermanent(err) {
		t.Errorf("transient stage error: got %v (permanent %v)", err, stages.IsPermanent(err))
	}
	_, err = pipeline.Apply(context.Background(), upper, []byte(`[1,2]`), nil)
	if !stages.IsPermanent(err) || pipeline.DeadKind(err) != pipeline.DeadDecode {
		t.Errorf("undecodable input: got %v", err)
	}
}

func TestMsgIDHidesUnsafeArticleIDs(t *testing.T) {
	cases := []struct {
		id         string
		keepsPlain bool
	}{
		{"abc-123", true},
		{"https://example.org/news/1", true},
		{"has space", false},
		{"line\nbreak", false},
		{strings.Repeat("x", 300), false},
		{"naïve", false},
	}
	for _, c := range cases {
		got := pipeline.MsgID(c.id, "s", "v", 42)
		if strings.HasPrefix(got, c.id+":") != c.keepsPlain {
			t.Errorf("MsgID(%q) = %q", c.id, got)
		}
		for _, r := range got {
			if r <= ' ' || r > '~' {
				t.Errorf("MsgID(%q) = %q holds %q", c.id, got, r)
			}
		}
	}
}
