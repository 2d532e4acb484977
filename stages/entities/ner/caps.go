package ner

// minCapsWords is how many upper-case words of two letters or more make
// a run of words without lower-case letters an all-caps run: headlines
// ("SOCCER - JAPAN GET LUCKY WIN"), not acronyms in running text ("IBM,
// AT&T and GE").
const minCapsWords = 3

// markCaps sets caps on the words of all-caps runs: maximal runs of
// tokens without a lower-case letter holding at least minCapsWords
// upper-case words.
func markCaps(info []wordInfo) {
	start, upper := 0, 0
	for i := 0; i <= len(info); i++ {
		if i < len(info) && !info[i].hasLower {
			if k := info[i].kind; k == kindUpper || k == kindAcronym {
				upper++
			}
			continue
		}
		if upper >= minCapsWords {
			for j := start; j < i; j++ {
				if w := &info[j]; w.hasUpper {
					w.caps = true
					trueCase(w)
				}
			}
		}
		start, upper = i+1, 0
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
