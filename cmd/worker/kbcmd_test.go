package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// A KB built by `worker kb build` links the same entity as the JSON lines it
// was built from, when passed to --kb.
func TestKBBuildThenLink(t *testing.T) {
	out := filepath.Join(t.TempDir(), "fictional.kb")
	code, _, errs := runCLI(t, context.Background(), nil, nil, "kb", "build", "--progress", "none", "--out", out, "testdata/kb/fictional.jsonl")
	if code != 0 {
		t.Fatalf("kb build: exit %d: %s", code, errs)
	}
	in := sampleMentioning(t, "Grace Mutua")
	code, stdout, errs := runCLI(t, context.Background(), strings.NewReader(in), nil, "process", "--kb", out)
	if code != 0 {
		t.Fatalf("process --kb %s: exit %d: %s", out, code, errs)
	}
	a := checkArticle(t, splitLines(stdout)[0])
	for _, e := range a.Entities {
		if e.Link != nil && *e.Link == "Q999000111" {
			return
		}
	}
	t.Errorf("the entity of the built KB was not linked: %+v", a.Entities)
}

func TestKBBuildUsage(t *testing.T) {
	for _, args := range [][]string{{"kb"}, {"kb", "build"}, {"kb", "build", "--out", "x.kb"}, {"ner"}} {
		if code, _, _ := runCLI(t, context.Background(), nil, nil, args...); code != 2 {
			t.Errorf("worker %s: exit %d, want 2", strings.Join(args, " "), code)
		}
	}
}
