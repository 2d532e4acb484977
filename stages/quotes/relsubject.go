package quotes

// relativeSubject: "The international agency that suspended grants to
// Uganda last week says …", "The man who shot the president says …": a
// subject with a relative clause of its own before the verb, no commas;
// the head speaks, not the last name of the clause. j is the token before
// the verb.
func (d *doc) relativeSubject(j, sent int32) spk {
	for k := j - 1; k > 0 && k > j-25 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind != kWord || t.flags&wCue != 0 {
			return noSpk() // a comma, a mark or a verb of saying: not one subject
		}
		// The length first: this scan runs for every verb of saying.
		if n := t.e - t.s; !(n == 4 && d.lowerIs(k, "that") || n == 3 && d.lowerIs(k, "who") || n == 5 && d.lowerIs(k, "which")) {
			continue
		}
		// The relative's own verb follows it: "that suspended", "who
		// once flew"; not "that the …" (a clause of a noun).
		v := k + 1
		for v < j && d.toks[v].kind == kWord && d.toks[v].flags&wAdv != 0 {
			v++
		}
		if v > j || d.toks[v].kind != kWord || d.toks[v].cap || d.toks[v].flags&(wFunc|wPrep|wDet) != 0 && !d.in(v, lFinite) {
			return noSpk()
		}
		s := d.npEndingAt(k-1, sent)
		if !s.ok() && d.wordOK(k-1, sent) && d.plainHead(k-1) {
			s = spk{first: d.modifiersBefore(k-1, sent, 4), last: k - 1, ment: -1, ent: -1}
		}
		if !s.ok() || s.pron != pNone {
			return noSpk()
		}
		f := d.spkStart(&s)
		if d.wordOK(f-1, sent) && d.toks[f-1].flags&wDet != 0 {
			f--
		}
		if !d.clauseHead(f) {
			return noSpk()
		}
		return s
	}
	return noSpk()
}

// relativeAntecedent: "a message from Ayman al-Zawahiri in which he says",
// "a letter by Ana Ruiz, in which she writes": the pronoun of a relative
// clause opened by a preposition and "which" is the person named right
// before it; -1 when no such name is there.
func (d *doc) relativeAntecedent(sp *spk) int32 {
	w := sp.first - 1
	if w < 2 || !d.lowerIs(w, "which") || d.toks[w-1].kind != kWord || d.toks[w-1].flags&wPrep == 0 {
		return -1
	}
	n := w - 2
	if d.isPunct(n, ',') {
		n--
	}
	m := d.mentAt[n]
	if n < 0 || m < 0 || d.ments[m].last != n || d.ments[m].entity < 0 || d.ents[d.ments[m].entity].typ == tPlace ||
		d.ents[d.ments[m].entity].typ == tOrg || d.toks[n].sent != d.toks[sp.first].sent ||
		!genderOK(d.ents[d.ments[m].entity].gender, sp.pron) {
		return -1
	}
	return d.ments[m].entity
}
