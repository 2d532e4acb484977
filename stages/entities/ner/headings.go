package ner

import (
	"strings"
)

// makerHeadings reads a heading line of a round-up ("NISSAN SENTRA",
// "TOYOTA RAV4 PRIME"): a line of its own, in capitals, of at most six
// words, none of them a common word, that starts with a company the
// gazetteer knows as a company. The company is an organisation
// and the rest of the line, its product, MISC. A headline that is a
// sentence ("APPLE TO CUT JOBS") holds common words and is left alone.
func makerHeadings(sc *scratch, lx *lexicon, text string) {
	if lx.names == nil || lx.names.n == 0 {
		return
	}
	changed := false
	// a line at a time, from one byte search for its break: a token
	// never holds a line break, so the next line starts at the first
	// token past it (a look at every token's gap cost twenty times more)
	toks := sc.toks
	for ls := 0; ls < len(toks); {
		le := len(toks)
		if k := strings.IndexByte(text[toks[ls].e:], '\n'); k >= 0 {
			le = tokenAfter(toks, ls+1, toks[ls].e+k)
		}
		if le-ls >= 2 && le-ls <= 6 {
			if j := makerEnd(sc, lx, ls, le); j > 0 {
				out := sc.ments[:0:0]
				for _, m := range sc.ments {
					if m.b <= ls || m.a >= le {
						out = append(out, m)
					}
				}
				sc.ments = append(out, span{ls, j, 1}, span{j, le, 3}) // ORG, MISC
				changed = true
			}
		}
		ls = le
	}
	if changed {
		sc.sortMents()
	}
}

// makerEnd returns the end of the company that opens the heading line
// [ls, le), or 0 when the line is no maker's heading.
func makerEnd(sc *scratch, lx *lexicon, ls, le int) int {
	for i := ls; i < le; i++ {
		w := &sc.info[i]
		// a one-letter word ("MACH E") may be a common word's shape
		if w.hasLower || w.cls&(clsCommonLower|clsConnector) != 0 && sc.toks[i].n-sc.toks[i].s > 1 {
			return 0
		}
	}
	for j := ls + 1; j <= ls+2 && j < le; j++ {
		if !sc.info[j].hasUpper || !sc.info[j-1].hasUpper {
			return 0
		}
		if gazName(sc, lx, span{ls, j, 0})&GazORG != 0 {
			return j
		}
	}
	return 0
}

// tokenAfter returns the first of toks[i:] that starts after byte q
// (len(toks) when none does), by binary search: tokens are in text order.
func tokenAfter(toks []token, i, q int) int {
	lo, hi := i, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].b > q {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
