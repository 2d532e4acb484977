package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/examples"
	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// When the test binary is started with WORKER_TEST_MAIN=1 it is the worker
// binary itself, so tests can run `worker ...` as a child process (signals,
// exit status) without a separate build.
func TestMain(m *testing.M) {
	if os.Getenv("WORKER_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runCLI runs `worker args...` in-process and returns its exit status,
// stdout and stderr.
func runCLI(t testing.TB, ctx context.Context, stdin io.Reader, environ map[string]string, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb syncBuffer
	env := &cliEnv{stdin: stdin, stdout: &out, stderr: &errb, getenv: func(k string) string { return environ[k] }}
	code := runMain(ctx, env, args)
	return code, out.String(), errb.String()
}

// sampleArticles reads the bundled feed the way `worker run` publishes it
// and returns the raw articles as JSON lines, in feed order.
func sampleArticles(t testing.TB) [][]byte {
	t.Helper()
	var lines [][]byte
	err := walkInputs(examples.Feed, examples.FeedDir, func(name string, kind inputKind) error {
		f, err := examples.Feed.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return readInput(name, kind, f, func(it item) bool {
			if it.err != nil {
				t.Fatalf("%s: %v", it.where, it.err)
			}
			if err := finishArticle(it.art, "samples"); err != nil {
				t.Fatalf("%s: %v", it.where, err)
			}
			b, err := it.art.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, b)
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 6 {
		t.Fatalf("the sample feed has %d articles, want at least 6", len(lines))
	}
	return lines
}

func joinLines(lines [][]byte) string {
	var b strings.Builder
	for _, l := range lines {
		b.Write(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkArticle asserts that an output line is a valid article.v1 with
// consistent offsets, and returns it decoded.
func checkArticle(t testing.TB, line string) *schemas.Article {
	t.Helper()
	if err := schemas.Validate(schemas.ArticleSchema, []byte(line)); err != nil {
		t.Errorf("output is not a valid %s: %v\n%.300s", schemas.ArticleSchema, err, line)
	}
	var a schemas.Article
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		t.Fatalf("output does not decode: %v", err)
	}
	if err := schemas.CheckOffsets(&a); err != nil {
		t.Errorf("article %s: %v", a.ID, err)
	}
	return &a
}

// withoutRunTimes returns the article as canonical JSON without the parts
// of provenance that differ on every run (time and duration).
func withoutRunTimes(t testing.TB, line string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if st, ok := m["stages"].([]any); ok {
		for _, e := range st {
			if p, ok := e.(map[string]any); ok {
				delete(p, "at")
				delete(p, "duration_ms")
			}
		}
	}
	b, err := json.Marshal(m) // map keys are sorted: canonical
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func namesOf(ns string) pipeline.Names { return pipeline.Names{Namespace: ns} }
