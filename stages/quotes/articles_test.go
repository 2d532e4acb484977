package quotes

import (
	"path/filepath"
	"testing"
)

// goldArticle is a line of a gold file: the scorer's format.
type goldArticle struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Text    string `json:"text"`
		Kind    string `json:"kind"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
}

func readGold(t testing.TB, path string) []goldArticle { return readJSONL[goldArticle](t, path) }

func (g *goldArticle) wants() []want {
	var w []want
	for _, q := range g.Quotes {
		w = append(w, want{q.Text, q.Kind, q.Speaker})
	}
	return w
}

// TestArticles runs the wire-style articles of testdata/, annotated with
// every direct, mixed and indirect quote and its speaker.
func TestArticles(t *testing.T) {
	for _, g := range readGold(t, filepath.Join("testdata", "articles.jsonl")) {
		t.Run(g.ID, func(t *testing.T) {
			check(t, g.Text, run(t, g.Text), g.wants())
		})
	}
}

// TestSeed: the project's seed article, whose gold holds the 12 quotes in
// marks (no indirect ones): all found, each with its speaker, and nothing
// else in marks (its two scare quotes are left out).
func TestSeed(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared (data beside the repository) is absent: seed test skipped")
	}
	gold := readGold(t, filepath.Join(shared, "data", "seed", "voa-trump-putin.gold.jsonl"))
	if len(gold) == 0 {
		t.Fatal("seed gold is empty")
	}
	for _, g := range gold {
		if len(g.Quotes) != 12 {
			t.Fatalf("seed gold has %d quotes, this test expects 12", len(g.Quotes))
		}
		checkKinds(t, g.Text, run(t, g.Text), g.wants(), false)
	}
}
