package quotes

import (
	"path/filepath"
	"testing"
)

// particleName on words of every length around its hyphen test.
func TestParticleName(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"al-Jaafari", true}, {"el-Sisi", true}, {"abu-Bakr", true}, {"xy-Z", true}, {"abc-D", true},
		{"al-jaafari", false}, {"a-Bcdef", false}, {"well-Known", false}, {"xy-", false}, {"abc-", false},
		{"xyz", false}, {"ab", false}, {"Al-Jaafari", false}, {"al–Jaafari", false}, {"ab-cd-Ef", false},
	} {
		d := doc{src: c.word}
		d.decode(c.word)
		if got := d.particleName(0, int32(len(d.r))); got != c.want {
			t.Errorf("%q: %v, want %v", c.word, got, c.want)
		}
	}
}

// lowerIs agrees with its definition, rune by rune, on every token of the
// test articles and words of every length, case and alphabet, at the
// text's end too (where eight bytes cannot be loaded).
func TestLowerIs(t *testing.T) {
	words := []string{"a", "i", "he", "she", "the", "said", "told", "per", "back", "according", "wednesday",
		"didn’t", "u.s.", "U.S.", "Said", "zoë", "it's", "—", ",", "\"", "spokeswoman"}
	texts := []string{"He SAID she said: \u212Aate, zoë, ZOË, it's, U.S. and Didn’t — per said\xffa \"x\" back"}
	for _, file := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(t, filepath.Join("testdata", file)) {
			texts = append(texts, g.Text)
		}
	}
	for _, text := range texts {
		d := doc{src: text}
		d.decode(text)
		d.toks, _, _ = tokenize(d.r, text, d.boff, nil, nil, nil, 0)
		for k, tok := range d.toks {
			for _, w := range words {
				want := int(tok.e-tok.s) == len(w)
				for i := 0; want && i < len(w); i++ {
					want = lowerRune(d.r[int(tok.s)+i]) == rune(w[i])
				}
				if got := d.lowerIs(int32(k), w); got != want {
					t.Fatalf("%q: token %q is %q: %v, want %v", text, string(d.r[tok.s:tok.e]), w, got, want)
				}
			}
		}
	}
}
