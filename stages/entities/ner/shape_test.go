package ner

import "testing"

// addShape's byte loop must hash as wordInfoOf does for any word, or the
// features of ASCII and non-ASCII text would differ.
func TestAddShapeMatchesWordInfoOf(t *testing.T) {
	for _, w := range []string{"a", "Ab", "USA", "Kerry", "McDonald's", "G-20", "x1", "Washington", "abcd", "\x00", "a\x00B", "..", "ab", "Zürich", "MIXEDcase9"} {
		var wi wordInfo
		basicInfo(&wi, w, nil)
		addShape(&wi, w)
		ref := wordInfoOf(w, nil)
		if wi.shape != ref.shape || wi.pre3 != ref.pre3 || wi.suf2 != ref.suf2 || wi.suf3 != ref.suf3 || wi.suf4 != ref.suf4 || wi.low != ref.low || wi.kind != ref.kind {
			t.Errorf("%q: addShape %+v, wordInfoOf %+v", w, wi, ref)
		}
	}
}
