package quotes

// urgedTo: a proposal verb with an object and "to" ("urged the White House
// to stop "lashing out"", "urged the monks to use the teachings of
// "compassion""): the words in the infinitive's clause are what the one
// who urges asked for, in their words.
func (d *doc) urgedTo(ev *event, q *qspan) bool {
	if !ev.weak || ev.inverted || q.open-ev.cue1 > 24 {
		return false
	}
	for k := ev.cue1 + 1; k < q.open; k++ {
		if d.toks[k].kind == kWord && d.lowerIs(k, "to") && k+1 < q.open {
			n := &d.toks[k+1]
			return n.kind == kWord && !n.cap && n.flags&(wFunc|wDet) == 0
		}
		if t := &d.toks[k]; t.kind != kWord && !t.poss && t.kind != kMark && t.quote < 0 {
			return false // a clause boundary first
		}
	}
	return false
}
