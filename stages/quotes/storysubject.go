package quotes

// storySubject: "he" or "she" with no name to go back to stands for the
// one a story calls by a description, as fables and features do ("The
// Lion was unable to catch the Hart … he said", "Shortly afterwards the
// master came in … He pointed to the hay and said"): the subject "the X"
// that opens one of the three sentences before in the paragraph (or this
// one, before the pronoun), with no other subject opening one since. X is a singular noun for a being, not a body, a document, a
// place or a time. Its text without the article, or "".
func (d *doc) storySubject(i int) string {
	ev := &d.events[i]
	at := ev.sp.first
	for k := at - 1; k >= 0 && d.toks[k].sent+3 >= ev.sent && d.toks[k].para == ev.para; k-- {
		if k > 0 && d.toks[k-1].sent == d.toks[k].sent {
			continue // only sentence openers
		}
		if name := d.describedOpener(k, at); name != "" {
			return name
		}
		if d.lowerIs(k, "the") || d.mentAt[k] >= 0 {
			return "" // another subject: "The company was sold …"
		}
	}
	return ""
}

// describedOpener: sentence opener k (past an adverb or two: "Shortly
// afterwards the master came in") is "the X" or "the Y X" followed by a
// verb: X as written; else "".
func (d *doc) describedOpener(k, end int32) string {
	sent := d.toks[k].sent
	for n := 0; n < 2 && d.wordOK(k, sent) && d.toks[k].kind == kWord && !d.lowerIs(k, "the") &&
		(d.toks[k].flags&wAdv != 0 || d.openingAdverb(k)); n++ {
		k++
	}
	if !d.wordOK(k, sent) || !d.lowerIs(k, "the") {
		return ""
	}
	h := k + 1
	if d.wordOK(h+2, sent) && d.toks[h].kind == kWord && !d.toks[h].cap && d.toks[h+1].kind == kWord && d.toks[h+1].flags&(wFunc|wPrep|wCue) == 0 &&
		d.toks[h+2].kind == kWord && (d.in(h+2, lFinite) || d.in(h+2, lIrregularPast) || d.toks[h+2].flags&wPassive != 0) {
		h++ // "the old Lion was …"
	}
	if h+1 >= end || !d.wordOK(h+1, sent) {
		return ""
	}
	t, nx := &d.toks[h], &d.toks[h+1]
	if t.kind != kWord || t.flags&(wFunc|wPrep|wCue|wOrgWord|wPlural|wNationality) != 0 || d.in(h, lDocumentNoun) || d.in(h, lOrgNoun) ||
		d.in(h, lTimeNoun) || d.in(h, lPlace) || d.r[t.e-1] == 's' || t.e-t.s < 3 {
		return ""
	}
	// A verb after it: a lower-case word that is no noun's article or
	// preposition ("came", "was", "pointed").
	if nx.kind != kWord || nx.cap || !(d.in(h+1, lFinite) || d.in(h+1, lIrregularPast) || nx.flags&(wPassive|wCue) != 0 ||
		nx.e-nx.s > 3 && d.r[nx.e-1] == 'd' && d.r[nx.e-2] == 'e') {
		return ""
	}
	if m := d.mentAt[h]; m >= 0 && d.ments[m].typ == tPlace {
		return ""
	}
	return d.textT(k+1, h)
}

// openingAdverb: an adverb in -ly, capitalised or not, or a time adverb
// in -wards or -ward ("Shortly afterwards", "Suddenly"), before a
// sentence's subject.
func (d *doc) openingAdverb(k int32) bool {
	t := &d.toks[k]
	n := t.e - t.s
	if n < 5 || t.flags&(wFunc|wCue|wPrep) != 0 {
		return false
	}
	w := d.r[t.s:t.e]
	return w[n-1] == 'y' && w[n-2] == 'l' || w[n-1] == 'd' && w[n-2] == 'r' && w[n-3] == 'a' && w[n-4] == 'w' ||
		w[n-1] == 's' && w[n-2] == 'd' && w[n-3] == 'r' && w[n-4] == 'a' && w[n-5] == 'w'
}
