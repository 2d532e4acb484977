package quotes

// openingHead: a plural noun opening its sentence, then a phrase that only
// qualifies it (a preposition or a participle, and no verb of its own),
// before the verb of saying: "Critics of the government say", "Experts
// studying the flood say", "Engineers from the state university said",
// "Witnesses to the March 7 violence said". The people named by the head
// speak, never a name inside the phrase. j is the last token before the
// verb.
func (d *doc) openingHead(j, sent int32) spk {
	if !d.wordOK(j, sent) || d.toks[j].kind != kWord {
		return noSpk()
	}
	for h := j - 1; h >= 0 && h >= j-16 && d.wordOK(h, sent); h-- {
		t := &d.toks[h]
		if t.kind == kMark || t.quote >= 0 || t.kind == kWord && t.flags&(wCue|wRelative) != 0 || d.isPunct(h, ',') {
			return noSpk()
		}
		nx := h + 1
		if t.kind != kWord || !d.pluralHead(h) || d.toks[nx].kind != kWord ||
			!(d.toks[nx].flags&wPrep != 0 || d.lowerIs(nx, "to") || d.ingForm(nx) && !d.toks[nx].cap) {
			continue
		}
		k := d.modifiersBefore(h, sent, 3)
		if !d.clauseHead(k) || t.cap && k != h {
			return noSpk()
		}
		if nx == j || !d.plainPhrase(nx+1, j) || d.employerAfter(nx, j) {
			return noSpk()
		}
		return spk{first: k, last: j, ment: -1, ent: -1, plural: true}
	}
	return noSpk()
}

// employerAfter: "Analysts at Goldman Sachs": one body right after "at",
// "from" or "with" is whom the people speak for, left to npEndingAt.
func (d *doc) employerAfter(nx, j int32) bool {
	if !d.lowerIs(nx, "at") && !d.lowerIs(nx, "from") && !d.lowerIs(nx, "with") {
		return false
	}
	f := nx + 1
	if d.lowerIs(f, "the") {
		f++
	}
	m := d.mentAt[f]
	return f <= j && m >= 0 && d.mentAt[j] == m && d.ments[m].typ != tPlace
}

// pluralHead: a plural noun that may name people ("critics", "engineers",
// "Democrats" opening a sentence), not a count, a time or a person's name.
func (d *doc) pluralHead(h int32) bool {
	t := &d.toks[h]
	if t.flags&wPlural == 0 && !d.pluralShape(h) || t.flags&(wFunc|wAdv|wDet|wNeg) != 0 ||
		d.timeWord(h) || d.timeNoun(h) || d.countWord(h) || d.in(h, lQuantityNoun) || d.in(h, lDocumentNoun) {
		return false
	}
	if m := d.mentAt[h]; m >= 0 && !d.ments[m].weak && (d.ments[m].typ == tPer || d.ments[m].last > d.ments[m].first) {
		return false // "Jones", "United States": a name
	}
	return true
}

// nameBeforePlace: a name after "in" or "at" that ends a subject (a place,
// an employer) qualifies the name before it, which speaks ("the
// Seismological Center in the city of Peshawar said", "John Roe at Acme
// Bank said"); s is the later name's mention.
func (d *doc) nameBeforePlace(s spk, sent int32) spk {
	if s.ment < 0 {
		return noSpk()
	}
	m := &d.ments[s.ment]
	if m.typ == tPer {
		return noSpk()
	}
	for k := m.fullFirst - 1; k > 0 && k >= m.fullFirst-5 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind != kWord || t.cap {
			return noSpk()
		}
		if !d.lowerIs(k, "in") && !d.lowerIs(k, "at") {
			continue
		}
		if !d.wordOK(k-1, sent) {
			return noSpk()
		}
		if p := d.mentAt[k-1]; p >= 0 && d.ments[p].last == k-1 && d.ments[p].typ != tPlace &&
			!d.isPlace(d.ments[p].fullFirst, k-1) {
			return d.npEndingAt(k-1, sent)
		}
		return noSpk()
	}
	return noSpk()
}

// nameUnder: "The European Union under the rotating presidency of Slovenia
// says", "Iran under President Ahmadinejad has said": a name that opens the
// sentence, then a phrase with "under" that runs plainly up to the verb
// after token j: the name speaks, what it is under only qualifies it.
func (d *doc) nameUnder(j, sent int32) spk {
	for k := j; k > 0 && k >= j-12 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind != kWord && !t.poss || t.kind == kWord && t.flags&(wCue|wRelative) != 0 {
			return noSpk()
		}
		if !d.lowerIs(k, "under") {
			continue
		}
		m := d.mentAt[k-1]
		if m < 0 || d.ments[m].last != k-1 || d.ments[m].inQuote || k == j || !d.plainPhrase(k+1, j) {
			return noSpk()
		}
		f := d.ments[m].fullFirst
		if f > 0 && d.wordOK(f-1, sent) && d.lowerIs(f-1, "the") {
			f--
		}
		if !d.sentenceInitial(f) {
			return noSpk()
		}
		return d.npEndingAt(k-1, sent)
	}
	return noSpk()
}
