package quotes

// firstConjunct: a subject that is the second of two joined by "and"
// ("Witnesses and officials said", "ABC News and The Washington Post have
// reported", "the WHO and the Food and Agriculture Organization said"):
// both speak, and the speaker is the two together ("The United States and
// other countries have warned"). The first opens the clause and is a name
// or a role of its own; else none.
func (d *doc) firstConjunct(s *spk) spk {
	sent := d.toks[s.first].sent
	and := s.first - 1
	// "… and General Salva Kiir said": the title opens the conjunct; the
	// one before must then be a name ("Hamas leader and Prime Minister
	// Ismail Haniyeh" is one man with two roles).
	titled := s.ment >= 0 && d.ments[s.ment].fullFirst < s.first
	if titled {
		and = d.ments[s.ment].fullFirst - 1
	}
	if d.wordOK(and, sent) && (d.lowerIs(and, "the") || d.in(and, lQuantifier)) {
		and-- // "… and the Food …", "… and other countries"
	}
	if and < 1 || !d.wordOK(and-1, sent) || !d.lowerIs(and, "and") || d.toks[and-1].kind != kWord {
		return noSpk()
	}
	f := d.npEndingAt(and-1, sent)
	if e := and - 1; (!f.ok() || f.ment >= 0 && d.ments[f.ment].weak) && e == d.sentFirst(e) && d.toks[e].flags&wSpeakerNoun != 0 && d.toks[e].flags&wPlural != 0 {
		f = spk{first: e, last: e, ment: -1, ent: -1} // "Witnesses and officials said"
	}
	if !f.ok() || f.pron != pNone || f.ment >= 0 && d.ments[f.ment].weak && !d.openingName(f.first) || titled && f.ment < 0 {
		return noSpk()
	}
	// The first conjunct opens the clause: "Police arrested him and
	// officials said" joins two clauses, not two subjects.
	st := f.first
	for n := 0; n < 2 && d.wordOK(st-1, sent) && d.toks[st-1].kind == kWord &&
		d.toks[st-1].flags&(wFunc|wPrep|wCue|wRelative) == 0; n++ {
		st-- // "U.S.-based ABC News and …"
		for d.hyphenJoined(st, sent) {
			st -= 2
		}
	}
	if d.wordOK(st-1, sent) && d.lowerIs(st-1, "the") {
		st--
	}
	if st != d.sentFirst(st) && !d.isPunct(st-1, ',') && !d.lowerIs(st-1, "while") &&
		!d.lowerIs(st-1, "but") && st != d.clauseStart(d.sentFirst(st), st+1) {
		return noSpk()
	}
	// Both are named, as a reader names them: "Witnesses and officials";
	// both with their titles when the second has one ("President Bush and
	// British Prime Minister Tony Blair").
	first := f.first
	if titled && d.ments[f.ment].fullFirst < first {
		first = d.ments[f.ment].fullFirst
	}
	return spk{first: first, last: s.last, ment: -1, ent: -1, plural: true}
}

// openingName: "Washington and the Iraqi government say", "Britain and
// France say": a one-word name that opens the sentence is weak only
// because of its capital, yet it is a name when another speaker is
// joined to it by "and" before the verb.
func (d *doc) openingName(k int32) bool {
	m := d.mentAt[k]
	if m < 0 || d.ments[m].first != k || d.ments[m].last != k || k != d.sentFirst(k) {
		return false
	}
	// A surname ("Volker and Morrison said") is left to the fuller name
	// it resolves to.
	if e := d.ments[m].entity; e >= 0 {
		if b := d.ents[e].best; d.ments[b].last > d.ments[b].first {
			return false
		}
	}
	return d.toks[k].flags&(wFunc|wAdv|wPrep|wCue|wRelative|wDet) == 0 && d.lowerIs(k+1, "and")
}
