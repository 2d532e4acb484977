package clean

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean: whatever the body, Clean returns valid UTF-8 or an error, and
// never panics.
func FuzzClean(f *testing.F) {
	f.Add("Home\nThe council met on Monday to vote on the budget for the year ahead, officials said.\nShare", "text/plain")
	f.Add("<html><body><p>A paragraph of text long enough to be an article.</p><p>Another one.</p></body></html>", "text/html")
	f.Add("\x93quoted\x94 \xff\xfe bytes\r\n\r\nmore", "")
	f.Add("<div><div><span>nested</div>", "")
	f.Add("FILE - A caption.\nFILE - A caption.\n\"\"\"\"", "text/plain; charset=iso-8859-1")
	f.Fuzz(func(t *testing.T, body, ct string) {
		res, err := Clean(body, ct, "")
		if err != nil {
			if errors.Is(err, ErrUnsupported) || errors.Is(err, ErrHostileHTML) || strings.Contains(err.Error(), "HTML") {
				return
			}
			t.Fatalf("unexpected error kind: %v", err)
		}
		if !utf8.ValidString(res.Text) || !utf8.ValidString(res.Title) {
			t.Fatalf("invalid UTF-8 in output")
		}
		for _, c := range res.Captions {
			if !utf8.ValidString(c) {
				t.Fatalf("invalid UTF-8 caption")
			}
		}
		if strings.Contains(res.Text, "\n\n\n") || strings.ContainsRune(res.Text, 0) {
			t.Fatalf("malformed text %q", res.Text)
		}
	})
}
