package main

import (
	"testing"

	"github.com/segmentio/encoding/json"
)

// FuzzArticleFromJSON: whatever a feed sends, reading it never panics, and
// an article that is accepted encodes to JSON with an id.
func FuzzArticleFromJSON(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","body":"x"}`,
		`{"uri":"urn:x","bodies":[{"value":"<p>x</p>","contenttype":"text/html"}],"headlines":[{"value":"h"}]}`,
		`{"guid":"g","body_text":"t","versioncreated":"2026-01-05T09:30:00"}`,
		`{"id":7,"body":"x","extra":{"a":[1,{"b":null}]}}`,
		`{"url":"https://x.test","body":"y","published_at":null}`,
		`{"headlines":[],"bodies":[{}]}`,
		`[1]`, `{`, `{"id":"\u0000","body":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := articleFromJSON(data)
		if err != nil {
			return
		}
		if finishArticle(a, "fuzz") != nil {
			return
		}
		out, err := a.AppendJSON(nil)
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("invalid JSON from %q: %s", data, out)
		}
		if a.ID == "" {
			t.Fatalf("accepted article without id from %q", data)
		}
	})
}
