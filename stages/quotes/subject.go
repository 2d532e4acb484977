package quotes

import "bytes"

// plainSubject: a noun phrase that opens its sentence right before "say",
// "says" or "said", or a verb of saying and "that", is the speaker even when its head is in no list of
// speakers ("Aid agencies say", "The rancher said", "Tibet's
// government-in-exile says"): in news only people and bodies say things.
// ("Reports from the region say": sources too). The head must look like a
// noun that names them: a plural, an agent noun
// (-er, -or, -ist, -ian), a body's word ("the news service") or a
// compound holding a speaker noun. A place
// phrase after the head ("Residents in Baghran district said") belongs to
// the speaker. j is the last token before the verb c.
func (d *doc) plainSubject(j, c, sent int32) spk {
	say := d.lowerIs(c, "said") || d.lowerIs(c, "says") || d.lowerIs(c, "say")
	// Any verb of saying with "that" after it ("The Israeli side confirmed
	// that …").
	that := d.toks[c].flags&(wCueWeak|wAsk) == 0 && c+1 < int32(len(d.toks)) && d.lowerIs(c+1, "that")
	// A verb that takes a bare clause before a subject that can only open
	// one ("The mission confirmed there were casualties", "… insisted it
	// had paid").
	if n := c + 1; !say && !that && d.toks[c].flags&wCueBare != 0 && n < int32(len(d.toks)) && d.toks[n].sent == sent &&
		(d.lowerIs(n, "there") || d.pronounKind(n) != pNone) {
		that = true
	}
	if !say && !that || !d.wordOK(j, sent) {
		return noSpk()
	}
	last := j
	if h, ok := d.beforePlacePhrase(j, sent); ok {
		j = h
	}
	np := false
	if !d.plainHead(j) {
		if !d.nounHead(j) {
			return noSpk()
		}
		np = true
	}
	k := d.modifiersBefore(j, sent, 4)
	// A head in no list of speakers ("The mission said", "The Israeli
	// side confirmed that"): the phrase must open with a determiner, the
	// shallow shape of a noun phrase, not a verb or an adverb before "said".
	if np && (d.toks[k].kind != kWord || d.toks[k].flags&wDet == 0 && !d.toks[k].poss) {
		return noSpk()
	}
	// "U.S. and Afghan forces say": two modifiers of one head joined by
	// "and".
	if k >= 2 && d.lowerIs(k-1, "and") && d.toks[k].cap && d.wordOK(k-2, sent) && d.toks[k-2].kind == kWord && d.toks[k-2].cap {
		f := k - 2
		if m := d.mentAt[f]; m >= 0 && d.ments[m].last == f {
			f = d.ments[m].fullFirst
		}
		if d.wordOK(f-1, sent) && d.toks[f-1].flags&wDet != 0 {
			f--
		}
		if d.clauseHead(f) {
			k = f
		}
	}
	if !d.clauseHead(k) && !d.contrastHead(k, sent) && !d.closingHead(k, c, sent) {
		return noSpk()
	}
	return spk{first: k, last: last, ment: -1, ent: -1, plural: d.toks[j].flags&wPlural != 0 || d.pluralShape(j)}
}

// contrastHead: "Producers say the imports hurt them, but retailers say
// …": a subject that opens a second clause after a comma and "but",
// "while" or "whereas", where the other side of a dispute speaks.
func (d *doc) contrastHead(k, sent int32) bool {
	return k >= 2 && d.wordOK(k-1, sent) && d.isPunct(k-2, ',') &&
		(d.lowerIs(k-1, "but") || d.lowerIs(k-1, "while") || d.lowerIs(k-1, "whereas"))
}

// closingHead: "The river will flood again, the engineer said.": a
// subject after a comma whose verb closes the sentence attributes the
// clause before it.
func (d *doc) closingHead(k, c, sent int32) bool {
	if k < 2 || !d.isPunct(k-1, ',') || !d.wordOK(k-2, sent) {
		return false
	}
	e := c + 1
	if e < int32(len(d.toks)) && d.toks[e].sent == sent && d.timeWord(e) {
		e++
	}
	return e >= int32(len(d.toks)) || d.toks[e].sent != sent || d.toks[e].kind == kPunct && !d.isPunct(e, ',')
}

// beforePlacePhrase: "residents in Baghran district", "workers at the
// plant", "sources close to the talks": the head before a short phrase of
// place that ends at j.
func (d *doc) beforePlacePhrase(j, sent int32) (int32, bool) {
	for k := j; k > j-5 && d.wordOK(k, sent) && d.toks[k].kind == kWord; k-- {
		if d.toks[k].flags&wPrep == 0 {
			continue
		}
		h := k - 1
		if h < 0 {
			return 0, false
		}
		if d.lowerIs(k, "to") && d.lowerIs(h, "close") {
			h-- // "Sources close to the talks"
		} else if !(d.lowerIs(k, "in") || d.lowerIs(k, "at") || d.lowerIs(k, "near") || d.lowerIs(k, "from")) {
			return 0, false
		}
		if k < j && d.wordOK(h, sent) && (d.toks[h].flags&wSpeakerNoun != 0 || d.plainHead(h)) {
			return h, true
		}
		return 0, false
	}
	return 0, false
}

// plainHead: a lower-case noun that may name people or a body: a plural, an
// agent noun, a body's word, or a hyphenated compound with a speaker noun
// in it.
func (d *doc) plainHead(j int32) bool {
	t := &d.toks[j]
	// A capital only as the sentence's first word ("Residents in …").
	if m := d.mentAt[j]; t.cap && !(d.clauseHead(j) && (m < 0 || d.ments[m].weak || t.flags&wSpeakerNoun != 0)) || !t.cap && m >= 0 {
		return false
	}
	// "reports" and "statements" say things; as verbs they are no head.
	cue := t.flags&wCue != 0 && !d.in(j, lDocumentNoun)
	if t.kind != kWord || cue || t.flags&(wFunc|wPrep|wAdv|wRelative|wDet|wNeg) != 0 ||
		d.timeWord(j) || d.in(j, lQuantityNoun) || t.e-t.s < 4 {
		return false
	}
	if d.countWord(j) {
		return false // "Thousands marched …": how many, not who
	}
	if t.flags&(wSpeakerNoun|wOrgWord) != 0 || d.pluralShape(j) {
		return true
	}
	w := d.wordKey(j) // scratch bytes: no string is made
	if bytes.IndexByte(w, '-') > 0 {
		for part := range bytes.SplitSeq(w, []byte{'-'}) {
			if lexicon[string(part)]&wSpeakerNoun != 0 {
				return true
			}
		}
		return false
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian"} {
		if len(w) > 5 && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// pluralShape: a word in -s that is not "-ss", "-us" or "-is".
func (d *doc) pluralShape(j int32) bool {
	t := &d.toks[j]
	n := t.e - t.s
	if n < 4 || d.r[t.e-1] != 's' {
		return false
	}
	p := d.r[t.e-2]
	return p != 's' && p != 'u' && p != 'i' && p != '\''
}

// pluralSubjectBefore: the head of a plain plural subject that opens the
// sentence of token k, before k, followed by its verb, and the first word
// of its name; -1 if none. A count before the people ("Tens of thousands
// of opposition supporters marched …") says how many, not who: the
// subject's name starts after it.
func (d *doc) pluralSubjectBefore(k int32) (int32, int32) {
	f := d.sentFirst(k)
	sent := d.toks[k].sent
	for f+2 < k && d.countWord(f) && d.lowerIs(f+1, "of") {
		f += 2
	}
	for h := f; h < k-1 && h <= f+4; h++ {
		if !d.plainHead(h) || d.toks[h].flags&wPlural == 0 && !d.pluralShape(h) {
			continue
		}
		nx := &d.toks[h+1]
		if nx.kind == kWord && !nx.cap && nx.flags&(wPrep|wRelative) == 0 && d.modifiersBefore(h, sent, 4) == f {
			return h, f
		}
		return -1, -1
	}
	return -1, -1
}

// countWord: "hundreds", "thousands", "dozens": a count of people, no name
// for them.
func (d *doc) countWord(j int32) bool {
	return d.lowerIn(j, countWords)
}

var countWords = newWordSet(`tens dozens scores hundreds thousands millions`)

// nounHead: a lower-case word that may head a noun phrase, whatever it
// names ("mission", "side", "charity"): no function word, verb of saying,
// preposition, adverb in -ly, time or quantity, and four letters or more.
func (d *doc) nounHead(j int32) bool {
	t := &d.toks[j]
	if t.kind != kWord || t.cap || t.flags&(wFunc|wCue|wPrep|wAdv|wRelative|wDet|wNeg|wPassive) != 0 ||
		t.e-t.s < 4 || d.timeWord(j) || d.in(j, lQuantityNoun) || d.in(j, lTimeNoun) || d.mentAt[j] >= 0 {
		return false
	}
	return !(d.r[t.e-1] == 'y' && d.r[t.e-2] == 'l') && !d.ingForm(j)
}
