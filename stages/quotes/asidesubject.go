package quotes

// asideSubject: "The statement, which mentioned Denmark, Italy and
// Britain, said …", "The message, posted on an Islamist web site, says …":
// a subject set off from its verb by a relative clause or a participle of
// issuing between commas speaks; the names inside the aside do not. comma
// is the comma that closes the aside, right before the verb. Dashes set an
// aside off as commas do ("The documents - released by the union on
// Tuesday - say …"); a document speaks there as a role does.
func (d *doc) asideSubject(comma, sent int32) spk {
	dash := d.dashAt(comma)
	for k := comma - 1; k > 0 && k > comma-30 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind == kWord && t.flags&wCue != 0 && !d.in(k, lDocumentNoun) {
			return noSpk() // a verb of saying inside: not one aside
		}
		if !(dash && d.dashAt(k) || !dash && d.isPunct(k, ',')) || k+1 >= comma {
			continue
		}
		o := k + 1
		if !(d.lowerIs(o, "which") || d.lowerIs(o, "who") || d.lowerIs(o, "whose") || d.in(o, lIssueVerb)) {
			continue
		}
		s := d.npEndingAt(k-1, sent)
		if !s.ok() && d.toks[k-1].kind == kWord && !d.toks[k-1].cap && d.in(k-1, lDocumentNoun) && !d.spokesWord(k-1) {
			s = spk{first: d.modifiersBefore(k-1, sent, 4), last: k - 1, ment: -1, ent: -1, plural: d.toks[k-1].flags&wPlural != 0}
		}
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
