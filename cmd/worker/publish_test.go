package main

import (
	"context"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
)

// `worker publish DIR FILE` against a server without streams: the raw
// stream is created, every readable article stored, the malformed line
// counted as failed (exit 1), and what was stored is a valid raw article.
func TestPublishFilesAndDirs(t *testing.T) {
	url, names, _ := natstest.Start(t)
	ns := []string{"--nats", url, "--namespace", names.Namespace}
	args := append([]string{"publish", "testdata/inputs", "--source", "fixtures"}, ns...)
	code, _, errs := runCLI(t, context.Background(), nil, nil, args...)
	if code != 1 {
		t.Errorf("exit %d with a malformed line, want 1", code)
	}
	if !strings.Contains(errs, "published 11, duplicates 0, failed 1") || !strings.Contains(errs, "articles.jsonl:3") {
		t.Fatalf("counts or failed line not reported:\n%s", errs)
	}
	// One file again: already stored, so a duplicate.
	code, _, errs = runCLI(t, context.Background(), nil, nil, append([]string{"publish", "--source", "fixtures", "testdata/inputs/ninjs2.json"}, ns...)...)
	if code != 0 || !strings.Contains(errs, "published 0, duplicates 1, failed 0") {
		t.Fatalf("republish: exit %d: %s", code, errs)
	}
	code, out, errs := runCLI(t, context.Background(), nil, nil, append([]string{"tail", "raw", "--count", "11"}, ns...)...)
	if code != 0 {
		t.Fatalf("tail: exit %d: %s", code, errs)
	}
	lines := splitLines(out)
	if len(lines) != 11 {
		t.Fatalf("%d stored articles, want 11", len(lines))
	}
	for _, l := range lines {
		if err := schemas.Validate(schemas.RawArticleSchema, []byte(l)); err != nil {
			t.Errorf("stored article: %v", err)
		}
		if !strings.Contains(l, `"source":"fixtures"`) {
			t.Errorf("source not set: %.200s", l)
		}
	}
	if code, _, _ := runCLI(t, context.Background(), nil, nil, append([]string{"publish", "testdata/no-such-file.txt"}, ns...)...); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
	if code, _, _ := runCLI(t, context.Background(), nil, nil, "publish"); code != 2 {
		t.Errorf("no arguments: exit %d, want 2", code)
	}
}
