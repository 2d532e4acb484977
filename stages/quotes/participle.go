package quotes

// Participles of saying that report for the subject of their sentence.

// openingParticiple: "Saying he was not at fault, Scherer said …", "Noting
// that unit one is finished, he said …": a sentence that opens with a verb
// of saying in -ing reports for the subject after the phrase's comma; the
// clause runs from the verb to that comma, returned as end.
func (d *doc) openingParticiple(c int32) (spk, int32) {
	sent := d.toks[c].sent
	// "Responding to the report, …": a phrase, not a clause, follows.
	if !d.ingForm(c) || c != d.clauseStart(d.sentFirst(c), c+1) || !d.wordOK(c+1, sent) ||
		d.toks[c+1].flags&wPrep != 0 {
		return noSpk(), -1
	}
	for k := c + 2; k < c+40 && d.wordOK(k+1, sent); k++ {
		if d.toks[k].kind == kMark {
			return noSpk(), -1
		}
		if !d.isPunct(k, ',') {
			continue
		}
		// The subject after the comma, then its verb.
		for e := k + 1; e < k+8 && d.wordOK(e+1, sent); e++ {
			if d.toks[e+1].kind != kWord {
				break
			}
			if s := d.npEndingAt(e, sent); s.ok() && d.spkStart(&s) == k+1 && d.toks[e+1].flags&wCue != 0 {
				return s, k - 1
			}
		}
	}
	return noSpk(), -1
}

// subordinateSaying: "… after saying the level would be held", "declined
// to say how beyond saying that …": an -ing verb of saying after a
// preposition of time or manner reports for the sentence's subject.
func (d *doc) subordinateSaying(c int32) spk {
	if !d.ingForm(c) || c == 0 {
		return noSpk()
	}
	for _, w := range [...]string{"after", "before", "while", "when", "beyond", "besides"} {
		if d.lowerIs(c-1, w) {
			return d.subjectOf(c)
		}
	}
	return noSpk()
}
