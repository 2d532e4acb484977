package quotes

// openingRole: the subject that opens the clause is a role noun with a
// chain of phrases after it, however long ("The commander of the U.N.
// peacekeeping force for Eritrea and Ethiopia said", "The head of the
// relief agency in the north said"): the role speaks, with the phrases
// that say whose role it is; a place or body named at the chain's end only
// qualifies it. The chain holds prepositions, articles, names and
// lower-case modifiers ("and" inside it joins names), no verb, comma or
// relative. Only before "say" or "tell", or a verb of saying and "that"
// ("… front group in Iraq has claimed responsibility" claims a deed). j is
// the last token before the verb c.
func (d *doc) openingRole(j, c, sent int32) spk {
	if d.toks[c].flags&wCueStrong == 0 && !(c+1 < int32(len(d.toks)) && d.lowerIs(c+1, "that")) {
		return noSpk()
	}
	f := d.sentFirst(j)
	f = d.introPhrase(d.clauseStart(f, j+1), j+1)
	k := f
	if k < j && d.toks[k].kind == kWord && d.toks[k].flags&wDet != 0 {
		k++
	}
	// The head: a lower-case speaker noun after at most three modifiers,
	// right before a preposition.
	h := int32(-1)
	for n := 0; k < j && n < 4; k, n = k+1, n+1 {
		t := &d.toks[k]
		if t.kind != kWord && !t.poss || t.flags&(wCue|wRelative|wFunc) != 0 && t.flags&wPrep == 0 {
			return noSpk()
		}
		// A speaker noun, or any noun a name qualifies ("The Darfur
		// Liberation Army faction of …"): the name's group.
		noun := t.flags&wSpeakerNoun != 0 || k > 0 && d.mentAt[k-1] >= 0 && t.flags&(wFunc|wCue|wPrep|wAdv|wDet) == 0 && !d.in(k, lFinite)
		if t.kind == kWord && !t.cap && noun && d.toks[k+1].kind == kWord && d.toks[k+1].flags&wPrep != 0 {
			h = k
			break
		}
	}
	if h < 0 || j-h > 20 {
		return noSpk()
	}
	for k := h + 1; k <= j; k++ {
		t := &d.toks[k]
		if t.kind != kWord && !t.poss && !d.isPunct(k, '.') && !d.isPunct(k, '-') {
			return noSpk()
		}
		if t.kind != kWord {
			continue
		}
		if t.flags&(wCue|wRelative) != 0 || !t.cap && (d.in(k, lFinite) || d.in(k, lIrregularPast) || pastAfterNoun(d, k)) {
			return noSpk()
		}
		// "and" joins two names, not two clauses.
		if d.lowerIs(k, "and") && !(k+1 <= j && d.toks[k+1].cap && d.toks[k-1].cap) {
			return noSpk()
		}
	}
	first := f
	return spk{first: first, last: j, ment: -1, ent: -1}
}
