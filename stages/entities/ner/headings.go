package ner

import (
	"slices"
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
	for ls := 0; ls < len(sc.toks); {
		le := ls + 1
		for le < len(sc.toks) && !newlineBefore(sc, text, le) {
			le++
		}
		if newlineBefore(sc, text, ls) && (le == len(sc.toks) || newlineBefore(sc, text, le)) && le-ls >= 2 && le-ls <= 6 {
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
		slices.SortFunc(sc.ments, func(x, y span) int { return x.a - y.a })
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

// newlineBefore reports a line break between token i and the one before
// it (or that i is the first token).
func newlineBefore(sc *scratch, text string, i int) bool {
	if i == 0 {
		return true
	}
	// most gaps are none or one space: no call for them (asked of every token)
	switch g := text[sc.toks[i-1].e:sc.toks[i].b]; len(g) {
	case 0:
		return false
	case 1:
		return g[0] == '\n'
	default:
		return strings.IndexByte(g, '\n') >= 0
	}
}
