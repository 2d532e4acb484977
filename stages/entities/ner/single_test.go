package ner

import "testing"

// fillInfo's one-byte tokens come from a per-scratch cache: they must get
// basicInfo's answer, under whichever classes the scratch last served.
func TestFillInfoOneByteTokens(t *testing.T) {
	text := `A & B - C's "quote" (x) 7 % $ 1 & 2 - 3 Q`
	withAmp := buildClasses([]uint64{lowerHash("q")})
	for _, classes := range []*fpTable{buildClasses(nil), withAmp, buildClasses(nil)} {
		sc := new(scratch)
		for range 2 { // the second pass reads the cache
			sc.reset()
			sc.sentences(text, nil, classes)
			fillInfo(sc, text, &lexicon{classes: classes})
			prevEnd := -1
			for i, tk := range sc.toks {
				var want wordInfo
				basicInfo(&want, text[tk.b:tk.e], classes)
				want.spaceBefore = prevEnd < tk.b
				prevEnd = tk.e
				if got := sc.info[i]; got != want {
					t.Fatalf("%q: fillInfo %+v, basicInfo %+v", text[tk.b:tk.e], got, want)
				}
			}
		}
	}
	// one scratch, two class tables: the cache must not carry over
	sc := new(scratch)
	for _, classes := range []*fpTable{buildClasses(nil), withAmp} {
		sc.reset()
		sc.sentences("Q", nil, classes)
		fillInfo(sc, "Q", &lexicon{classes: classes})
		if got, want := sc.info[0].cls, classes.get(fingerprint(lowerHash("q"))); got != want {
			t.Errorf("class of Q %b, want %b", got, want)
		}
	}
}
