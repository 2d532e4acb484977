package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The byte scanners of the hot path must agree with the plain
// definitions they replace.
var scanTexts = []string{
	"",
	" ",
	"Officials in the province of Buenos Aires said.",
	"He flew to Oaxaca State. Then, on Monday! the city-state of Singapore? yes",
	"line one\nline two ends here",
	"Zürich-based Nestlé told Reuters in São Paulo",
	"---a b c d e f g h i j",
	"\xa9broken start and broken end \xe2\x80",
	"tail. ",
	// non-ASCII runes at every alignment against runs of eight ASCII bytes
	"“Quoted for twelve” — said a man in Zürich 😀abcdefgh😀ijklmnopq€rstuvwxyz0123456789é",
	"abcdefg€hijklmno€pqrstuv😀\xffwxyz",
}

func TestLastSentenceEnd(t *testing.T) {
	plain := func(s string) int {
		best := -1
		for _, sep := range []string{". ", "! ", "? ", "\n"} {
			if j := strings.LastIndex(s, sep); j >= 0 && j+len(sep) > best {
				best = j + len(sep)
			}
		}
		return best
	}
	for _, s := range scanTexts {
		if got, want := lastSentenceEnd(s), plain(s); got != want {
			t.Errorf("lastSentenceEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestFirstLastFields(t *testing.T) {
	for _, s := range scanTexts {
		all := strings.FieldsFunc(s, notWordRune)
		for _, n := range []int{1, 2, 6} {
			dst := make([]string, n)
			k := lastFields(s, dst)
			if want := all[max(0, len(all)-n):]; !slices.Equal(dst[n-k:], want) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, dst[n-k:], want)
			}
			k = firstFields(s, dst)
			if want := all[:min(n, len(all))]; !slices.Equal(dst[:k], want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, dst[:k], want)
			}
		}
	}
}

func TestASCIIWordByte(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		if asciiWordByte(byte(c)) != wordRune(rune(c)) {
			t.Errorf("asciiWordByte(%q) disagrees with wordRune", rune(c))
		}
	}
}

// TestRuneOffsets: a doc's code point offsets are those ranging over its
// text gives, valid UTF-8 or not.
func TestRuneOffsets(t *testing.T) {
	for _, s := range scanTexts {
		d := getDoc(s)
		var want []int
		for j := range s {
			want = append(want, j)
		}
		want = append(want, len(s))
		if d.runeByte == nil {
			if utf8.RuneCountInString(s) != len(s) {
				t.Errorf("%q: no offsets for a non-ASCII text", s)
			}
		} else if !slices.Equal(d.runeByte, want) {
			t.Errorf("%q: offsets %v, want %v", s, d.runeByte, want)
		}
		putDoc(d)
	}
}
