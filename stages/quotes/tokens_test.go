package quotes

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// hasDoubleMark must agree with isDoubleMark, which it short-cuts.
func TestHasDoubleMarkAgrees(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		want, _ := isDoubleMark(r)
		if got := hasDoubleMark("ab " + string(r) + " cd"); got != want {
			t.Errorf("%U: hasDoubleMark %v, isDoubleMark %v", r, got, want)
		}
	}
	if hasDoubleMark("it's ‘single’ only") {
		t.Error("single marks are not double")
	}
}

// nonWord8 must agree with the byte classes at every position of a word.
func TestNonWord8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			w := uint64(0x6161616161616161) // "aaaaaaaa"
			w = w&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			m := nonWord8(w)
			if got, want := m>>(8*pos+7)&1 == 1, asciiClass[c] != clWord; got != want {
				t.Errorf("byte %#x at %d: non-word %v, want %v", c, pos, got, want)
			}
			if m&^(1<<(8*pos+7)) != 0 {
				t.Errorf("byte %#x at %d marks the letters around it: %#x", c, pos, m)
			}
		}
	}
}

// Every lexicon word is found with its flags whatever its case, and words
// near it are not.
func TestLexTable(t *testing.T) {
	for w, flags := range lexicon {
		w0, w1 := packBytes([]byte(w))
		if got := lexFast.get(w0, w1, len(w), []byte(w)); got != flags {
			t.Errorf("%q: flags %#x, want %#x", w, got, flags)
		}
		up := strings.ToUpper(w)
		if len(up) == len(w) && len(w) <= 16 && isASCII(w) {
			// At the text's end and inside it: the two ways of packing.
			for _, src := range []string{up, up + " and the rest of a sentence"} {
				a, b := packLowerASCII(src, 0, len(w))
				if got := lexFast.get(a, b, len(w), nil); got != flags {
					t.Errorf("%q in %q: flags %#x, want %#x", w, src, got, flags)
				}
			}
		}
		for _, near := range []string{w + "x", "x" + w, w[:len(w)-1]} {
			a, b := packBytes([]byte(near))
			if got := lexFast.get(a, b, len(near), []byte(near)); got != lexicon[near] {
				t.Errorf("%q: flags %#x, want %#x", near, got, lexicon[near])
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The byte-wise fast path of tokenize gives the tokens of the rune-wise one,
// and every word carries the lexicon flags of its lower-cased text.
func TestTokenizePaths(t *testing.T) {
	texts := []string{
		"Mr. Smith, the U.S. Sen. J. Doe's aide, said: \"AT&T can't—won't—pay.\"",
		"O’Neil’s café-owner said ‘it’s fine’ and ``maybe'' then 'no' — Zürich's mayor.",
		"The officials' plans. Jones's 4.5% rise (e.g. in Q3) at 10:30 a.m.",
		"THE FBI'S VIEW, O'SULLIVAN", "x-", "a.", "A.", "U.S", "'s", "it's", "don\u2019t", "e\u0301t\u00e9", "done.\u00e9", "a'\u00e9",
	}
	for _, file := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(t, filepath.Join("testdata", file)) {
			texts = append(texts, g.Text)
		}
	}
	for _, s := range texts {
		checkTokenize(t, s)
	}
}

func FuzzTokenizePaths(f *testing.F) {
	for _, s := range []string{"U.S. Sen. Smith's", "can't won’t Zoë's x-y", "AT&T's ``a'' ‘b’", "a.b.c. D. e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokenize(t, s) })
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	var d doc
	d.decode(text)
	for _, single := range []int{0, len(d.r)} {
		got, _ := tokenize(d.r, text, d.boff, nil, nil, single)
		tk := tokenizer{r: d.r, src: text, boff: d.boff, singleTo: single}
		for i := 0; i < len(d.r); {
			i = tk.runeToken(i)
		}
		if !slices.Equal(got, tk.toks) {
			for i := range min(len(got), len(tk.toks)) {
				if got[i] != tk.toks[i] {
					t.Fatalf("%q: token %d is %+v, rune-wise %+v", text, i, got[i], tk.toks[i])
				}
			}
			t.Fatalf("%q: %d tokens, rune-wise %d", text, len(got), len(tk.toks))
		}
		for _, tok := range got {
			if tok.kind != kWord {
				continue
			}
			// A word never ends with a period of its own: one there is
			// the abbreviation's, part of the key.
			n := int(tok.e - tok.s)
			if d.r[tok.e-1] == '.' {
				n--
			}
			if n > maxLexWord {
				continue // too long to be looked up
			}
			w := lowerRunes(d.r[tok.s:tok.e])
			if want := lexicon[w]; tok.flags != want {
				t.Fatalf("%q: word %q flags %#x, want %#x", text, w, tok.flags, want)
			}
		}
	}
}

// lowerRunes lower-cases rune by rune, as the lexicon keys are made.
func lowerRunes(r []rune) string {
	var b []byte
	for _, c := range r {
		b = utf8.AppendRune(b, lowerRune(c))
	}
	return string(b)
}
