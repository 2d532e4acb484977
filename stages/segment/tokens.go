package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// TokenKind classifies a token.
type TokenKind uint8

const (
	// Word: letters and digits with inner apostrophes, hyphens and periods
	// ("don't", "G-20", "Obama-era", "e.g."), an abbreviation with its
	// period ("Mr.", "Jan.", "U.S."; "U.S.-Russia" is "U.S." "-"
	// "Russia"), a web or mail address.
	Word TokenKind = iota
	// Number: digits with separators ("1,000", "3.14", "10:30").
	Number
	// Punct: one punctuation mark, or an ellipsis ("...", ". . .").
	Punct
	// Symbol: currency and other signs ("$", "%", "&").
	Symbol
)

func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	}
	return "symbol"
}

// Token is a token of the text, in code points like every span.
type Token struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Kind  TokenKind `json:"kind"`
}

// Tokens splits the span s of text (code points, usually a sentence) into
// tokens. A possessive "'s" is its own token ("Putin" "'s"); abbreviations
// keep their period; punctuation marks are single tokens. Tokens are
// computed on demand by the stages that need them and never travel in
// messages. For every sentence of a text, TokensAll is faster.
func Tokens(text string, s schemas.Span) []Token {
	bs, be := spanBytes(text, s)
	var t tokenizer
	t.text, t.cp, t.b = text, s.Start, bs
	t.span(bs, be)
	return t.out
}

// TokensAll returns the tokens of each span (ordered, non-overlapping, as
// Split returns them), walking the text once.
func TokensAll(text string, spans []schemas.Span) [][]Token {
	out := make([][]Token, len(spans))
	b, cp := 0, 0 // a byte offset and its code-point offset
	for k, s := range spans {
		if s.Start < cp { // not ordered: start over
			b, cp = 0, 0
		}
		bs := advance(text, b, s.Start-cp)
		be := advance(text, bs, s.End-s.Start)
		t := tokenizer{text: text, b: bs, cp: s.Start}
		t.span(bs, be)
		out[k] = t.out
		b, cp = be, s.Start+utf8.RuneCountInString(text[bs:be])
	}
	return out
}

// advance moves n code points forward from byte offset b.
func advance(text string, b, n int) int {
	for ; n > 0 && b < len(text); n-- {
		if text[b] < utf8.RuneSelf {
			b++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	return b
}

// span tokenizes [bs,be).
func (t *tokenizer) span(bs, be int) {
	text := t.text
	for i := bs; i < be; {
		r, n := runeAt(text, i, be)
		switch {
		case isSpaceRune(r):
			i += n
		case isLetter(r) || isDigit(r) || unicode.IsDigit(r):
			i = t.word(i, be)
		case r == '.' && strings.HasPrefix(text[i:be], ".."):
			j := i
			for j < be && text[j] == '.' {
				j++
			}
			t.emit(i, j, Punct)
			i = j
		case r == '.' && strings.HasPrefix(text[i:be], ". . ."):
			j := i + 5
			for j+1 < be && text[j] == ' ' && text[j+1] == '.' {
				j += 2
			}
			t.emit(i, j, Punct)
			i = j
		case unicode.IsPunct(r):
			t.emit(i, i+n, Punct)
			i += n
		default:
			t.emit(i, i+n, Symbol)
			i += n
		}
	}
}

type tokenizer struct {
	text string
	out  []Token
	b    int // a byte offset
	cp   int // its code-point offset
}

// emit appends the token [s,e) in bytes, converting to code points as it
// goes (tokens come in order).
func (t *tokenizer) emit(s, e int, k TokenKind) {
	t.cp += utf8.RuneCountInString(t.text[t.b:s])
	start := t.cp
	t.cp += utf8.RuneCountInString(t.text[s:e])
	t.b = e
	t.out = append(t.out, Token{Start: start, End: t.cp, Text: t.text[s:e], Kind: k})
}

// word reads a word or number starting at i and emits it (and a split-off
// possessive); it returns the end.
func (t *tokenizer) word(i, be int) int {
	text := t.text
	j := i
	for j < be {
		r, n := runeAt(text, j, be)
		if isLetter(r) || isDigit(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		// Connectors stay inside a word when a letter or digit follows:
		// "don't", "G-20", "3.14", "1,000", "10:30", "U.S", "a@b.com".
		if strings.ContainsRune("'\u2019-.,:/@_&", r) {
			if a, _ := runeAt(text, j+n, be); isLetter(a) || isDigit(a) {
				j += n
				continue
			}
		}
		break
	}
	w := text[i:j]
	kind := Word
	if isNumberToken(w) {
		kind = Number
	}
	// A final period belongs to an abbreviation ("Mr.", "U.S.", "Jan.").
	if kind == Word && j < be && text[j] == '.' {
		var e engine
		if e.policyOf(w) != notAbbrev {
			j++
			w = text[i:j]
		}
	}
	// A possessive is a token of its own: "Putin's" -> "Putin" "'s".
	if kind == Word && len(w) > 3 {
		for _, pos := range []string{"'s", "\u2019s", "'S", "\u2019S"} {
			if strings.HasSuffix(w, pos) {
				t.emit(i, j-len(pos), Word)
				t.emit(j-len(pos), j, Word)
				return j
			}
		}
	}
	t.emit(i, j, kind)
	return j
}

func isNumberToken(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case isDigit(r) || unicode.IsDigit(r):
			digits++
		case r == '.' || r == ',' || r == ':':
		default:
			return false
		}
	}
	return digits > 0
}

// spanBytes converts a code-point span of text into byte offsets, clamped
// to the text.
func spanBytes(text string, s schemas.Span) (int, int) {
	start, end := -1, -1
	cp := 0
	for i := range text {
		if cp == s.Start {
			start = i
		}
		if cp == s.End {
			end = i
			break
		}
		cp++
	}
	if start < 0 {
		start = len(text)
	}
	if end < 0 {
		end = len(text)
	}
	if end < start {
		end = start
	}
	return start, end
}
