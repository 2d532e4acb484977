package ner

import (
	"slices"
	"testing"
)

// splitCrude finds line breaks with nextNewline; it must split where a
// look at every gap between tokens (newlineBetween) would.
func TestSplitCrudeLineBreaks(t *testing.T) {
	texts := []string{
		"Heads up\nThe mayor spoke\n\nShe left",
		"one line only",
		"\n\nLeading breaks then words\n",
		"A  \n  B\r\nC\t\nD",
		"Mr. Lee came.\nHe sat. Then he left\n– and “quoted”\nend",
		"x\ny\nz",
	}
	for _, text := range texts {
		sc := new(scratch)
		sc.sentences(text, nil, buildClasses(nil))
		var want [][2]int
		from := 0
		for i := 1; i < len(sc.toks); i++ {
			pe, b := sc.toks[i-1].e, sc.toks[i].b
			if pe < b && newlineBetween(text, pe, b) || endMarkByte(text[pe-1]) && sc.endsSentence(text, i) {
				want = append(want, [2]int{from, i})
				from = i
			}
		}
		want = append(want, [2]int{from, len(sc.toks)})
		if !slices.Equal(sc.sents, want) {
			t.Errorf("%q: sentences %v, want %v", text, sc.sents, want)
		}
	}
}
