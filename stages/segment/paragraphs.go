package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// How line breaks are read, decided once per text:
//
//   - blocks: the text has a blank line somewhere, so paragraphs are the
//     blocks between blank lines (the clean stage writes one paragraph per
//     line with a blank line between).
//   - wrapped: no blank line, but most lines are long and stop without
//     punctuation: hard-wrapped text (old wire copy, e-mail). A line that
//     starts with indentation opens a paragraph; other breaks are spaces.
//   - lines: no blank line and not wrapped: every line is a paragraph
//     (headline lists, one paragraph per line).
//
// Inside a block, a short line without final punctuation followed by a
// capitalised line is a sentence of its own (a heading or a byline kept in
// the same block): see lineBreakMarks.
type lineMode uint8

const (
	modeBlocks lineMode = iota
	modeWrapped
	modeLines
)

// wrapMinRunes is the length from which a line that stops without
// punctuation is taken as wrapped rather than as a heading.
const wrapMinRunes = 40

// splitParagraphs returns trimmed paragraph spans in byte offsets.
func splitParagraphs(text string) []schemas.Span {
	mode := modeBlocks
	if !hasBlankLine(text) {
		mode = modeLines
		if looksWrapped(text) {
			mode = modeWrapped
		}
	}
	var out []schemas.Span
	start := 0 // start of the current block
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		if j >= 0 {
			lineEnd = i + j
		}
		switch mode {
		case modeLines:
			out = appendTrimmed(text, out, i, lineEnd)
		case modeBlocks:
			if isBlankLine(text[i:lineEnd]) {
				out = appendTrimmed(text, out, start, i)
				start = lineEnd
			}
		case modeWrapped:
			if i > 0 && lineEnd > i && (text[i] == ' ' || text[i] == '\t') {
				out = appendTrimmed(text, out, start, i)
				start = i
			}
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	if mode != modeLines {
		out = appendTrimmed(text, out, start, len(text))
	}
	return out
}

// looksWrapped reports whether at least half of the lines but the last
// (and at least two) are long and end without punctuation.
func looksWrapped(text string) bool {
	lines, wrapped := 0, 0
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break // the last line says nothing
		}
		s, e := trimSpan(text, i, i+j)
		if s < e {
			lines++
			if continuesOnNextLine(text, s, e) {
				wrapped++
			}
		}
		i += j + 1
	}
	return lines >= 2 && 2*wrapped >= lines
}

// continuesOnNextLine: the trimmed line [s,e) is long and does not end
// with punctuation that closes a sentence or a heading.
func continuesOnNextLine(text string, s, e int) bool {
	if e-s < wrapMinRunes || utf8.RuneCountInString(text[s:e]) < wrapMinRunes {
		return false
	}
	r, _ := runeBefore(text, s, e)
	return !isTerminator(r) && !isCloser(r) && r != ':'
}

func appendTrimmed(text string, out []schemas.Span, s, e int) []schemas.Span {
	s, e = trimSpan(text, s, e)
	if s < e {
		out = append(out, schemas.Span{Start: s, End: e})
	}
	return out
}

// hasBlankLine reports whether two line breaks are separated only by
// whitespace.
func hasBlankLine(text string) bool {
	prev := -1
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if prev >= 0 && isBlankLine(text[prev+1:i]) {
			return true
		}
		prev = i
	}
	return false
}

func isBlankLine(s string) bool {
	s0, e0 := trimSpan(s, 0, len(s))
	return s0 >= e0
}

// lineBreakMarks appends to marks the start of every line in [ps,pe) that
// follows a short line without final punctuation and opens with a capital,
// a digit, a quotation mark or a bullet: "Potential risks\nThere are big
// risks" is a heading and a sentence even inside one block.
func lineBreakMarks(text string, ps, pe int, marks []int) []int {
	ls := ps // start of the current line
	for {
		k := strings.IndexByte(text[ls:pe], '\n')
		if k < 0 {
			return marks
		}
		nl := ls + k
		s, e := trimSpan(text, ls, nl)
		ls = nl + 1
		if s >= e || utf8.RuneCountInString(text[s:e]) >= wrapMinRunes {
			continue // a long line is wrapped, not a heading
		}
		if r, _ := runeBefore(text, s, e); isTerminator(r) || isCloser(r) || r == ',' || r == ';' || r == ':' || r == '-' {
			continue // the engine decides after punctuation
		}
		ns, _ := trimSpan(text, ls, pe)
		r, _ := runeAt(text, ns, pe)
		if isUpper(r) || isDigit(r) || isOpener(r) || isBullet(r) {
			marks = append(marks, ns)
		}
	}
}
