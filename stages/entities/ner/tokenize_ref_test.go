package ner

import (
	"math/rand"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as it was before its word-byte loop took four
// bytes a step: the reference TestTokenizeMatchesRef holds it to.
func tokenizeRef(dst []token, text string, b0, e0, s0 int) []token {
	i, cp := b0, s0
	t := text[:e0] // the bounds checked once: index t, not text
	for i < len(t) {
		sz := 1
		switch byteClass[t[i]] {
		case bcSpace:
			i++
			cp++
			continue
		case bcPunct:
			dst = append(dst, token{b: i, e: i + 1, s: cp, n: cp + 1})
			i++
			cp++
			continue
		case bcHigh:
			var r rune
			r, sz = utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				i += sz
				cp++
				continue
			}
			if !isWordRune(r) {
				dst = append(dst, token{b: i, e: i + sz, s: cp, n: cp + 1})
				i += sz
				cp++
				continue
			}
		}
		start, scp := i, cp
		for {
			// a run of ASCII word bytes in a loop of its own, its code
			// points counted once at its end: most of a text's bytes
			j := i
			for j < len(t) && byteClass[t[j]] == bcWord {
				j++
			}
			cp += j - i
			i = j
			if i == len(t) || byteClass[t[i]] != bcHigh {
				break
			}
			r, sz := utf8.DecodeRuneInString(t[i:])
			if !isWordRune(r) {
				break
			}
			i += sz
			cp++
		}
		// A single letter followed by "." and another single letter + "."
		// is a dotted acronym: U.S., U.N., U.S.A.
		if cp-scp == 1 && isLetterByte(text, start) {
			if j, k, ok := acronymEnd(text, i, e0); ok {
				dst = append(dst, token{b: start, e: j, s: scp, n: cp + k})
				cp += k
				i = j
				continue
			}
		}
		// An abbreviation or an initial keeps its period ("Mr.", "Corp.",
		// "W."), as GMB tokenizes them; a name never ends before it.
		if i < len(t) && t[i] == '.' && (isInitial(t[start:i]) || isAbbrev(t[start:i])) {
			dst = append(dst, token{b: start, e: i + 1, s: scp, n: cp + 1})
			i++
			cp++
			continue
		}
		dst = append(dst, token{b: start, e: i, s: scp, n: cp})
	}
	return dst
}

// TestTokenizeMatchesRef: tokenize cuts as tokenizeRef does, from any
// start to any end, on sentences written for it (words of every length,
// accents, acronyms, abbreviations) and on random strings of word bytes,
// punctuation, spaces and multi-byte runes.
func TestTokenizeMatchesRef(t *testing.T) {
	texts := []string{
		"The U.S. and U.N. envoys met Mr. Smith in São Paulo on Jan. 5, 2021.",
		"Internationalisation_of accountabilities: 1234567890 a ab abc abcd abcde.",
		"Zürich-based Nestlé S.A. said naïve café owners' ‘profits’ rose 12%.",
		"W. B. Yeats, J.R.R. Tolkien and U.S.Army vets—all in Washington D.C.",
	}
	r := rand.New(rand.NewSource(11))
	pieces := []string{"a", "Zq", "abcdefg", "09", "_", " ", "  ", ".", ",", "'", "é", "ß", "—", "\u00a0", "\n", "U.S.", "Mr.", "x.", "\x80"}
	for range 3000 {
		var b []byte
		for range r.Intn(12) {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	tokens := 0
	for _, text := range texts {
		for b0 := range min(len(text), 3) + 1 {
			for _, e0 := range []int{len(text), len(text) - 1, len(text) - 5} {
				if e0 < b0 {
					continue
				}
				got := tokenize(nil, text, b0, e0, 7)
				want := tokenizeRef(nil, text, b0, e0, 7)
				if !slices.Equal(got, want) {
					t.Fatalf("%q [%d,%d): %v, want %v", text, b0, e0, got, want)
				}
				tokens += len(got)
			}
		}
	}
	if tokens < 10000 {
		t.Errorf("only %d tokens compared", tokens)
	}
}
