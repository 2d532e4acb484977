package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// scratch is the per-call working memory of Tag, pooled so that tagging
// allocates nothing but its result.
type scratch struct {
	toks    []token
	sents   [][2]int       // token index ranges [from, to)
	segs    [][2]int       // candidate segments of one sentence
	ments   []span         // mentions found so far, in token indices
	sortBuf []span         // sortMents' copy of the unordered mentions
	names   []uint64       // hashes of persons' surnames in the document
	slots   []groupSlot    // names of mentions by hash (see majorityTypes)
	groups  []mentionGroup // per name, the types of its mentions
	groupOf []int32        // per mention, its name's group
	gz      []uint16       // gazetteer match per token of one segment
	gzLong  bool           // gz marks a name of two words or more (see knownNames)
	lows    []uint64
	heads   []int32    // hash buckets of mentions' first words, index+1 (see repeatNames)
	nexts   []int32    // the next mention of a bucket, index+1
	key     []byte     // normalised name for the Gazetteer hook
	classes *fpTable   // word classes, for the crude splitter
	info    []wordInfo // per token of the text
	upper   []int32    // tokens with an upper-case letter as written (trueCase may lower a few)
	feats   []uint64   // hashed features of one segment, nFeat per token
	score   []float32  // emission scores of one segment, nTags per token
	back    []uint8    // Viterbi back-pointers
	tags    []uint8    // decoded tags, per token of the text
	lowered wordFilter // the words written in lower case (see dropLowercased)
	done    doneWords  // the words completed so far (see completeRange)
	// single holds the basicInfo of one-byte ASCII tokens under the word
	// classes singleFor, those whose bit is set in singleOK (see fillInfo)
	single    [utf8.RuneSelf]wordInfo
	singleOK  [2]uint64
	singleFor *fpTable
	// sentFrom is the first token of the sentence being tagged
	sentFrom int
	// words receives the text's Words when not nil (see AppendTagWords)
	words *Words
}

// sentCursor finds the sentence of each token as the tokens are visited
// in increasing order (a rule walking sc.upper, say), in one pass.
type sentCursor struct {
	sents [][2]int
	si    int
}

// of returns the sentence [from, to) that does not end before token i,
// or false once every sentence ends before it.
func (c *sentCursor) of(i int) ([2]int, bool) {
	for c.si < len(c.sents) && c.sents[c.si][1] <= i {
		c.si++
	}
	if c.si == len(c.sents) {
		return [2]int{}, false
	}
	return c.sents[c.si], true
}

func (s *scratch) reset() {
	s.toks = s.toks[:0]
	s.sents = s.sents[:0]
}

// sentences tokenizes text and groups its tokens into sentences: by the
// given spans, or by a crude splitter when spans is nil.
func (s *scratch) sentences(text string, spans []schemas.Span, classes *fpTable) {
	s.classes = classes
	s.toks = tokenize(s.toks, text, 0, len(text), 0)
	if len(s.toks) == 0 {
		return
	}
	if spans == nil {
		s.splitCrude(text)
		return
	}
	// A token belongs to the first span that ends after its start; tokens
	// past every span form a last group. Unordered or overlapping spans
	// cannot make a group empty or out of order.
	p, from := 0, 0
	for i, t := range s.toks {
		q := p
		for q < len(spans) && spans[q].End <= t.s {
			q++
		}
		if q != p && i > from {
			s.sents = append(s.sents, [2]int{from, i})
			from = i
		}
		p = q
	}
	s.sents = append(s.sents, [2]int{from, len(s.toks)})
}

// splitCrude starts a sentence after ".", "!" or "?" (and any closing
// quotes or brackets) when the next token starts with an upper-case letter,
// a digit or an opening quote, unless the period ends a known abbreviation
// or an initial; a line break always ends a sentence.
func (s *scratch) splitCrude(text string) {
	from := 0
	toks := s.toks
	// nl is the first line break at or after the end of token i-1: a
	// token holds none, so one lies between tokens i-1 and i when token i
	// starts after nl (found by IndexByte, not by a look at every gap)
	nl := nextNewline(text, toks[0].e)
	for i := 1; i < len(toks); i++ {
		if i = nextCue(toks, text, i, nl); i == len(toks) {
			break
		}
		brk := toks[i].b > nl
		if brk {
			nl = nextNewline(text, toks[i].e)
		}
		if brk || s.endsSentence(text, i) {
			s.sents = append(s.sents, [2]int{from, i})
			from = i
		}
	}
	s.sents = append(s.sents, [2]int{from, len(s.toks)})
}

// nextCue is the first token from i on that follows a line break (one
// after nl) or a token ending in an end mark (see endMarkByte), or
// len(toks): most tokens are neither, and a loop of its own, with no
// call in it, keeps its values in registers.
//
//go:noinline
func nextCue(toks []token, text string, i, nl int) int {
	if i >= len(toks) {
		return i
	}
	pe := toks[i-1].e // the previous token's end, carried along
	rest := toks[i:]
	marks := endMarksVar
	_ = marks[0] // its nil check, once
	for k := range rest {
		tk := &rest[k]
		if tk.b > nl || marks[text[pe-1]] {
			return i + k
		}
		pe = tk.e
	}
	return len(toks)
}

// nextNewline is the index of the first line break in text at or after
// i, or len(text).
func nextNewline(text string, i int) int {
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

func newlineBetween(text string, b, e int) bool {
	if e-b == 1 {
		return text[b] == '\n' // most gaps: one space
	}
	for i := b; i < e; i++ {
		if text[i] == '\n' {
			return true
		}
	}
	return false
}

// endsSentence reports whether a sentence starts at token i.
func (s *scratch) endsSentence(text string, i int) bool {
	j := i - 1
	if !endMarkByte(text[s.toks[j].e-1]) {
		return false
	}
	// closing quotes and brackets glued to the end mark: `well."`
	for j > 0 && s.toks[j].b == s.toks[j-1].e && isCloser(text[s.toks[j].b:s.toks[j].e]) {
		j--
	}
	p := text[s.toks[j].b:s.toks[j].e]
	if p != "." && p != "!" && p != "?" {
		// "... acquired Erskine Resources Ltd. Terms were not disclosed":
		// the period of a company form ends the sentence when a common
		// word follows
		if len(p) < 3 || p[len(p)-1] != '.' || j != i-1 || s.classes == nil {
			return false
		}
		if s.classes.get(fingerprint(lowerHash(p[:len(p)-1])))&clsLegal == 0 {
			return false
		}
		nx := text[s.toks[i].b:s.toks[i].e]
		return startsUpperOrDigit(nx) && s.classes.get(fingerprint(lowerHash(nx)))&clsCommonLower != 0
	}
	if j == i-1 && s.toks[i].b == s.toks[j].e {
		return false // no space after it: "3.5", "e.g"
	}
	nx := text[s.toks[i].b:s.toks[i].e]
	if !startsUpperOrDigit(nx) && !isOpener(nx) {
		return false
	}
	return true
}

// endMarkByte reports whether a token ending in c may end a sentence: a
// period, "!", "?" or a closer (the last bytes of "”", "’" and "»"
// included). Most tokens end in none of them.
func endMarkByte(c byte) bool { return endMarks[c] }

// endMarks is endMarkByte's table: one load, where a switch of ten cases
// cost a chain of compares for every token.
var endMarks = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', '"', '\'', ')', ']', 0x9d, 0x99, 0xbb} {
		t[c] = true
	}
	return t
}()

// endMarksVar is the address of endMarks in a variable, for nextCue's
// loop (see asciiCountsLowerVar). Never written.
var endMarksVar = &endMarks

func isCloser(w string) bool {
	switch w {
	case "\"", "'", ")", "]", "\u201d", "\u2019", "\u00bb":
		return true
	}
	return false
}

func isOpener(w string) bool {
	switch w {
	case "\"", "'", "(", "[", "\u201c", "\u2018", "\u00ab":
		return true
	}
	return false
}

// isInitial matches a single upper-case letter ("George W. Bush").
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// isAbbrev lists abbreviations that take a period inside sentences.
func isAbbrev(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt",
		"Maj", "Sen", "Rep", "Gov", "Prof", "Rev", "Jr", "Sr", "Co", "Corp",
		"Inc", "Ltd", "No", "vs", "Mt", "Ft", "Adm", "Cmdr", "Brig", "Pres",
		"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}
