package ner

import (
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Putin's aide", []string{"Putin", "'", "s", "aide"}},
		{"the U.S. and U.N.", []string{"the", "U.S.", "and", "U.N."}},
		{"Mr. Smith, Jr. and George W. Bush", []string{"Mr.", "Smith", ",", "Jr.", "and", "George", "W.", "Bush"}},
		{"G-20 al-Qaida", []string{"G", "-", "20", "al", "-", "Qaida"}},
		{"Zürich’s «Ça»", []string{"Zürich", "’", "s", "«", "Ça", "»"}},
		{"U.S", []string{"U.", "S"}}, // an initial, then a word
		{"3.5 percent.", []string{"3", ".", "5", "percent", "."}},
	}
	for _, c := range cases {
		toks := tokenize(nil, c.text, 0, len(c.text), 0)
		var got []string
		r := []rune(c.text)
		for _, tk := range toks {
			if string(r[tk.s:tk.n]) != c.text[tk.b:tk.e] {
				t.Errorf("%q: code points %d-%d do not match bytes %d-%d", c.text, tk.s, tk.n, tk.b, tk.e)
			}
			got = append(got, c.text[tk.b:tk.e])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

// The fast ASCII path must agree with the general one on every field
// that both set.
func TestBasicInfoMatchesFull(t *testing.T) {
	lx := buildClasses([]uint64{lowerHash("officials")})
	for _, w := range []string{"Putin", "officials", "Officials", "U.S.", "NATO", "G", "20", "-", "McCain",
		"iPhone", "of", "Sen.", "al", "F16", "'", "Zürich", "ÉCOLE", "٣", "\x00", "a", "ab", "abc", "abcdefgh"} {
		var b wordInfo
		basicInfo(&b, w, lx)
		f := wordInfoOf(w, lx)
		// basicInfo looks classes up only for words that can join or
		// start a name: capitalised or short ones
		clsOK := b.cls == f.cls || !f.hasUpper && len(w) > 5
		if b.low != f.low || b.kind != f.kind || b.hasUpper != f.hasUpper || b.digitsOnly != f.digitsOnly || !clsOK || b.dot != f.dot {
			t.Errorf("%q: basic %+v, full %+v", w, b, f)
		}
		addShape(&b, w)
		if b.shape != f.shape || b.pre3 != f.pre3 || b.suf2 != f.suf2 || b.suf3 != f.suf3 || b.suf4 != f.suf4 || !b.full {
			t.Errorf("%q: completed %+v, full %+v", w, b, f)
		}
	}
}

func TestCrudeSentences(t *testing.T) {
	text := `Mr. Smith met Gen. Jones in the U.S. on Monday. "It went well." He left at 3.30 p.m. Then Dr. Who arrived!
New line here`
	sc := new(scratch)
	sc.sentences(text, nil, buildClasses([]uint64{lowerHash("terms")}))
	var firsts []string
	for _, s := range sc.sents {
		tk := sc.toks[s[0]]
		firsts = append(firsts, text[tk.b:tk.e])
	}
	want := []string{"Mr.", "\"", "He", "New"}
	// "Then" follows "p.m." which the splitter cannot tell from a sentence
	// end, so it is allowed either way
	got := firsts[:0:0]
	for _, f := range firsts {
		if f != "Then" {
			got = append(got, f)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("sentence starts %q, want %q", firsts, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sentence starts %q, want %q", firsts, want)
		}
	}
}
