package schemas

import (
	"testing"

	"github.com/segmentio/encoding/json"
)

var escapeCases = []string{
	"", "plain", `"quoted" and \back\slash`, "tab\tnl\ncr\rbs\bff\f", "\x00\x01\x1f\x7f",
	"é中文 and emoji 😀", "a\u2028b\u2029c", "bad \xff utf8 \xe2\x82", "<&> stay",
	"0123456789abcdef0123456789abcdef\"0123456789abcdef\n",
	"LONDON (Wire) - \"We have no choice,\" said Maria Olsen.\n\nShipping lines were told.",
}

func TestAppendStringMatchesAppendEscape(t *testing.T) {
	for _, s := range escapeCases {
		if got, want := string(appendString(nil, s)), string(json.AppendEscape(nil, s, 0)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), string(json.AppendEscape(nil, s, 0)); got != want {
			t.Fatalf("%q:\n got %s\nwant %s", s, got, want)
		}
	})
}
