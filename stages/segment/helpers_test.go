package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// sentenceStrings runs Split and returns the sentence texts.
func sentenceStrings(t testing.TB, text string) []string {
	t.Helper()
	paras, sents := Split(text)
	if err := checkSpans(text, paras, sents); err != nil {
		t.Fatalf("invalid spans for %q: %v", text, err)
	}
	return spanStrings(text, sents)
}

func spanStrings(text string, spans []schemas.Span) []string {
	r := []rune(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = string(r[s.Start:s.End])
	}
	return out
}

// checkSpans verifies the invariants of Split's output: spans are ordered,
// non-overlapping, non-empty, trimmed, each sentence lies inside one
// paragraph, and sentences (so paragraphs) cover every non-space character.
func checkSpans(text string, paras, sents []schemas.Span) error {
	r := []rune(text)
	if n := utf8.RuneCountInString(text); n != len(r) {
		return fmt.Errorf("rune count mismatch")
	}
	check := func(kind string, spans []schemas.Span) error {
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(r) {
				return fmt.Errorf("%s %d %v out of order, empty or out of range (prev end %d, len %d)", kind, i, s, prev, len(r))
			}
			if isSpaceRune(r[s.Start]) || isSpaceRune(r[s.End-1]) {
				return fmt.Errorf("%s %d %v not trimmed: %q", kind, i, s, string(r[s.Start:s.End]))
			}
			prev = s.End
		}
		return nil
	}
	if err := check("paragraph", paras); err != nil {
		return err
	}
	if err := check("sentence", sents); err != nil {
		return err
	}
	p := 0
	for i, s := range sents {
		for p < len(paras) && paras[p].End <= s.Start {
			p++
		}
		if p == len(paras) || s.Start < paras[p].Start || s.End > paras[p].End {
			return fmt.Errorf("sentence %d %v not inside one paragraph", i, s)
		}
	}
	covered := make([]bool, len(r))
	for _, s := range sents {
		for k := s.Start; k < s.End; k++ {
			covered[k] = true
		}
	}
	for k, c := range r {
		if !covered[k] && !isSpaceRune(c) {
			return fmt.Errorf("character %d %q not in any sentence", k, c)
		}
	}
	return nil
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
