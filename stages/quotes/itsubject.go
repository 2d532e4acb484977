package quotes

// itSubject: in "but Israel has said it would not free those it said
// had …", an "it" inside the reported clause of a body or country is that
// clause's subject: the words are its own. The subject is the name just
// before the sentence's last verb of saying ahead of "it" (auxiliaries and
// adverbs between), with no other body named between that verb and "it";
// a closing "it said" after a comma is left to orgAntecedent. The entity,
// or -1.
func (d *doc) itSubject(sp *spk) int32 {
	if sp.first < 1 || d.isPunct(sp.first-1, ',') {
		return -1
	}
	sent := d.toks[sp.first].sent
	cue := int32(-1)
	for k := sp.first - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		t := &d.toks[k]
		if t.quote >= 0 {
			return -1
		}
		if m := d.mentAt[k]; m >= 0 && d.ents[d.ments[m].entity].typ != tPer {
			return -1 // another body between: "it" may be that one
		}
		if t.kind == kWord && t.flags&wCue != 0 && t.flags&wCueWeak == 0 {
			cue = k
			break
		}
	}
	if cue < 1 {
		return -1
	}
	k := cue - 1
	for k > 0 && d.toks[k].kind == kWord && (d.toks[k].flags&wAdv != 0 && d.toks[k].flags&wCue == 0 || d.auxBefore(k)) {
		k--
	}
	m := d.mentAt[k]
	if m < 0 || d.ments[m].last != k || d.toks[k].sent != sent {
		return -1
	}
	mm := &d.ments[m]
	if en := &d.ents[mm.entity]; mm.inQuote || en.typ == tPer || en.gender != 0 || d.byline(mm) {
		return -1
	}
	return mm.entity
}

// auxBefore: an auxiliary between a subject and its verb ("has said").
func (d *doc) auxBefore(k int32) bool {
	return d.lowerIn(k, auxBefores)
}

var auxBefores = newWordSet(`has have had will would did does is was`)
