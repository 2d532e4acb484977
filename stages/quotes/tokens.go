package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota
	kPunct       // one punctuation rune (or "'s")
	kMark        // a double quotation mark
)

// Direction hints of a double mark.
const (
	dirAny uint8 = iota
	dirOpen
	dirClose
)

// token is a word, a punctuation rune or a double quotation mark, with rune
// offsets into the text.
type token struct {
	s, e  int32
	kind  uint8
	dir   uint8 // for marks: the direction the glyph suggests
	cap   bool  // a word starting with an upper-case letter
	poss  bool  // the possessive "'s"
	flags uint32
	para  int32
	sent  int32
	quote int32 // index of the quoted span holding the token, or -1
}

func isDoubleMark(r rune) (bool, uint8) {
	switch r {
	case '"':
		return true, dirAny
	case '“', '„', '‟', '«':
		return true, dirOpen
	case '”', '»':
		return true, dirClose
	}
	return false, 0
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// asciiWord and asciiLower are the ASCII classes as tables: the tokenizer
// asks them for every rune of the text.
var asciiWord, asciiLower, asciiSpace, asciiUpper [128]byte

func init() {
	for c := 0; c < 128; c++ {
		asciiLower[c] = byte(c)
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			asciiWord[c] = 1
		}
		if 'A' <= c && c <= 'Z' {
			asciiLower[c] = byte(c + 32)
			asciiUpper[c] = 1
		}
		switch c {
		case ' ', '\n', '\t', '\r', '\v', '\f':
			asciiSpace[c] = 1
		}
	}
}

func isWordRune(r rune) bool {
	if uint32(r) < 128 {
		return asciiWord[r] != 0
	}
	return wordRuneSlow(r)
}

// wordRuneSlow is apart so that isWordRune inlines.
//
//go:noinline
func wordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if uint32(r) < 128 {
		return asciiSpace[r] != 0
	}
	return spaceSlow(r)
}

//go:noinline
func spaceSlow(r rune) bool { return unicode.IsSpace(r) }

// lowerRune is unicode.ToLower with an ASCII fast path.
func lowerRune(r rune) rune {
	if r < 128 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

func isUpper(r rune) bool {
	if uint32(r) < 128 {
		return asciiUpper[r] != 0
	}
	return upperSlow(r)
}

//go:noinline
func upperSlow(r rune) bool { return unicode.IsUpper(r) }

// addLower appends c lower-cased to the lexicon key and hashes its bytes.
func addLower(lower []byte, h uint64, c rune) ([]byte, uint64) {
	if uint32(c) < 128 {
		b := asciiLower[c]
		return append(lower, b), hashAdd(h, b)
	}
	return addLowerSlow(lower, h, c)
}

//go:noinline
func addLowerSlow(lower []byte, h uint64, c rune) ([]byte, uint64) {
	m := len(lower)
	lower = utf8.AppendRune(lower, lowerRune(c))
	for _, b := range lower[m:] {
		h = hashAdd(h, b)
	}
	return lower, h
}

// tokenize splits r into tokens. lower is a scratch buffer for lexicon
// look-ups, returned for reuse.
//
// Before rune singleTo (the whole of a text quoting with ‘…’ only, as
// British papers do, or a headline), single marks at word boundaries are
// quotation marks too.
func tokenize(r []rune, toks []token, lower []byte, singleTo int) ([]token, []byte) {
	n := len(r)
	for i := 0; i < n; {
		c := r[i]
		if isSpace(c) {
			i++
			continue
		}
		if ok, dir := isDoubleMark(c); ok {
			toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: kMark, dir: dir, quote: -1})
			i++
			continue
		}
		// Two single marks stand for a double one: ‘‘…’’, ``…''.
		if (c == '‘' || c == '’' || c == '\'' || c == '`') && i+1 < n && r[i+1] == c {
			dir := dirAny
			if c == '‘' || c == '`' {
				dir = dirOpen
			} else if c == '’' {
				dir = dirClose
			}
			toks = append(toks, token{s: int32(i), e: int32(i + 2), kind: kMark, dir: dir, quote: -1})
			i += 2
			continue
		}
		if i < singleTo && (c == '‘' || c == '’' || c == '\'') {
			if dir, ok := singleMark(r, i); ok {
				toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: kMark, dir: dir, quote: -1})
				i++
				continue
			}
		}
		if !isWordRune(c) {
			// "'s" after a word is the possessive, kept as one token.
			if isApos(c) && i > 0 && isWordRune(r[i-1]) && i+1 < n && (r[i+1] == 's' || r[i+1] == 'S') &&
				(i+2 >= n || !isWordRune(r[i+2])) {
				toks = append(toks, token{s: int32(i), e: int32(i + 2), kind: kPunct, poss: true, quote: -1})
				i += 2
				continue
			}
			toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: kPunct, quote: -1})
			i++
			continue
		}
		// One pass scans the word and lower-cases and hashes it for the
		// lexicon (its key is every rune of [i, j), joiners included).
		lower = lower[:0]
		h := uint64(fnvOffset)
		lower, h = addLower(lower, h, c)
		j := i + 1
		dots := false
		for j < n {
			c := r[j]
			if uint32(c) < 128 {
				if asciiWord[c] != 0 {
					b := asciiLower[c]
					lower = append(lower, b)
					h = hashAdd(h, b)
					j++
					continue
				}
			} else if wordRuneSlow(c) {
				lower, h = addLowerSlow(lower, h, c)
				j++
				continue
			}
			// Only a joiner can continue the word: test it before the next rune.
			if (c == '-' || c == '&' || c == '.' || isApos(c)) && j+1 < n && isWordRune(r[j+1]) {
				if c == '-' || c == '&' || c == '.' {
					dots = dots || c == '.'
					lower, h = addLower(lower, h, c)
					j++
					continue
				}
				// An apostrophe inside a word ("can't"), but not the possessive.
				if isApos(c) && !((r[j+1] == 's' || r[j+1] == 'S') && (j+2 >= n || !isWordRune(r[j+2]))) {
					lower, h = addLower(lower, h, c)
					j++
					continue
				}
			}
			break
		}
		t := token{s: int32(i), e: int32(j), kind: kWord, cap: isUpper(c), quote: -1}
		if j-i <= maxLexWord {
			hw := h
			// A trailing period belongs to abbreviations ("U.S.", "Sen.", "J.").
			if j < n && r[j] == '.' {
				single := j-i == 1 && t.cap
				lower = append(lower, '.')
				hd := hashAdd(h, '.')
				if dots || single || lexFast.get(lower, hd)&(wTitle|wHonorific) != 0 {
					j++
					t.e++
					hw = hd
				} else {
					lower = lower[:len(lower)-1]
				}
			}
			t.flags = lexFast.get(lower, hw)
		} else if j < n && r[j] == '.' && dots {
			j++
			t.e++
		}
		toks = append(toks, t)
		i = j
	}
	return toks, lower
}

// assignSpans sets the paragraph and sentence index of every token.
func assignSpans(toks []token, paras, sents []spanR) {
	p, s := 0, 0
	for i := range toks {
		st := toks[i].s
		for p+1 < len(paras) && st >= paras[p].e {
			p++
		}
		for s+1 < len(sents) && st >= sents[s].e {
			s++
		}
		toks[i].para, toks[i].sent = int32(p), int32(s)
	}
}

// spanR is a span of runes.
type spanR struct{ s, e int32 }

// singleMark decides whether the single mark at i quotes: an opener before a
// word, a closer after one; "officials’ plans" is a possessive.
func singleMark(r []rune, i int) (uint8, bool) {
	before := i > 0 && !isSpace(r[i-1]) && !openerPunct(r[i-1])
	after := i+1 < len(r) && !isSpace(r[i+1]) && !closerPunct(r[i+1])
	switch {
	case !before && after:
		return dirOpen, r[i] != '’'
	case before && !after:
		if (r[i-1] == 's' || r[i-1] == 'S') && i+2 < len(r) && isSpace(r[i+1]) && unicode.IsLower(r[i+2]) &&
			!functionWordAt(r, i+2) {
			return 0, false // plural possessive ("officials’ plans", not "choices’ in")
		}
		return dirClose, r[i] != '‘'
	}
	return 0, false
}

// hasDoubleMark: s holds a rune isDoubleMark accepts. Each search is a
// vectorised byte search, cheaper than decoding every rune.
func hasDoubleMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”") ||
		strings.Contains(s, "„") || strings.Contains(s, "‟") || strings.Contains(s, "«") || strings.Contains(s, "»")
}

// singleQuoting reports whether r quotes with single marks only: no
// double mark at all, and at least two single marks opening a word.
func singleQuoting(r []rune) bool {
	n := 0
	for i, c := range r {
		if ok, _ := isDoubleMark(c); ok {
			return false
		}
		if (c == '‘' || c == '\'') && (i == 0 || isSpace(r[i-1]) || openerPunct(r[i-1])) && i+1 < len(r) && unicode.IsLetter(r[i+1]) {
			n++
		}
	}
	return n >= 2
}

// functionWordAt: the word starting at rune i is a function word, which a
// possessive never governs.
func functionWordAt(r []rune, i int) bool {
	var buf [12]byte
	n := 0
	for ; i < len(r) && n < len(buf); i++ {
		c := r[i]
		if c < 'a' || c > 'z' {
			break
		}
		buf[n] = byte(c)
		n++
	}
	if n == 0 || n == len(buf) || i < len(r) && unicode.IsLetter(r[i]) {
		return false
	}
	return lexicon[string(buf[:n])]&wFunc != 0
}

// singleUntil is how far single marks quote: the whole text when it quotes
// only with them, else a first line that opens with one and reads as a
// headline ("'We are not for sale,' Greenland premier tells Trump": no
// double mark, no closing full stop), else nothing.
//
// dbl says whether the text holds a double mark, which rules out quoting
// with single marks only (found by a fast byte search, not rune by rune).
func singleUntil(r []rune, dbl bool) int {
	if !dbl && singleQuoting(r) {
		return len(r)
	}
	i := 0
	for i < len(r) && isSpace(r[i]) {
		i++
	}
	if i >= len(r) || r[i] != '\'' && r[i] != '‘' {
		return 0
	}
	e := i
	for e < len(r) && r[e] != '\n' && e-i < 300 {
		if ok, _ := isDoubleMark(r[e]); ok {
			return 0
		}
		e++
	}
	if e < len(r) && r[e] != '\n' || e > 0 && (r[e-1] == '.' || r[e-1] == ' ' && e-1 > 0 && r[e-2] == '.') {
		return 0
	}
	return e
}
