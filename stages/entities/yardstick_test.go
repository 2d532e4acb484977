package entities

import (
	"os"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/quotes"
	"github.com/wirestream/wirestream/stages/segment"
)

// plainArticle has Article's fields without its codec methods, so that
// segmentio's reflection codec decodes and encodes every field: the cost
// issue 9's speed target is stated against (as bench.RunWholeCodec).
type plainArticle schemas.Article

// stageInput is the benchmark article as the stage receives it: text,
// paragraphs, sentences and quotes, as JSON.
func stageInput(b *testing.B) []byte {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := plainArticle{ID: "bench", Source: "test"}
	s := string(text)
	a.Text = &s
	a.Paragraphs, a.Sentences = segment.Split(s)
	a.Quotes = quotes.Extract(s, a.Paragraphs, a.Sentences)
	if len(a.Quotes) == 0 {
		b.Fatal("the benchmark article has no quotes")
	}
	data, err := json.Marshal(&a)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
