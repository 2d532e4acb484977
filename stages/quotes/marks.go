package quotes

import "unicode"

// qspan is the text between a pair of double marks, in one paragraph.
type qspan struct {
	open, close int32 // mark token indexes; close is -1 when the span runs to the paragraph end
	s, e        int32 // rune offsets of the words, marks and outer spaces excluded
	first, last int32 // first and last token inside
	para        int32
	contPrev    bool // continues a quote left open at the end of the previous paragraph
	contNext    bool // left open at the paragraph end, reopened in the next one
}

// markDir decides whether a double mark opens or closes, from the glyph and,
// for straight marks, from the spaces around it.
func markDir(r []rune, t token, paraS, paraE int32) uint8 {
	if t.dir == dirClose && t.s > paraS && t.e < paraE && unicode.IsSpace(r[t.s-1]) && unicode.IsLetter(r[t.e]) {
		return dirOpen // a closing glyph typed where the quote opens: were ”dwindling.”
	}
	if t.dir != dirAny {
		return t.dir
	}
	// Right after a digit a straight mark is inches or seconds (`a 65" TV`,
	// `70"+ TVs`), or closes a quote ending in a number: it never opens.
	if t.s > paraS && unicode.IsDigit(r[t.s-1]) {
		return dirClose
	}
	before := t.s > paraS && !unicode.IsSpace(r[t.s-1]) && !openerPunct(r[t.s-1])
	after := t.e < paraE && !unicode.IsSpace(r[t.e]) && !closerPunct(r[t.e])
	switch {
	case after && !before:
		return dirOpen
	case before && !after:
		return dirClose
	}
	return dirAny
}

func openerPunct(c rune) bool {
	return c == '(' || c == '[' || c == '—' || c == '–' || c == '{'
}

func closerPunct(c rune) bool {
	switch c {
	case '.', ',', ';', ':', '?', '!', ')', ']', '—', '–', '…':
		return true
	}
	return false
}

// pairMarks finds the quoted spans of every paragraph. A quote still open
// at a paragraph end continues when the next paragraph opens with a mark,
// the convention for a quote that runs over several paragraphs.
//
// marks are the indexes of the mark tokens, in order (assignSpans gathers
// them): the walk visits the marks, not every token of the text.
func pairMarks(r []rune, toks []token, marks []int32, paras []spanR, out []qspan) []qspan {
	m := 0
	for p := range paras {
		ps, pe := paras[p].s, paras[p].e
		for m < len(marks) && toks[marks[m]].s < ps {
			m++
		}
		open := int32(-1)
		cont := false
		start := len(out)
		for ; m < len(marks) && toks[marks[m]].s < pe; m++ {
			j := marks[m]
			d := markDir(r, toks[j], ps, pe)
			if open < 0 {
				if d == dirClose && !firstInPara(toks, j, ps) {
					continue // a stray closing mark
				}
				open = j
				continue
			}
			if d == dirOpen && toks[j].dir == dirOpen && toks[open].dir == dirOpen {
				// Two curly openers in a row: the first was never closed.
				out = addSpan(r, toks, out, open, j, int32(p))
				open = j
				continue
			}
			out = addSpan(r, toks, out, open, j, int32(p))
			open = -1
		}
		if open >= 0 {
			// The first token past the paragraph: a walk from the open mark.
			j := int(open) + 1
			for j < len(toks) && toks[j].s < pe {
				j++
			}
			cont = p+1 < len(paras) && startsWithMark(toks, j, paras[p+1].e)
			out = addSpan(r, toks, out, open, -1, int32(p))
			if len(out) > start && out[len(out)-1].open == open {
				out[len(out)-1].contNext = cont
			}
		}
		if p > 0 && len(out) > start && firstInPara(toks, out[start].open, ps) {
			// The previous paragraph's last span was left open for this one.
			if prev := start - 1; prev >= 0 && out[prev].contNext && out[prev].para == int32(p-1) {
				out[start].contPrev = true
			}
		}
	}
	return out
}

// firstInPara: token k, which starts at or after ps, is the first token
// of the paragraph starting at ps.
func firstInPara(toks []token, k int32, ps int32) bool {
	return k == 0 || toks[k-1].s < ps
}

func startsWithMark(toks []token, j int, pe int32) bool {
	return j < len(toks) && toks[j].s < pe && toks[j].kind == kMark
}

// addSpan records the words between mark open and mark close (or the
// paragraph end), unless there are none.
func addSpan(r []rune, toks []token, out []qspan, open, close, para int32) []qspan {
	first := open + 1
	last := close - 1
	if close < 0 {
		last = first
		for last+1 < int32(len(toks)) && toks[last+1].para == para {
			last++
		}
		if last >= int32(len(toks)) || toks[last].para != para {
			return out
		}
	}
	if first > last {
		return out
	}
	s, e := toks[first].s, toks[last].e
	for s < e && unicode.IsSpace(r[s]) {
		s++
	}
	for e > s && unicode.IsSpace(r[e-1]) {
		e--
	}
	if e <= s {
		return out
	}
	out = append(out, qspan{open: open, close: close, s: s, e: e, first: first, last: last, para: para})
	q := int32(len(out) - 1)
	for k := first; k <= last; k++ {
		toks[k].quote = q
	}
	return out
}
