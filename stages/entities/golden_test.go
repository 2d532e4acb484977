package entities

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"
)

// The golden tests lock the stage's output: speed work must not change a
// single entity, mention, name, link or score. Regenerate with
// `go test -run Golden -update-golden ./stages/entities/` only when a change
// of output is intended (and bump Version).
var updateGolden = flag.Bool("update-golden", false, "rewrite the golden outputs")

// goldenTexts are the committed articles (written for these tests).
func goldenTexts(t *testing.T) (names, texts []string) {
	t.Helper()
	paths, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, "testdata/article.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".txt"))
		texts = append(texts, string(data))
	}
	if len(texts) < 4 {
		t.Fatalf("only %d golden articles", len(texts))
	}
	return names, texts
}

// annotateAll renders the entities of every text, one JSON line each.
func annotateAll(t *testing.T, s *Stage, texts []string) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, text := range texts {
		line, err := json.Marshal(s.Annotate(text, nil))
		if err != nil {
			t.Fatal(err)
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update-golden to create it)", err)
	}
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	if len(wl) != len(gl) {
		t.Fatalf("%s: %d lines, want %d", path, len(gl), len(wl))
	}
	for i := range wl {
		if !bytes.Equal(wl[i], gl[i]) {
			t.Errorf("%s line %d differs:\n got %s\nwant %s", path, i+1, gl[i], wl[i])
		}
	}
}

// TestGolden: the committed articles with the default KB and tagger.
func TestGolden(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	names, texts := goldenTexts(t)
	for i, name := range names {
		got := annotateAll(t, s, texts[i:i+1])
		if !bytes.Contains(got, []byte(`"link":"Q`)) {
			t.Errorf("%s: nothing linked", name)
		}
		compareGolden(t, filepath.Join("testdata", "golden", name+".json"), got)
	}
}

// TestGoldenShared compares the output over the committed articles and the
// first 40 Reuters-128 texts, with ../shared/kb layered over the default
// KB, against a file saved outside the repository (its path in
// ENTITIES_GOLDEN, e.g. /tmp/entities-golden.jsonl, written with
// -update-golden): the shared texts are not ours to commit.
func TestGoldenShared(t *testing.T) {
	path := os.Getenv("ENTITIES_GOLDEN")
	if path == "" {
		t.Skip("ENTITIES_GOLDEN not set: no saved output to compare with")
	}
	shared := sharedDir(t)
	s, err := New(WithKB(filepath.Join(shared, "kb")))
	if err != nil {
		t.Fatal(err)
	}
	_, texts := goldenTexts(t)
	f, err := os.Open(filepath.Join(shared, "data", "el", "reuters128.jsonl"))
	if err != nil {
		t.Skipf("Reuters-128 absent: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 0; n < 40 && sc.Scan(); n++ {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	compareGolden(t, path, annotateAll(t, s, texts))
}

// TestAnnotateConcurrent: the recycled work space and the stage's caches
// give every goroutine the output of a lone run (run it with -race too).
func TestAnnotateConcurrent(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	_, texts := goldenTexts(t)
	want := make([][]byte, len(texts))
	for i := range texts {
		want[i] = annotateAll(t, s, texts[i:i+1])
	}
	errs := make(chan string, 64)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func(g int) {
			defer func() { done <- struct{}{} }()
			for r := 0; r < 3; r++ {
				for i := range texts {
					j := (i + g) % len(texts)
					got, err := json.Marshal(s.Annotate(texts[j], nil))
					if err != nil {
						errs <- err.Error()
						return
					}
					if !bytes.Equal(append(got, '\n'), want[j]) {
						errs <- fmt.Sprintf("goroutine %d, text %d: output differs", g, j)
						return
					}
				}
			}
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
