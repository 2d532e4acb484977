package quotes

// relativeReport: "vehicles that analysts say will boost sales", "a plan
// which officials said could cost $5 billion": the speaker sits inside a
// relative clause and the verb's clause has no subject of its own; it runs
// from the finite verb to the next comma or the sentence end.
func (d *doc) relativeReport(ev *event, last int32) (int32, int32) {
	sp := d.spkStart(&ev.sp)
	rel := func(k int32) bool { return k >= 0 && (d.lowerIs(k, "that") || d.lowerIs(k, "which")) }
	// "that" may have been read as the speaker's determiner.
	if ev.inverted || ev.accord || !rel(sp) && !rel(sp-1) {
		return -1, -1
	}
	k := ev.cue1 + 1
	if k > last || d.toks[k].kind != kWord || !d.in(k, lFinite) {
		return -1, -1
	}
	// Bounded: a clause runs to a comma within 60 words, else the end.
	for b := k + 1; b <= last && b <= k+60; b++ {
		if d.isPunct(b, ',') {
			return k, b - 1
		}
	}
	return k, last
}
