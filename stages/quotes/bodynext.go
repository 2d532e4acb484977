package quotes

// bodyNamedNext: a news lead describes an organisation ("An international
// media group says …", "China's official news agency says …") and names it
// in a following sentence as the speaker of its own report ("Reporters
// Without Borders said in a statement …"). For a role whose head is an
// organisation noun, written without "the" (which points back instead),
// not a document ("A statement said"):
// the organisation first named as a speaker in one of the next two
// sentences; else -1.
func (d *doc) bodyNamedNext(i int) int32 {
	ev := &d.events[i]
	sp := &ev.sp
	if sp.first < 0 || sp.ment >= 0 || sp.pron != pNone || sp.plural || ev.accord || ev.inverted ||
		d.lowerIs(sp.first, "the") || d.toks[sp.last].cap || !d.in(sp.last, lOrgNoun) || d.in(sp.last, lDocumentNoun) {
		return -1
	}
	// "Russia's Novosti news agency says": named already.
	for k := sp.first; k < sp.last; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].typ != tPlace && !d.toks[d.ments[m].last+1].poss &&
			d.toks[d.ments[m].last].flags&wNationality == 0 && !d.in(d.ments[m].last, lDemonym) && !d.modifierOnly(d.ments[m].entity) {
			return -1
		}
	}
	for k := i + 1; k < len(d.events) && d.events[k].sent <= ev.sent+2; k++ {
		nx := &d.events[k]
		// "The documents - released by the Harbor Rights Union on
		// Tuesday - say": the body named as the issuer of the document
		// that speaks next.
		by := d.issuerBetween(nx.sp.last+1, nx.cue0-1)
		if nx.sent != ev.sent && nx.sp.ment < 0 && nx.sp.pron == pNone && nx.sp.ok() && d.in(nx.sp.last, lDocumentNoun) && by >= 0 {
			nx = &event{sp: spk{first: d.ments[by].first, last: d.ments[by].last, ment: by, ent: d.ments[by].entity}, sent: nx.sent, para: nx.para}
		}
		if nx.sent == ev.sent || nx.sp.ment < 0 || d.ments[nx.sp.ment].weak {
			continue // "Officials said": no name
		}
		e := d.ments[nx.sp.ment].entity
		if e < 0 || d.ents[e].typ == tPlace || d.ents[e].typ == tPer && d.personLike(e) {
			return -1
		}
		if f := d.firstMention(e); f < 0 || d.toks[d.ments[f].first].sent <= ev.sent {
			return -1 // named before: the description is another body
		}
		return e
	}
	return -1
}

// docNamedNext: "A new report says … The Pacific Trade Council says …":
// a news lead's document that no body owns by name ("a new report", "a
// U.S. government report", "a report released Monday": its words are the
// document's own, places or a common word for a government) is the
// report of the body named as the speaker of the next sentence, first
// named there; else -1.
func (d *doc) docNamedNext(i int) int32 {
	ev := &d.events[i]
	sp := &ev.sp
	if sp.first < 0 || sp.ment >= 0 || sp.pron != pNone || sp.plural || ev.accord || ev.inverted ||
		!(d.lowerIs(sp.first, "a") || d.lowerIs(sp.first, "an")) {
		return -1
	}
	// "A report posted on a web site says": a phrase after the document
	// says where it came from; the rules for it apply.
	h := d.docHeadAt(sp)
	if h < 0 || h != sp.last || surveyNouns[string(d.wordKey(h))] {
		return -1
	}
	for k := sp.first + 1; k < h; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			return -1
		}
		if docAdjectives[string(d.wordKey(k))] || d.lowerIs(k, "government") || t.flags&wNationality != 0 {
			continue
		}
		if m := d.mentAt[k]; m >= 0 && d.ments[m].typ == tPlace {
			continue
		}
		return -1
	}
	for k := i + 1; k < len(d.events) && d.events[k].sent <= ev.sent+1; k++ {
		nx := &d.events[k]
		if nx.sent == ev.sent {
			continue
		}
		// The body itself speaks, in the same paragraph ("The Pacific
		// Trade Council says"), not a document of its ("A report by …").
		if nx.sp.ment < 0 || d.ments[nx.sp.ment].weak || nx.para != ev.para || d.ments[nx.sp.ment].fullFirst > nx.sp.first+1 {
			return -1
		}
		e := d.ments[nx.sp.ment].entity
		if e < 0 || d.ents[e].typ == tPlace || d.ents[e].typ == tPer || d.personLike(e) {
			return -1
		}
		if f := d.firstMention(e); f < 0 || d.toks[d.ments[f].first].sent <= ev.sent {
			return -1 // named before: the report may be another's
		}
		return e
	}
	return -1
}

// issuerBetween: the mention of a body named after "by" among tokens a..b
// ("- released by the Harbor Rights Union on Tuesday -"), or -1.
func (d *doc) issuerBetween(a, b int32) int32 {
	for k := a; k < b; k++ {
		if !d.lowerIs(k, "by") {
			continue
		}
		f := k + 1
		if d.lowerIs(f, "the") {
			f++
		}
		if f <= b {
			if m := d.mentAt[f]; m >= 0 && d.ments[m].fullFirst == f && d.ments[m].typ != tPlace && d.ments[m].typ != tPer {
				return m
			}
		}
		return -1
	}
	return -1
}

// roleApposed: "The official, Ramin Mahmanparast, was echoing …": a name
// set off by commas after a sentence-opening "the official" or "the
// spokesman" names the spokesman of the sentence before.
func (d *doc) roleApposed(mm *mention) bool {
	c := mm.fullFirst - 1
	if c < 2 || !d.isPunct(c, ',') || !d.isPunct(mm.last+1, ',') {
		return false
	}
	// Only a role any spokesman fills: "The minister, Ana Ruiz," is
	// someone else than the spokesman before.
	r := c - 1
	if d.toks[r].kind != kWord || !d.lowerIs(r, "official") && !d.spokesWord(r) {
		return false
	}
	f := d.sentFirst(r)
	return r-f <= 3 && d.lowerIs(f, "the")
}

// spokesmanNamedNext: the person named in apposition to "the official" or
// "the spokesman" opening the sentence after ev's (roleApposed), or -1.
func (d *doc) spokesmanNamedNext(ev *event) int32 {
	if d.anonymous(ev) {
		return -1
	}
	for m := d.mentionBefore(ev.sp.first) + 1; m < int32(len(d.ments)); m++ {
		mm := &d.ments[m]
		s := d.toks[mm.first].sent
		if s > ev.sent+1 {
			break
		}
		if s == ev.sent+1 && !mm.inQuote && d.ents[mm.entity].typ == tPer && d.roleApposed(mm) {
			return mm.entity
		}
	}
	return -1
}

// modifierOnly: entity e is one capitalised word of no known kind that
// the text only ever puts before a noun ("A Burmese aid group", "Burmese
// forces"): an adjective of a place or a people, not a body's name.
func (d *doc) modifierOnly(e int32) bool {
	en := &d.ents[e]
	if en.typ != tUnknown || en.titled || en.gender != 0 {
		return false
	}
	for m := range d.ments {
		mm := &d.ments[m]
		if mm.entity != e {
			continue
		}
		nx := mm.last + 1
		if mm.first != mm.last || nx >= int32(len(d.toks)) || d.toks[nx].poss {
			return false
		}
		t := &d.toks[nx]
		if t.kind != kWord || t.cap || t.flags&(wFunc|wPrep|wCue|wAdv|wDet) != 0 || d.in(nx, lFinite) {
			return false
		}
	}
	return true
}
