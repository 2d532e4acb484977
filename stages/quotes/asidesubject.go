package quotes

// asideSubject: "The statement, which mentioned Denmark, Italy and
// Britain, said …", "The message, posted on an Islamist web site, says …":
// a subject set off from its verb by a relative clause or a participle of
// issuing between commas speaks; the names inside the aside do not. comma
// is the comma that closes the aside, right before the verb.
func (d *doc) asideSubject(comma, sent int32) spk {
	for k := comma - 1; k > 0 && k > comma-30 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind == kWord && t.flags&wCue != 0 {
			return noSpk() // a verb of saying inside: not one aside
		}
		if !d.isPunct(k, ',') || k+1 >= comma {
			continue
		}
		o := k + 1
		if !(d.lowerIs(o, "which") || d.lowerIs(o, "who") || d.lowerIs(o, "whose") || d.in(o, lIssueVerb)) {
			continue
		}
		s := d.npEndingAt(k-1, sent)
		if !s.ok() || s.pron != pNone {
			return noSpk()
		}
		f := d.spkStart(&s)
		if d.wordOK(f-1, sent) && d.lowerIs(f-1, "the") {
			f--
		}
		if !d.clauseHead(f) {
			return noSpk()
		}
		return s
	}
	return noSpk()
}
