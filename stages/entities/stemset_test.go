package entities

import (
	"strings"
	"testing"
)

// The set must agree with a map over many hashes, zero and collisions
// included, across growth.
func TestStemSet(t *testing.T) {
	s := newStemSet(1)
	want := map[uint64]bool{}
	for i := uint64(0); i < 5000; i++ {
		h := i * 0x9E3779B97F4A7C15
		if i%3 == 0 {
			h = i << 40 // same low bits: collisions in the table
		}
		if i%7 == 0 {
			s.add(h)
			want[h] = true
		}
	}
	s.add(0)
	want[0] = true
	for i := uint64(0); i < 5000; i++ {
		for _, h := range []uint64{i * 0x9E3779B97F4A7C15, i << 40} {
			if s.has(h) != want[h] {
				t.Fatalf("has(%#x) = %v, want %v", h, s.has(h), want[h])
			}
		}
	}
	if s.n != len(want) {
		t.Errorf("n = %d, want %d", s.n, len(want))
	}
}

func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", "  ", "U.S.", " Vladimir  Putin ", "São\u00a0Paulo\tcity\n", "a b c",
		"New York\u2003City" /* non-ASCII after a word: the ASCII pass's words are taken back */} {
		got := appendFields([]string{"x"}, s)
		want := append([]string{"x"}, strings.Fields(s)...)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}
