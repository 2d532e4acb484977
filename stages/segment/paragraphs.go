package segment

import (
	"strings"

	"github.com/wirestream/wirestream/schemas"
)

// splitParagraphs returns trimmed paragraph spans in byte offsets.
func splitParagraphs(text string) []schemas.Span {
	blank := hasBlankLine(text)
	var out []schemas.Span
	start := 0 // start of the current block
	for i := 0; i <= len(text); {
		// Find the end of the current line.
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		if j >= 0 {
			lineEnd = i + j
		}
		isBlank := isBlankLine(text[i:lineEnd])
		switch {
		case !blank:
			// Line mode: each line is a paragraph.
			out = appendTrimmed(text, out, i, lineEnd)
		case isBlank:
			out = appendTrimmed(text, out, start, i)
			start = lineEnd
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	if blank {
		out = appendTrimmed(text, out, start, len(text))
	}
	return out
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
