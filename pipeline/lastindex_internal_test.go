package pipeline

import (
	"bytes"
	"testing"
)

// lastIndex must agree with bytes.LastIndex, overlapping matches included.
func TestLastIndexAgreesWithBytes(t *testing.T) {
	entry := `{"stage":"nop","version":"1","at":"2026-01-01T00:00:00.5Z","duration_ms":0.1}`
	cases := []struct{ s, sep string }{
		{"", "a"},
		{"abc", ""},
		{"abc", "d"},
		{"aaaa", "aaa"},
		{"abcabcab", "abc"},
		{`{"stages":[` + entry + `],"body":"x"}`, entry},
		{`{"stages":[` + entry + `],"body":"` + entry + `"}`, entry},
		{`{"body":"{\"stage\":{{{{"}`, entry},
	}
	for _, c := range cases {
		if got, want := lastIndex([]byte(c.s), []byte(c.sep)), bytes.LastIndex([]byte(c.s), []byte(c.sep)); got != want {
			t.Errorf("lastIndex(%q, %q) = %d, want %d", c.s, c.sep, got, want)
		}
	}
}
