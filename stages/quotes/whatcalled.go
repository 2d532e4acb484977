package quotes

// whatSubject: in "Chad declared what it called a "state of
// belligerence"", "the mayor condemned what he called …", the pronoun of
// "what it called" stands for the subject of the verb that governs
// "what": the name just before that verb, whatever its kind (a country
// speaks as a body does). Its entity, or -1.
func (d *doc) whatSubject(sp *spk) int32 {
	if sp.ment >= 0 || sp.first < 3 || sp.pron == pNone || sp.pron == pFirst || !d.lowerIs(sp.first-1, "what") {
		return -1
	}
	v := sp.first - 2 // the governing verb
	k := v - 1
	if d.toks[k].kind == kWord && d.toks[k].flags&wAdv != 0 && d.toks[k].flags&wFunc == 0 {
		k-- // "Chad quickly rejected what …"
	}
	if d.toks[v].kind != kWord || d.toks[v].flags&(wFunc|wPrep) != 0 || d.toks[v].cap {
		return -1
	}
	m := d.mentAt[k]
	if m < 0 || d.ments[m].last != k || d.ments[m].inQuote || d.toks[k].sent != d.toks[sp.first].sent {
		return -1
	}
	e := d.ments[m].entity
	en := &d.ents[e]
	switch sp.pron {
	case pHe, pShe:
		if en.typ != tPer || !genderOK(en.gender, sp.pron) {
			return -1
		}
	case pIt:
		if en.typ == tPer {
			return -1
		}
	}
	return e
}
