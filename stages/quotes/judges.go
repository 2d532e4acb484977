package quotes

// judges: a verb that judges (wEval) speaks for a quote only when the
// quote is its object or its "as" complement, a few words on ("praised the
// "constructive role"", "rejected the report as "absurd""). A preposition
// between starts another phrase ("rejects the protocol on cutting
// "greenhouse" emissions"): the marks set off a term there.
func (d *doc) judges(ev *event, q *qspan) bool {
	if q.open <= ev.cue1 || q.open-ev.cue1 > 14 {
		return false
	}
	for k := ev.cue1 + 1; k < q.open; k++ {
		t := &d.toks[k]
		// "spoke of a "…"", "talked about the "…"": the topic in their
		// words; with no article the marks set off a term talked about
		// ("spoke of "nuclear technology"", not of weapons).
		if k == ev.cue1+1 && (d.lowerIs(k, "of") || d.lowerIs(k, "about")) && d.toks[k+1].flags&wDet != 0 {
			continue
		}
		if t.kind == kMark || t.quote >= 0 || d.lowerIs(k, "and") {
			continue // a quote before it, joined: `a "…" and a "…"`
		}
		if t.kind != kWord && !t.poss || t.flags&wPrep != 0 && !d.lowerIs(k, "as") {
			return false
		}
	}
	return true
}
