package ner

import "testing"

// TestFillInfoSpaceBefore: fillInfo marks a token spaceBefore exactly
// when a gap separates it from the token before (the first token always),
// as it did when the test followed the call to basicInfo; fillInfo now
// makes it while the token's offsets are in registers.
func TestFillInfoSpaceBefore(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := &tg.model.lexicon
	texts := append([]string{
		"  The mayor (a Democrat) said: \"No.\"\tThen he left.",
		"U.S.-based firms,e.g. Acme,sold 3.5m units;prices rose 4%.",
		"Café owners in Zürich—and São Paulo—met on Monday.",
		"A",
		"",
	}, refTexts()...)
	gaps := 0
	for _, text := range texts {
		sc := new(scratch)
		sc.reset()
		sc.sentences(text, nil, lx.classes)
		fillInfo(sc, text, lx)
		prevEnd := -1
		for i, tk := range sc.toks {
			want := prevEnd < tk.b
			if got := sc.info[i].spaceBefore; got != want {
				t.Errorf("%q token %d %q: spaceBefore %v, want %v", text[:min(len(text), 30)], i, text[tk.b:tk.e], got, want)
			}
			if !want {
				gaps++
			}
			prevEnd = tk.e
		}
	}
	if gaps == 0 {
		t.Error("no token without a space before it: the test tests one case only")
	}
}
