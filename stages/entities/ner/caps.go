package ner

// minCapsWords is how many upper-case words of two letters or more make
// a run of words without lower-case letters an all-caps run: headlines
// ("SOCCER - JAPAN GET LUCKY WIN"), not acronyms in running text ("IBM,
// AT&T and GE").
const minCapsWords = 3

// markCaps sets caps on the words of all-caps runs: maximal runs of
// tokens without a lower-case letter holding at least minCapsWords
// upper-case words. Such words have a capital, so only the runs around
// the tokens of upper (those with an upper-case letter, in order) are
// read, not every token.
func markCaps(info []wordInfo, upper []int32) {
	done := 0 // the runs before it are settled
	for _, u := range upper {
		u := int(u)
		if u < done {
			continue
		}
		if w := &info[u]; w.hasLower || w.kind != kindUpper && w.kind != kindAcronym {
			continue
		}
		// the run around u: a token with a lower-case letter, or the
		// text's edge, on either side
		s, e := u, u+1
		for s > 0 && !info[s-1].hasLower {
			s--
		}
		for e < len(info) && !info[e].hasLower {
			e++
		}
		done = e
		n := 0
		for j := s; j < e; j++ {
			if k := info[j].kind; k == kindUpper || k == kindAcronym {
				n++
			}
		}
		if n < minCapsWords {
			continue
		}
		for j := s; j < e; j++ {
			if w := &info[j]; w.hasUpper {
				w.caps = true
				trueCase(w)
			}
		}
	}
}

// trueCase makes a word of an all-caps run look as it would in running
// text, so that the model trained on mixed case reads a headline as a
// sentence: a common lower-case word or a connector becomes lower case,
// any other word capitalised ("JAPAN GET LUCKY WIN" reads "Japan get
// lucky win"). Dotted acronyms stay.
func trueCase(w *wordInfo) {
	switch {
	case w.kind == kindAcronym:
	case w.cls&(clsCommonLower|clsConnector) != 0:
		w.kind, w.hasUpper = kindLower, false
	case w.kind == kindUpper:
		w.kind = kindCap
	}
}
