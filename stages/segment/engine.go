package segment

import (
	"strings"

	"github.com/wirestream/wirestream/schemas"
)

// engine finds sentence boundaries inside one paragraph. It keeps scratch
// space between paragraphs; it is not safe for concurrent use (Split makes
// one per call).
type engine struct {
	buf    [32]byte
	marks  []int       // forced sentence starts (list items)
	skip   []byteRange // list markers, whose periods are not terminators
	skipAt int         // the first marker not yet passed

	// hasAlnum's memory: how far [alnumStart, alnumPos) was scanned.
	alnumStart, alnumPos int
	alnumSeen            bool
}

// terminatorByte marks the bytes at which a terminator may start: ASCII
// . ! ? and the lead byte of the UTF-8 forms of … ‼ ⁇ ⁈ ⁉.
var terminatorByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '\u2026', '\u203c', '\u2047', '\u2048', '\u2049':
		return true
	}
	return false
}

// sentences appends the sentences of paragraph p (byte offsets) to out.
func (e *engine) sentences(text string, p schemas.Span, out []schemas.Span) []schemas.Span {
	e.findListMarkers(text, p.Start, p.End)
	start := p.Start
	for k := 0; k <= len(e.marks); k++ {
		end := p.End
		if k < len(e.marks) {
			end = e.marks[k]
		}
		out = e.segment(text, start, end, out)
		start = end
	}
	return out
}

// segment splits [s,pe), a paragraph or one list item, into sentences.
func (e *engine) segment(text string, s, pe int, out []schemas.Span) []schemas.Span {
	start := s
	for i := s; i < pe; {
		for i < pe && !terminatorByte[text[i]] {
			i++
		}
		if i >= pe {
			break
		}
		r, n := runeAt(text, i, pe)
		if !isTerminator(r) || e.inMarker(i) {
			i += n
			continue
		}
		end, split := e.decide(text, start, pe, i)
		if split && end < pe {
			out = appendSentence(text, out, start, end)
			start = end
		}
		i = end
	}
	return appendSentence(text, out, start, pe)
}

func appendSentence(text string, out []schemas.Span, s, e int) []schemas.Span {
	s, e = trimSpan(text, s, e)
	if s < e {
		out = append(out, schemas.Span{Start: s, End: e})
	}
	return out
}

// inMarker reports whether i lies in a list marker. Candidates come in
// increasing order within a paragraph and the markers are sorted, so a
// cursor replaces a search.
func (e *engine) inMarker(i int) bool {
	for e.skipAt < len(e.skip) && e.skip[e.skipAt].e <= i {
		e.skipAt++
	}
	return e.skipAt < len(e.skip) && e.skip[e.skipAt].s <= i
}

// cluster describes a run of terminators at a candidate boundary and the
// closing marks after it.
type cluster struct {
	first     rune // the first terminator
	last      rune // the last terminator
	dots      int  // periods in the run (an ellipsis character counts 3)
	spaced    bool // ". . ." written with spaces
	runEnd    int  // end of the terminators
	end       int  // end of the closing marks
	quoteShut bool // a closing quotation mark follows the run
}

// scanCluster reads the terminators at i and the closers after them.
func scanCluster(text string, i, pe int) cluster {
	c := cluster{}
	j := i
	for j < pe {
		r, n := runeAt(text, j, pe)
		if isTerminator(r) {
			if c.first == 0 {
				c.first = r
			}
			c.last = r
			switch r {
			case '.':
				c.dots++
			case '\u2026':
				c.dots += 3
			}
			j += n
			continue
		}
		// ". . ." : a space between periods continues the run when the
		// next period stands alone (not ". .5").
		if r == ' ' && c.last == '.' && j+1 < pe && text[j+1] == '.' {
			after, _ := runeAt(text, j+2, pe)
			if after == -1 || after == ' ' || after == '.' || isCloser(after) {
				c.spaced = true
				j++
				continue
			}
		}
		break
	}
	c.runEnd = j
	for j < pe {
		r, n := runeAt(text, j, pe)
		if !isCloser(r) {
			break
		}
		if r != ')' && r != ']' && r != '}' {
			c.quoteShut = true
		}
		j += n
	}
	c.end = j
	return c
}

// wordClass is what the engine needs to know of the word after a candidate.
type wordClass uint8

const (
	nextNone  wordClass = iota // end of the paragraph
	nextLower                  // a lower-case word: the sentence goes on
	nextUpper                  // a capitalised word (or iPhone-style)
	nextDigit                  // a number
	nextOther                  // a symbol ($, #, a dash)
)

type nextWord struct {
	class  wordClass
	start  int    // where the word (after openers) starts
	word   string // letters, digits, apostrophes and hyphens
	opener bool   // an opening quotation mark or bracket came first
	quote  bool   // an opening quotation mark came first
	dotted bool   // the word is followed by a period ("W.", "No.")
}

// readNext classifies the first word at or after i.
func readNext(text string, i, pe int) nextWord {
	for i < pe {
		r, n := runeAt(text, i, pe)
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	w := nextWord{}
	for i < pe {
		r, n := runeAt(text, i, pe)
		if !isOpener(r) {
			break
		}
		w.opener = true
		w.quote = w.quote || (r != '(' && r != '[' && r != '{')
		i += n
	}
	w.start = i
	r, _ := runeAt(text, i, pe)
	switch {
	case r == -1:
		w.class = nextNone
		return w
	case isDigit(r):
		w.class = nextDigit
	case isUpper(r):
		w.class = nextUpper
	case isLower(r):
		w.class = nextLower
	default:
		w.class = nextOther
	}
	j := i
	for j < pe {
		r, n := runeAt(text, j, pe)
		if !(isLetter(r) || isDigit(r) || r == '\'' || r == '\u2019' || r == '-') {
			break
		}
		if w.class == nextLower && j > i && isUpper(r) {
			w.class = nextUpper // iPhone, eBay: a capital inside counts
		}
		j += n
	}
	w.word = text[i:j]
	w.dotted = j < pe && text[j] == '.'
	return w
}

// maxWord bounds how far the engine looks back or ahead within one token,
// so that a pathological token (a megabyte of "A.A.A.") costs linear time.
const maxWord = 64

// prevWord returns the token that ends at i (the terminator): from the last
// whitespace, without leading openers.
func prevWord(text string, s, i int) (string, int) {
	j := i
	if s < i-maxWord {
		s = i - maxWord // a longer token is no abbreviation; bound the work
	}
	for j > s {
		r, n := runeBefore(text, s, j)
		if isSpaceRune(r) {
			break
		}
		j -= n
	}
	for j < i {
		r, n := runeAt(text, j, i)
		if !isOpener(r) {
			break
		}
		j += n
	}
	return text[j:i], j
}

// decide returns the end of the cluster at i and whether a sentence ends
// there. start is where the current sentence began.
func (e *engine) decide(text string, start, pe, i int) (int, bool) {
	end, split := e.decideAt(text, start, pe, i)
	// Nothing but punctuation so far: a sentence cannot end yet (". . .
	// The practice" opens with an ellipsis).
	if split && !e.hasAlnum(text, start, i) {
		return end, false
	}
	return end, split
}

func (e *engine) decideAt(text string, start, pe, i int) (int, bool) {
	c := scanCluster(text, i, pe)
	// "[...]" and "[…]" mark an omission inside a quotation.
	if c.dots >= 3 && c.end < pe && text[c.runEnd] == ']' && i > start && text[i-1] == '[' {
		return c.end, false
	}
	if c.end >= pe {
		return c.end, true
	}
	r, _ := runeAt(text, c.end, pe)
	if !isSpaceRune(r) {
		// No space after the run: "world.Today" ends a sentence; "U.S.",
		// "3.14", "Jane.Doe@example.com", "U.S.-Russia" do not.
		if c.end == c.runEnd && isUpper(r) {
			return c.end, e.gluedBoundary(text, start, pe, i, c.end)
		}
		return c.end, false
	}
	next := readNext(text, c.end, pe)
	switch next.class {
	case nextNone:
		return c.end, true
	case nextLower:
		// "U.S. for 20 years", `"...meet?" he asked`, "Co. at noon".
		return c.end, false
	case nextOther:
		// A dash or a comma cannot open a sentence: "Trevor Smith, Jr. -
		// is accused".
		if r, _ := runeAt(text, next.start, pe); continuesSentence(r) {
			return c.end, false
		}
	}
	word, wstart := prevWord(text, start, i)

	// ! and ?, alone or at the end of a run.
	if c.last != '.' && c.last != '\u2026' && c.dots == 0 {
		if c.first == '!' && exclaimNames[word] {
			return c.end, false
		}
		if c.quoteShut && speakerFollows(text, next.start, pe) {
			return c.end, false
		}
		return c.end, true
	}

	// Ellipses.
	if c.dots >= 3 {
		// "compounds. . . . The": the attached period ends the sentence
		// and the spaced ellipsis opens the next one.
		if c.spaced && c.dots >= 4 && i+1 < pe && text[i+1] == ' ' && word != "" {
			return i + 1, true
		}
		// A three-dot ellipsis marks an omission: only a capital that is
		// not "I" (always capitalised) says a new sentence starts.
		if c.dots == 3 && next.class == nextUpper && next.word == "I" {
			return c.end, false
		}
		// A quotation trailing off, then its speaker: `"We'll see..."
		// Trump said.`
		if c.quoteShut && speakerFollows(text, next.start, pe) {
			return c.end, false
		}
		return c.end, true
	}

	// A single period, perhaps inside closing marks.
	return c.end, e.afterPeriod(text, start, wstart, pe, word, next, c.quoteShut)
}

// afterPeriod decides a period followed by whitespace and a word that is
// not lower case.
func (e *engine) afterPeriod(text string, start, wstart, pe int, word string, next nextWord, quoteShut bool) bool {
	switch e.policyOf(word) {
	case prefix:
		return false
	case prefixOrPlace:
		return afterNameOrNumber(text, start, wstart) && starters[next.word]
	case closing:
		// "Acme Inc. Chief Executive Jane Roe": a role after a company
		// name continues the sentence, and so do a stock ticker in
		// brackets ("Acme Inc. (NYSE: ACM)") and a quadrant after a
		// street ("Pennsylvania Ave. NW").
		if next.opener && !next.quote {
			return false
		}
		return !companyRoles[next.word] && !compassPoints[next.word]
	case beforeNumber:
		return next.class != nextDigit && !strings.HasPrefix(text[next.start:], "#")
	case month:
		if next.class == nextDigit {
			return false
		}
		return next.quote || starters[next.word] || personalTitles[next.word]
	case ambiguous:
		if next.class == nextDigit {
			return false
		}
		if quoteShut {
			return true // `"... history of the U.N." Mr. Coleman`: the quotation ended
		}
		if next.dotted && len(next.word) == 1 {
			return false // another initial: "A. A. Milne"
		}
		if next.quote && len(word) > 1 {
			// `the U.S. "We ...`: a quotation does not continue a name
			// (but a nickname may follow an initial: `John J. "Jack" Doe`).
			return true
		}
		if joiners[next.word] && nameFollows(text, next, pe) {
			return false // "the U.S. And Japan"
		}
		return starters[next.word] || personalTitles[next.word]
	case clock:
		if afterClock[next.word] || introTime(text, start, wstart) {
			return false
		}
		return true
	}
	return true // an ordinary word, or a closing abbreviation
}

// nameFollows: the word after next is capitalised ("And Japan"), as the
// second of two names joined by next is.
func nameFollows(text string, next nextWord, pe int) bool {
	after := readNext(text, next.start+len(next.word), pe)
	return after.class == nextUpper && !after.opener && !starters[after.word]
}

// afterNameOrNumber reports whether the word before wstart (in the current
// sentence) is capitalised or a number: "Main St.", "5th St.".
func afterNameOrNumber(text string, start, wstart int) bool {
	j := wstart
	for j > start {
		r, n := runeBefore(text, start, j)
		if !isSpaceRune(r) {
			break
		}
		j -= n
	}
	prev, _ := prevWord(text, start, j)
	r, _ := runeAt(prev, 0, len(prev))
	return isUpper(r) || isDigit(r)
}

// policyOf classifies the word before a period.
func (e *engine) policyOf(word string) policy {
	if word == "" {
		return notAbbrev
	}
	// One capital letter is an initial ("George W. Bush", "James P.
	// Kennedy"), even where its lower case is an abbreviation ("p. 55").
	r, n := runeAt(word, 0, len(word))
	if n == len(word) && isUpper(r) {
		return ambiguous
	}
	if p := lookup(word, &e.buf); p != notAbbrev {
		return p
	}
	// A hyphenated title keeps the kind of its last part: "Lt.-Gen.",
	// "ex-Gov.".
	if k := strings.LastIndexByte(word, '-'); k >= 0 && k+1 < len(word) {
		if p := lookup(word[k+1:], &e.buf); p != notAbbrev {
			return p
		}
	}
	// A web or mail address ends like an ordinary word.
	if strings.Contains(word, "@") || strings.Contains(word, "://") {
		return notAbbrev
	}
	// Letters separated by periods are an initialism ("N.Y.", "J.R.R.").
	if dottedLetters(word) {
		return ambiguous
	}
	return notAbbrev
}

// dottedLetters reports whether word is like "J.R.R" or "u.s": short runs of
// letters separated by single periods.
func dottedLetters(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	run := 0
	for _, r := range word {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			run = 0
		case isLetter(r):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return run > 0
}

// gluedBoundary decides a terminator with a letter right after it. It is a
// boundary when an ordinary word or a number precedes and a capitalised
// word follows ("world.Today", "1,000.That"), not in names, addresses and
// abbreviations.
func (e *engine) gluedBoundary(text string, start, pe, i, j int) bool {
	// The right side must be a capitalised word ("U.S.A." is not).
	r1, n1 := runeAt(text, j, pe)
	r2, _ := runeAt(text, j+n1, pe)
	if !isUpper(r1) || !isLower(r2) {
		return false
	}
	left, _ := prevWord(text, start, i)
	if left == "" || !(isNumberLike(left) || isPlainWord(left)) {
		return false
	}
	if isPlainWord(left) && e.policyOf(left) != notAbbrev {
		return false
	}
	// Nor part of an address.
	k := j
	for k < pe && k-j < maxWord {
		r, n := runeAt(text, k, pe)
		if isSpaceRune(r) {
			break
		}
		switch r {
		case '@', '/':
			return false
		case '.':
			if a, _ := runeAt(text, k+1, pe); isLetter(a) || isDigit(a) {
				return false
			}
		}
		k += n
	}
	return true
}

// isPlainWord: two or more letters, at least one lower case, nothing else
// but apostrophes and hyphens.
func isPlainWord(s string) bool {
	letters, lower := 0, false
	for _, r := range s {
		switch {
		case isLetter(r):
			letters++
			lower = lower || isLower(r)
		case r == '\'' || r == '\u2019' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2 && lower
}

// isNumberLike: digits with separators and currency or percent signs.
func isNumberLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case r == ',' || r == '.' || r == '$' || r == '%' || r == '\u20ac' || r == '\u00a3':
		default:
			return false
		}
	}
	return digits > 0
}

// speakerFollows reports whether a speaker and a speech verb follow a
// closing quotation: `"...meet?" Peskov asked.` is one sentence, and so is
// `"Why not?" Trump's spokesman said.` The speaker must open with a
// capitalised word that does not usually start a sentence ("The", "He"
// start a new one in news style, which writes `"Why?" he asked.`), and the
// verb must come within a few words, with no punctuation between.
func speakerFollows(text string, i, pe int) bool {
	for words := 0; words < 6 && i < pe; words++ {
		j := i
		for j < pe && !isSpaceRune(rune(text[j])) {
			j++
		}
		tok := strings.TrimRight(text[i:j], ".,;:")
		if speechVerbs[tok] {
			return true
		}
		if words == 0 {
			r, _ := runeAt(tok, 0, len(tok))
			if !isUpper(r) || starters[tok] {
				return false
			}
		}
		if tok == "" || strings.ContainsAny(text[i:j], ",;:!?\"\u201c\u201d") {
			return false
		}
		for j < pe && isSpaceRune(rune(text[j])) {
			j++
		}
		i = j
	}
	return false
}

// introTime reports whether the sentence so far is a short opening time
// phrase ("At 5", "By 7:30") that runs on into its clause without a comma:
// "At 5 a.m. Mr. Smith went to the bank."
func introTime(text string, start, wstart int) bool {
	if wstart-start > 40 {
		return false // longer than "Until about 10:30"
	}
	f := strings.Fields(text[start:wstart])
	if len(f) == 0 || len(f) > 3 || !introPrepositions[f[0]] {
		return false
	}
	return isNumberLike(strings.ReplaceAll(f[len(f)-1], ":", ""))
}

// continuesSentence: punctuation that never opens a sentence.
func continuesSentence(r rune) bool {
	switch r {
	case '-', '\u2013', '\u2014', ',', ';', ':', '%', ')', ']', '}', '&', '/':
		return true
	}
	return false
}

// hasAlnum reports whether [start,i) holds a letter or a digit. It
// remembers how far it scanned for the current sentence start, so that a
// long run of punctuation is read once, not once per terminator.
func (e *engine) hasAlnum(text string, start, i int) bool {
	if e.alnumStart != start || e.alnumPos < start {
		e.alnumStart, e.alnumPos, e.alnumSeen = start, start, false
	}
	if e.alnumSeen {
		return true
	}
	if i > e.alnumPos {
		e.alnumSeen = hasAlnum(text[e.alnumPos:i])
		e.alnumPos = i
	}
	return e.alnumSeen
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if isLetter(r) || isDigit(r) {
			return true
		}
	}
	return false
}
