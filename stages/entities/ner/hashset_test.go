package ner

import "testing"

func TestHashSet(t *testing.T) {
	s := newHashSet("avenue", "street", "road")
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"avenue", true}, {"Street", true}, {"ROAD", true},
		{"avenues", false}, {"lane", false}, {"", false}, {"the", false},
	} {
		if got := s.has(lowerHash(tc.w)); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
