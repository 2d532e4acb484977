package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shape describes what a line looks like, independent of its position.
type shape struct {
	runes     int  // length in characters
	words     int  // space-separated words (CJK text counts a word per two characters)
	letters   int  // letters among the characters
	lower     int  // lower-case letters
	sentence  bool // ends like a sentence (. ! ? … 。 and closing quotes or brackets)
	colonEnd  bool // ends with a colon: introduces what follows
	startCap  bool // starts with an upper-case letter, a digit or an opening quote
	linky     bool // looks like a URL, an e-mail address, a handle or a menu of links
	credit    bool // looks like a photo credit or caption marker
	dense     bool // a script written without spaces between words
	dated     bool // digits make up much of it: a date, a time, a score
	bracketed bool // starts with a bracket: "(View all)", "[ 167 comments ]"
}

// size is the line's length for weighing it against others: characters,
// counted three times in scripts that need no spaces.
func (s shape) size() int {
	if s.dense {
		return s.runes * 3
	}
	return s.runes
}

func shapeOf(l string) shape {
	var s shape
	inWord := false
	cjk := 0
	first := true
	for i := 0; i < len(l); i++ {
		// ASCII, most of any page, needs no table look-ups.
		c := l[i]
		if c >= 0x80 {
			break
		}
		if first {
			s.startCap = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || isOpenQuote(rune(c))
			first = false
		}
		s.runes++
		if c == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			s.words++
			inWord = true
		}
		if c >= 'a' && c <= 'z' {
			s.letters++
			s.lower++
		} else if c >= 'A' && c <= 'Z' {
			s.letters++
		}
	}
	for _, r := range l[s.runes:] {
		s.runes++
		if first {
			s.startCap = unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(r) || unicode.Is(unicode.Lo, r)
			first = false
		}
		if r == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			s.words++
			inWord = true
		}
		if unicode.IsLetter(r) {
			s.letters++
			if unicode.IsLower(r) {
				s.lower++
			} else if unicode.Is(unicode.Lo, r) {
				// Scripts without case (CJK, Thai, Arabic...) count as
				// running text.
				s.lower++
				cjk++
			}
		}
	}
	if cjk > s.words*4 {
		// Written without spaces (Chinese, Japanese, Thai): a character
		// carries about what a word does elsewhere.
		s.words += cjk / 2
		s.dense = true
	}
	last := lastMeaningful(l)
	switch last {
	case '.', '!', '?', '…', '。', '！', '？', '؟', '।':
		s.sentence = true
	case ':', '：':
		s.colonEnd = true
	}
	s.dated = s.words <= 14 && digitShare(l) > 0.12
	s.bracketed = strings.HasPrefix(l, "(") || strings.HasPrefix(l, "[")
	s.linky = isLinky(l, s)
	// Captions and credits are short; long paragraphs need no search.
	s.credit = s.words <= 45 && isCredit(l, s.words)
	return s
}

// lastMeaningful returns the last character of l that is not a closing
// quote, bracket or space.
func lastMeaningful(l string) rune {
	for len(l) > 0 {
		r, size := utf8.DecodeLastRuneInString(l)
		switch r {
		case '"', '\'', '”', '’', '»', '›', ')', ']', ' ', '*':
			l = l[:len(l)-size]
			continue
		}
		return r
	}
	return 0
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '(', '[', '¿', '¡', '—', '–', '-':
		return true
	}
	return false
}

// isLinky reports lines that are addresses or menus rather than text: a
// bare URL or e-mail, a lone @handle or #tag, or short items joined by
// separators such as "|", "»" or "•".
func isLinky(l string, s shape) bool {
	if s.words <= 2 && (strings.Contains(l, "://") || strings.HasPrefix(l, "www.") ||
		strings.HasPrefix(l, "@") || strings.HasPrefix(l, "#") || (strings.Contains(l, "@") && strings.Contains(l, ".") && s.words == 1)) {
		return true
	}
	if s.sentence {
		return false
	}
	return separators(l) >= 2
}

// separators counts menu separators: "»" anywhere, and "|", "•", "›" or
// "/" standing alone between spaces.
func separators(l string) int {
	n := 0
	prev := rune(0)
	for i, r := range l {
		switch r {
		case '»':
			n++
		case '|', '•', '›', '/':
			if prev == ' ' && i+utf8.RuneLen(r) < len(l) && l[i+utf8.RuneLen(r)] == ' ' {
				n++
			}
		}
		prev = r
	}
	return n
}

// isCredit reports photo credits and caption markers: a credit keyword
// followed by a colon or ellipsis, or a parenthesised agency credit with a
// slash, as wire captions end ("(AP Photo/Evan Vucci)").
func isCredit(l string, words int) bool {
	for i := 0; i < len(l); i++ {
		marks := marksByFirst[l[i]]
		if marks == nil {
			continue
		}
		// Inside running text these words are ordinary; they mark a
		// credit at the start of a line, glued to a caption, or on a
		// short line.
		if i > 0 && l[i-1] == ' ' && words > 12 {
			continue
		}
		for _, k := range marks {
			if !strings.HasPrefix(l[i:], k) {
				continue
			}
			rest := l[i+len(k):]
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…") ||
				strings.HasPrefix(rest, " by ") || strings.HasPrefix(rest, " via ") || strings.HasPrefix(rest, "/") {
				return true
			}
		}
	}
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndexByte(l, '('); i >= 0 && strings.Contains(l[i:], "/") && !strings.Contains(l[i:], "://") &&
			strings.Count(l[i:], " ") <= 6 && containsCapWord(l[i+1:]) {
			return true
		}
	}
	// Caption lines that news photo desks mark as archive pictures.
	if strings.HasPrefix(l, "FILE - ") || strings.HasPrefix(l, "FILE – ") || strings.HasPrefix(l, "FILE — ") ||
		strings.HasPrefix(l, "FILE PHOTO") {
		return true
	}
	// Wire captions open "In this March 3, 2019, file photo, ...".
	if strings.HasPrefix(l, "In this ") {
		head := l[:min(len(l), 70)]
		return strings.Contains(head, " photo") || strings.Contains(head, " image")
	}
	return false
}

// creditMarks are the words photo desks put before a credit.
var creditMarks = []string{"Photo", "PHOTO", "Credit", "CREDIT", "Image", "IMAGE", "Picture", "Photograph", "Getty Images", "AP Photo", "Reuters", "REUTERS", "AFP"}

// marksByFirst indexes creditMarks by their first byte, so the scan for
// them costs one look-up per byte.
var marksByFirst = func() (m [256][]string) {
	for _, k := range creditMarks {
		m[k[0]] = append(m[k[0]], k)
	}
	return m
}()

func containsCapWord(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// prose reports a line that reads as running text: a sentence of some
// length, or a long stretch of mostly lower-case words.
func (s shape) prose() bool {
	if s.linky || s.letters*2 < s.runes || s.lower*3 < s.letters {
		return false
	}
	if s.sentence {
		return s.words >= 6 && s.startCap || s.words >= 10
	}
	return s.words >= 20
}

// headingLike reports a short line that could title a section: a few
// words, no sentence ending, not a link or credit.
func (s shape) headingLike() bool {
	return s.words >= 2 && s.words <= 14 && s.runes <= 110 && !s.sentence && !s.linky && !s.credit &&
		s.letters*2 >= s.runes && s.startCap && !s.dated && !s.bracketed
}
