package clean

import (
	"path/filepath"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/wirestream/wirestream/internal/shared"
)

func benchPages(b *testing.B, file string) []jsonArticle {
	pages := readJSONL(b, filepath.Join(shared.Dir(b), "data", "clean", file))
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

// BenchmarkCleanHTML runs the whole HTML path over the dev pages, one
// page per op; BenchmarkTrafilaturaHTML runs go-trafilatura alone with the
// same options on the same pages, so the two ns/op compare directly.
func BenchmarkCleanHTML(b *testing.B) {
	pages := benchPages(b, "article_benchmark.dev.jsonl")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		if _, err := Clean(p.Body, p.ContentType, p.Title); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTrafilaturaHTML(b *testing.B) {
	pages := benchPages(b, "article_benchmark.dev.jsonl")
	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		_, _ = trafilatura.Extract(strings.NewReader(p.Body), opts)
	}
}

// BenchmarkCleanText measures the scraped-text path in MB/s.
func BenchmarkCleanText(b *testing.B) {
	pages := benchPages(b, "article_benchmark_text.dev.jsonl")
	size := 0
	for _, p := range pages {
		size += len(p.Body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := Clean(p.Body, "text/plain", p.Title); err != nil {
				b.Fatal(err)
			}
		}
	}
}
