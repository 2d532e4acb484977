package segment

import (
	"unicode"
	"unicode/utf8"
)

// Character classes the engine asks about. ASCII is answered from a table;
// other runes go to package unicode.

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// trimSpan shrinks [s,e) so it neither starts nor ends with whitespace.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !isSpaceRune(rune(c)) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isSpaceRune(rune(c)) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

// runeAt and runeBefore decode around a byte index; they return -1 at the
// edges of the range.
func runeAt(text string, i, end int) (rune, int) {
	if i >= end {
		return -1, 0
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

func runeBefore(text string, start, i int) (rune, int) {
	if i <= start {
		return -1, 0
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[start:i])
}

// isCloser: marks that close a quotation or a parenthesis and stay with the
// sentence whose terminator they follow (`secondary."`, `engineer.)`).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '\u201d', '\u2019', '\u00bb', '\u203a':
		return true
	}
	return false
}

// isOpener: marks that may precede the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '\u201c', '\u2018', '\u00ab', '\u2039', '\u00bf', '\u00a1', '\u201e':
		return true
	}
	return false
}

// isBullet: list bullets; an item after one starts a new sentence.
func isBullet(r rune) bool {
	switch r {
	case '\u2022', '\u2043', '\u25aa', '\u25e6', '\u2023', '\u25cf', '\u25a0', '\u25ab':
		return true
	}
	return false
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}
