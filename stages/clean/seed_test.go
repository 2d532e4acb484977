package clean

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/internal/shared"
)

type jsonArticle struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	ContentType string   `json:"content_type"`
	Body        string   `json:"body"`
	Text        string   `json:"text"`
	Captions    []string `json:"captions"`
	GoldText    string   `json:"gold_text"`
}

func readJSONL(tb testing.TB, path string) []jsonArticle {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("%s: %v", path, err)
	}
	defer f.Close()
	var out []jsonArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var a jsonArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// The seed article: its gold paragraphs exactly, and its five distinct
// captions, each once.
func TestSeed(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "data", "seed")
	raw := readJSONL(t, filepath.Join(dir, "voa-trump-putin.raw.jsonl"))
	gold := readJSONL(t, filepath.Join(dir, "voa-trump-putin.gold.jsonl"))
	if len(raw) != 1 || len(gold) != 1 {
		t.Fatalf("want one article in each file, got %d and %d", len(raw), len(gold))
	}
	res, err := Clean(raw[0].Body, raw[0].ContentType, raw[0].Title)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != gold[0].Text {
		t.Errorf("text differs from gold:\n%s", res.Text)
	}
	if len(res.Captions) != len(gold[0].Captions) {
		t.Fatalf("got %d captions, want %d: %q", len(res.Captions), len(gold[0].Captions), res.Captions)
	}
	for i, c := range gold[0].Captions {
		if res.Captions[i] != c {
			t.Errorf("caption %d: got %q, want %q", i, res.Captions[i], c)
		}
	}
	if gold[0].Title != "" && res.Title != gold[0].Title {
		t.Errorf("title %q, want %q", res.Title, gold[0].Title)
	}
}

// Cleaning the text path's own output again changes nothing, on every
// scraped page of the dev set.
func TestIdempotentOnDevPages(t *testing.T) {
	pages := readJSONL(t, filepath.Join(shared.Dir(t), "data", "clean", "article_benchmark_text.dev.jsonl"))
	for _, p := range pages {
		first, err := Clean(p.Body, p.ContentType, p.Title)
		if err != nil {
			t.Fatal(err)
		}
		second, err := Clean(first.Text, "text/plain", first.Title)
		if err != nil {
			t.Fatal(err)
		}
		if second.Text != first.Text {
			t.Errorf("%s: second pass changed the text", p.ID)
		}
	}
}
