package quotes

// quotedAsSaying: "the company quoted chairman John Folkerth as saying",
// "Tehran Radio quoted Mousavi as saying …": at the "saying" of "quoted X
// as saying", X speaks; the attribution opens with the subject of "quoted"
// (or "quoted" itself when it has none), which is returned as lead.
func (d *doc) quotedAsSaying(c int32) (spk, int32) {
	sent := d.toks[c].sent
	if !d.lowerIs(c, "saying") || !d.wordOK(c-2, sent) || !d.lowerIs(c-1, "as") {
		return noSpk(), -1
	}
	for q := c - 3; q >= 0 && q >= c-10 && d.wordOK(q, sent); q-- {
		if d.toks[q].kind != kWord {
			return noSpk(), -1
		}
		if !(d.lowerIs(q, "quoted") || d.lowerIs(q, "quotes") || d.lowerIs(q, "quoting")) {
			continue
		}
		s := d.npEndingAt(c-2, sent)
		if !s.ok() || d.spkStart(&s) != q+1 && !(d.toks[q+1].flags&wTitle != 0 && d.spkStart(&s) <= q+3) {
			return noSpk(), -1
		}
		// "quoted chairman John Folkerth": the role before the name.
		s.first = min(s.first, q+1)
		lead := q
		if y, _ := d.leftSpeaker(q); y.ok() {
			lead = d.spkStart(&y)
		}
		return s, lead
	}
	return noSpk(), -1
}
