package quotes

// judges: a verb that judges (wEval) speaks for a quote only when the
// quote is its object or its "as" complement, a few words on ("praised the
// "constructive role"", "rejected the report as "absurd""). A preposition
// between starts another phrase ("rejects the protocol on cutting
// "greenhouse" emissions"): the marks set off a term there.
func (d *doc) judges(ev *event, q *qspan) bool {
	if q.open <= ev.cue1 || q.open-ev.cue1 > 8 {
		return false
	}
	for k := ev.cue1 + 1; k < q.open; k++ {
		t := &d.toks[k]
		if t.kind != kWord && !t.poss || t.flags&wPrep != 0 && !d.lowerIs(k, "as") {
			return false
		}
	}
	return true
}
