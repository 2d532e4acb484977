package segment

import (
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// toCodePoints rewrites byte offsets in spans (ordered by start, ends
// non-decreasing) as code-point offsets, in one pass over the text. ASCII
// text needs no work at all.
func toCodePoints(text string, spans []schemas.Span) {
	if isASCII(text) {
		return
	}
	b, cp := 0, 0 // a byte offset and its code-point offset
	conv := func(x int) int {
		if x < b { // never happens for ordered spans; stay correct anyway
			b, cp = 0, 0
		}
		cp += utf8.RuneCountInString(text[b:x])
		b = x
		return cp
	}
	for i := range spans {
		spans[i].Start = conv(spans[i].Start)
		spans[i].End = conv(spans[i].End)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
