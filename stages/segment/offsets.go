package segment

import (
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// toCodePoints rewrites the byte offsets of paragraphs and sentences (each
// list ordered and non-overlapping) as code-point offsets, in one pass over
// the text: the two lists are merged by offset so the running count only
// moves forward.
func toCodePoints(text string, paras, sents []schemas.Span) {
	b, cp := 0, 0 // a byte offset and its code-point offset
	conv := func(x int) int {
		if x < b { // cannot happen for ordered lists; stay correct anyway
			b, cp = 0, 0
		}
		cp += utf8.RuneCountInString(text[b:x])
		b = x
		return cp
	}
	// Each list is walked as the sequence start0, end0, start1, end1, ...
	pi, si := 0, 0
	for pi < 2*len(paras) || si < 2*len(sents) {
		pv, sv := -1, -1
		if pi < 2*len(paras) {
			pv = offsetAt(paras, pi)
		}
		if si < 2*len(sents) {
			sv = offsetAt(sents, si)
		}
		if sv < 0 || (pv >= 0 && pv <= sv) {
			setOffset(paras, pi, conv(pv))
			pi++
		} else {
			setOffset(sents, si, conv(sv))
			si++
		}
	}
}

func offsetAt(s []schemas.Span, k int) int {
	if k%2 == 0 {
		return s[k/2].Start
	}
	return s[k/2].End
}

func setOffset(s []schemas.Span, k, v int) {
	if k%2 == 0 {
		s[k/2].Start = v
	} else {
		s[k/2].End = v
	}
}
