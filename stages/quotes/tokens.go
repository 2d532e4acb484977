package quotes

import (
	"math"
	"math/bits"
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
	dir   uint8  // for marks: the direction the glyph suggests
	cap   bool   // a word starting with an upper-case letter
	poss  bool   // the possessive "'s"
	flags uint32 // lexicon classes (w...)
	lists uint32 // word lists holding the word (l..., wordlists.go)
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

// tokenize splits r, the runes of src starting at the byte offsets boff,
// into tokens. lower is a scratch buffer for lexicon keys, returned for
// reuse; the indexes of the mark tokens are appended to marks (pairMarks
// walks them, not every token).
//
// Before rune singleTo (the whole of a text quoting with ‘…’ only, as
// British papers do, or a headline), single marks at word boundaries are
// quotation marks too.
func tokenize(r []rune, src string, boff []int32, toks []token, lower []byte, marks []int32, singleTo int) ([]token, []byte, []int32) {
	tk := tokenizer{r: r, src: src, boff: boff, lower: lower, marks: marks, singleTo: singleTo, lex: lexTableNow()}
	// i is a rune index and b its byte offset. An ASCII space, word or
	// punctuation byte is read from src, a byte at a time; anything else
	// (a rune beyond ASCII, an apostrophe, a backtick) takes the rune-wise
	// path, which gives the same tokens.
	for i, b := 0, 0; i < len(r); {
		c := src[b]
		switch asciiClass[c] {
		case clSpace:
			i, b = i+1, b+1
			continue
		case clPunct:
			toks, _ = addToken(toks, i, i+1, kPunct)
			i, b = i+1, b+1
			if b < len(src) && src[b] == ' ' {
				i, b = i+1, b+1 // ", " and ". ": the space in the same step
			}
			continue
		case clDouble:
			toks = tk.addMark(toks, i, i+1, dirAny)
			i, b = i+1, b+1
			continue
		case clWord:
			// Most words: up to seven letters or digits, then a space or
			// a plain punctuation mark, all in the eight bytes read here.
			if b+8 <= len(src) {
				w := load64(src[b : b+8])
				if m := nonWord8(w); m != 0 {
					if l := bits.TrailingZeros64(m) >> 3; plainEnd[src[b+l]] {
						// The word is added here, not in a method: a call,
						// for most words of the text, spilled and reloaded
						// the loop's state. Its lexicon key is its bytes
						// lower-cased, as lookup packs them.
						var t *token
						toks, t = addToken(toks, i, i+l, kWord)
						t.cap = asciiUpper[c] != 0
						v := tk.lex.getShort(lowerASCII8(w) & lowBytes[l])
						t.flags, t.lists = v.flags, v.lists
						if src[b+l] == ' ' {
							l++ // the space after it, most often
						}
						i, b = i+l, b+l
						continue
					}
				} else if b+16 <= len(src) {
					// The same for words of 8 to 15 bytes, in two loads.
					w1 := load64(src[b+8 : b+16])
					if m := nonWord8(w1); m != 0 {
						if l := 8 + bits.TrailingZeros64(m)>>3; plainEnd[src[b+l]] {
							var t *token
							toks, t = addToken(toks, i, i+l, kWord)
							t.cap = asciiUpper[c] != 0
							if l <= tk.lex.maxRunes {
								v := tk.lex.get(lowerASCII8(w), lowerASCII8(w1)&lowBytes[l-8], l, nil)
								t.flags, t.lists = v.flags, v.lists
							}
							if src[b+l] == ' ' {
								l++
							}
							i, b = i+l, b+l
							continue
						}
					}
				}
			}
			if e, dots, ok := asciiWordEnd(src, b); ok {
				dot := e < len(src) && src[e] == '.'
				var next int
				toks, next = tk.word(toks, i, i+e-b, asciiUpper[c] != 0, dot, dots)
				i, b = next, b+next-i
				continue
			}
		}
		toks, i = tk.runeToken(toks, i)
		b = int(boff[i])
	}
	return toks, tk.lower, tk.marks
}

// tokenizer is the state of one tokenize call but the tokens, which its
// methods take and return: a slice stored through a pointer costs a write
// barrier whenever the collector runs.
type tokenizer struct {
	r        []rune
	src      string
	boff     []int32
	lower    []byte
	marks    []int32
	singleTo int
	lex      *lexTable
}

// Classes of an ASCII byte for tokenize; clOther is the rune-wise path.
const (
	clOther uint8 = iota
	clSpace
	clWord
	clPunct
	clDouble
)

var asciiClass [256]uint8

// plainEnd: an ASCII byte after a word that cannot join it to more
// ('-', '&', '.', apostrophes) nor be a period of its own.
var plainEnd [256]bool

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case asciiSpace[c] != 0:
			asciiClass[c] = clSpace
		case asciiWord[c] != 0:
			asciiClass[c] = clWord
		case c == '"':
			asciiClass[c] = clDouble
		case c != '\'' && c != '`':
			asciiClass[c] = clPunct
		}
		cl := asciiClass[c]
		plainEnd[c] = (cl == clSpace || cl == clPunct || cl == clDouble) && c != '-' && c != '&' && c != '.'
	}
}

// asciiWordEnd is wordEnd on the bytes of src from the word start b, for a
// word of ASCII only: its end byte and whether it holds a period. ok is
// false when a byte beyond ASCII decides where the word ends.
func asciiWordEnd(src string, b int) (e int, dots, ok bool) {
	n := len(src)
	e = b + 1
	for {
		// The letters and digits from e, eight bytes at a time.
		for e+8 <= n {
			if m := nonWord8(load64(src[e : e+8])); m != 0 {
				e += bits.TrailingZeros64(m) >> 3
				break
			}
			e += 8
		}
		for e < n && asciiClass[src[e]] == clWord {
			e++
		}
		if e >= n {
			return e, dots, true
		}
		c := src[e]
		if c >= utf8.RuneSelf {
			return e, dots, false
		}
		if c != '-' && c != '&' && c != '.' && c != '\'' || e+1 >= n {
			return e, dots, true
		}
		nx := src[e+1]
		if nx >= utf8.RuneSelf {
			return e, dots, false
		}
		if asciiClass[nx] != clWord {
			return e, dots, true
		}
		if c == '\'' && (nx == 's' || nx == 'S') {
			// The possessive ends the word; "'s" inside one does not.
			if e+2 >= n {
				return e, dots, true
			}
			if src[e+2] >= utf8.RuneSelf {
				return e, dots, false
			}
			if asciiClass[src[e+2]] != clWord {
				return e, dots, true
			}
		}
		dots = dots || c == '.'
		e++
	}
}

// nonWord8 has bit 7 set in each of eight packed bytes that is not an ASCII
// letter or digit. No sum carries out of its byte: each adds to a 7-bit
// value less than 0x80.
func nonWord8(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := w &^ high
	l := x | ones*0x20 // upper case folds onto lower
	letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
	digit := (x + ones*(0x80-'0')) &^ (x + ones*(0x80-'9'-1))
	return ^((letter | digit) &^ w) & high
}

// runeToken reads the token, or the space, at rune i; it returns where the
// next one starts.
func (tk *tokenizer) runeToken(toks []token, i int) ([]token, int) {
	r := tk.r
	n := len(r)
	c := r[i]
	if isSpace(c) {
		return toks, i + 1
	}
	if ok, dir := isDoubleMark(c); ok {
		toks = tk.addMark(toks, i, i+1, dir)
		return toks, i + 1
	}
	// Two single marks stand for a double one: ‘‘…’’, ``…''.
	if (c == '‘' || c == '’' || c == '\'' || c == '`') && i+1 < n && r[i+1] == c {
		dir := dirAny
		if c == '‘' || c == '`' {
			dir = dirOpen
		} else if c == '’' {
			dir = dirClose
		}
		toks = tk.addMark(toks, i, i+2, dir)
		return toks, i + 2
	}
	if i < tk.singleTo && (c == '‘' || c == '’' || c == '\'') {
		if dir, ok := singleMark(r, i); ok {
			toks = tk.addMark(toks, i, i+1, dir)
			return toks, i + 1
		}
	}
	if !isWordRune(c) {
		// "'s" after a word is the possessive, kept as one token.
		if isApos(c) && i > 0 && isWordRune(r[i-1]) && i+1 < n && (r[i+1] == 's' || r[i+1] == 'S') &&
			(i+2 >= n || !isWordRune(r[i+2])) {
			var t *token
			toks, t = addToken(toks, i, i+2, kPunct)
			t.poss = true
			return toks, i + 2
		}
		toks, _ = addToken(toks, i, i+1, kPunct)
		return toks, i + 1
	}
	j := wordEnd(r, i)
	return tk.word(toks, i, j, isUpper(c), j < n && r[j] == '.', hasDot(r, i, j))
}

// word adds the word of runes [i, j) and returns where the next token
// starts. A period right after it (dot) belongs to abbreviations ("U.S.",
// "Sen.", "J."); dots tells whether the word holds one.
func (tk *tokenizer) word(toks []token, i, j int, capital, dot, dots bool) ([]token, int) {
	toks, t := addToken(toks, i, j, kWord)
	t.cap = capital
	if j-i <= tk.lex.maxRunes {
		if dot {
			v := tk.lookup(i, j, true)
			if dots || j-i == 1 && capital || v.flags&(wTitle|wHonorific) != 0 {
				t.e++
				t.flags, t.lists = v.flags, v.lists
				return toks, j + 1
			}
		}
		v := tk.lookup(i, j, false)
		t.flags, t.lists = v.flags, v.lists
	} else if dot && dots {
		t.e++
		return toks, j + 1
	}
	return toks, j
}

// addToken appends a token of runes [s, e) outside any quote and returns
// it to be filled in place: a token literal is built on the stack by parts
// and then copied whole, and that copy stalls on reading back the parts.
func addToken(toks []token, s, e int, kind uint8) ([]token, *token) {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.s, t.e, t.kind, t.quote = int32(s), int32(e), kind, -1
	return toks, t
}

func (tk *tokenizer) addMark(toks []token, s, e int, dir uint8) []token {
	tk.marks = append(tk.marks, int32(len(toks)))
	toks, t := addToken(toks, s, e, kMark)
	t.dir = dir
	return toks
}

// wordEnd is the end of the word starting at i: its letters and digits, and
// the joiners between two of them ("U.S", "AT&T", "can't", not the
// possessive "'s").
func wordEnd(r []rune, i int) int {
	n := len(r)
	j := i + 1
	for j < n {
		c := r[j]
		if uint32(c) < 128 {
			if asciiWord[c] != 0 {
				j++
				continue
			}
		} else if wordRuneSlow(c) {
			j++
			continue
		}
		// Only a joiner can continue the word: test it before the next rune.
		if (c == '-' || c == '&' || c == '.' || isApos(c)) && j+1 < n && isWordRune(r[j+1]) {
			if c == '-' || c == '&' || c == '.' {
				j++
				continue
			}
			// An apostrophe inside a word ("can't"), but not the possessive.
			if !((r[j+1] == 's' || r[j+1] == 'S') && (j+2 >= n || !isWordRune(r[j+2]))) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// hasDot: the word [i, j) holds a period ("U.S").
func hasDot(r []rune, i, j int) bool {
	for _, c := range r[i:j] {
		if c == '.' {
			return true
		}
	}
	return false
}

// lookup looks up the word of runes [i, j), with the period after it when
// dot, in the lexicon and word lists: every rune lower-cased, joiners
// included. An ASCII
// word is packed straight from src; any other is lower-cased into lower.
func (tk *tokenizer) lookup(i, j int, dot bool) lexVal {
	b0, b1 := int(tk.boff[i]), int(tk.boff[j])
	nb := b1 - b0
	if dot {
		nb++
	}
	// As many bytes as runes: all ASCII, the period included (an invalid
	// byte decodes to one rune too, but never within a word).
	if b1-b0 == j-i && nb <= 16 {
		w0, w1 := packLowerASCII(tk.src, b0, nb)
		return tk.lex.get(w0, w1, nb, nil)
	}
	lower := tk.lower[:0]
	for _, c := range tk.r[i:j] {
		if uint32(c) < 128 {
			lower = append(lower, asciiLower[c])
		} else {
			lower = utf8.AppendRune(lower, lowerRune(c))
		}
	}
	if dot {
		lower = append(lower, '.')
	}
	tk.lower = lower
	w0, w1 := packBytes(lower)
	return tk.lex.get(w0, w1, len(lower), lower)
}

// assignSpans sets the paragraph and sentence index of every token.
func assignSpans(toks []token, paras, sents []spanR) {
	// The current spans' ends are kept at hand, the last span's as the
	// largest int32: one comparison a token for each, mostly false.
	p, s := 0, 0
	pe, se := spanEnd(paras, 0), spanEnd(sents, 0)
	for i := range toks {
		st := toks[i].s
		for st >= pe {
			p++
			pe = spanEnd(paras, p)
		}
		for st >= se {
			s++
			se = spanEnd(sents, s)
		}
		toks[i].para, toks[i].sent = int32(p), int32(s)
	}
}

// spanEnd is the end of span i, or the largest int32 for the last one
// (and past it), which every token joins.
func spanEnd(spans []spanR, i int) int32 {
	if i+1 >= len(spans) {
		return math.MaxInt32
	}
	return spans[i].e
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
