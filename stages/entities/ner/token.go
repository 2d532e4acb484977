package ner

import (
	"unicode"
	"unicode/utf8"
)

// token is one unit of the tokenizer: a run of word characters, one
// punctuation character, or a dotted acronym ("U.S.", "U.N.") kept whole
// because it is one name and its dots are no sentence end.
type token struct {
	b, e int // byte offsets into the text
	s, n int // code-point offsets (start, end exclusive)
}

// asciiClass is 1 for ASCII white space, 2 for ASCII word characters.
var asciiClass = func() (t [128]uint8) {
	for c := range 128 {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			t[c] = 1
		case isWordRune(r):
			t[c] = 2
		}
	}
	return t
}()

// byteClass is what a byte can start or continue: ASCII white space, an
// ASCII word character, other ASCII (punctuation), or a non-ASCII byte
// whose rune must be decoded. One look-up a byte for tokenize.
const (
	bcPunct uint8 = iota
	bcSpace
	bcWord
	bcHigh
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bcHigh
		case asciiClass[c] == 1:
			t[c] = bcSpace
		case asciiClass[c] == 2:
			t[c] = bcWord
		}
	}
	return t
}()

// byteClassVar is the address of byteClass in a variable, for tokenize
// (see asciiCountsLowerVar). Never written.
var byteClassVar = &byteClass

// isWordRune matches Python's \w closely enough: letters, digits, marks
// and the underscore. Training mentions all start and end on \w+|[^\w\s]
// boundaries, so this tokenizer never cuts through a gold span.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize appends the tokens of text[b0:e0] to dst; s0 is the code-point
// offset of b0. It never allocates beyond growing dst.
func tokenize(dst []token, text string, b0, e0, s0 int) []token {
	i, cp := b0, s0
	t := text[:e0] // the bounds checked once: index t, not text
	bc := byteClassVar
	_ = bc[0] // its nil check, once
	for i < len(t) {
		sz := 1
		switch bc[t[i]] {
		case bcWord:
			// tested first: most turns of the loop start a word (the
			// space after one is skipped with it, below)
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
			// four bytes a step while four remain (one bounds check, no
			// loop test between them), then byte by byte
			j := i
			for j+4 <= len(t) {
				w := t[j : j+4]
				if bc[w[0]] != bcWord {
					goto end
				}
				if bc[w[1]] != bcWord {
					j++
					goto end
				}
				if bc[w[2]] != bcWord {
					j += 2
					goto end
				}
				if bc[w[3]] != bcWord {
					j += 3
					goto end
				}
				j += 4
			}
			for j < len(t) && bc[t[j]] == bcWord {
				j++
			}
		end:
			cp += j - i
			i = j
			if i == len(t) || bc[t[i]] != bcHigh {
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
		// a word is most often followed by one space: it is skipped
		// here, not by a turn of the loop, whose head spills registers
		if i < len(t) && t[i] == ' ' {
			i++
			cp++
		}
	}
	return dst
}

func isLetterByte(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// acronymEnd looks at text[i:] right after a single letter: when it reads
// ".X." (repeated), it returns the byte end of the acronym and the number
// of code points consumed, all ASCII.
func acronymEnd(text string, i, e0 int) (int, int, bool) {
	j, k := i, 0
	for j+2 < e0+0 && text[j] == '.' && isASCIILetter(text[j+1]) && text[j+2] == '.' {
		if j+3 < e0 && isASCIIWordByte(text[j+3]) {
			break // "U.S.Army"-like runs: stop before a longer word
		}
		j += 2
		k += 2
	}
	if k == 0 {
		return 0, 0, false
	}
	// include the final dot
	return j + 1, k + 1, true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIWordByte(c byte) bool {
	return isASCIILetter(c) || (c >= '0' && c <= '9') || c >= 0x80
}
