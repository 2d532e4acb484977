package quotes

// stateNoun: "state" modifies the noun after it ("State media say", "a
// state radio report said", "told the state news agency"); a verb "state"
// takes "that", an object or a clause, and never follows an article.
func (d *doc) stateNoun(k int32) bool {
	t := &d.toks[k]
	if k+1 >= int32(len(d.toks)) || !d.lowerIs(k, "state") {
		return false
	}
	if d.stateMedia(k) {
		return true // "official state media", "told state television"
	}
	n := &d.toks[k+1]
	if n.kind != kWord || n.cap || n.sent != t.sent || n.flags&(wFunc|wPrep|wDet|wAdv|wCue) != 0 {
		return false
	}
	if k > 0 && d.toks[k-1].sent == t.sent {
		p := &d.toks[k-1]
		return p.poss || p.kind == kWord && p.flags&(wDet|wPrep) != 0
	}
	return true
}

// nounCue: a reporting word used as a noun or a participle, not a verb:
// "An annual State Department report on …" (a document word after a name
// that an article opens), "A report posted on a web site" (a participle
// of issuing after a document, before a preposition).
func (d *doc) nounCue(c int32) bool {
	t := &d.toks[c]
	if t.e-t.s < 6 {
		return false
	}
	// "Published reports say": a document word right before a verb of
	// saying is that verb's subject.
	if d.in(c, lDocumentNoun) && c+1 < int32(len(d.toks)) && d.toks[c+1].kind == kWord && d.toks[c+1].flags&wCue != 0 &&
		d.toks[c+1].sent == t.sent && !d.lowerIs(c+1, "reports") {
		return true
	}
	if c < 2 {
		return false
	}
	p := c - 1
	// Only the bare form: "The Sunday Mail reports …" is a verb.
	if d.in(c, lDocumentNoun) && d.r[t.e-1] != 's' {
		m := d.mentAt[p]
		if m < 0 || d.ments[m].last != p {
			return false
		}
		f := d.ments[m].fullFirst - 1
		for n := 0; n < 2 && f > 0 && d.toks[f].kind == kWord && !d.toks[f].cap && d.toks[f].flags&(wFunc|wCue|wPrep) == 0; n++ {
			f-- // "An annual …"
		}
		return f >= 0 && d.toks[f].kind == kWord && d.toks[f].flags&wDet != 0 && d.toks[f].sent == t.sent
	}
	return d.in(c, lIssueVerb) && d.toks[p].kind == kWord && d.in(p, lDocumentNoun) && c+1 < int32(len(d.toks)) &&
		d.toks[c+1].kind == kWord && d.toks[c+1].flags&wPrep != 0
}

// compoundNounFollowers are the nouns a bare verb of speaking modifies when
// it is itself a noun: "a television talk show", "a talk radio host".
var compoundNounFollowers = map[string]bool{"show": true, "shows": true, "radio": true, "program": true, "programs": true,
	"programme": true, "programmes": true, "host": true, "hosts": true}

// compoundNoun: cue c is the bare "talk" or "speak" before one of those
// nouns, a noun compound, not a verb ("on David Letterman's U.S. television
// talk show").
func (d *doc) compoundNoun(c int32) bool {
	if !d.lowerIs(c, "talk") && !d.lowerIs(c, "speak") {
		return false
	}
	n := c + 1
	return n < int32(len(d.toks)) && d.toks[n].kind == kWord && d.toks[n].sent == d.toks[c].sent &&
		compoundNounFollowers[string(d.wordKey(n))]
}
