package quotes

// stateNoun: "state" modifies the noun after it ("State media say", "a
// state radio report said", "told the state news agency"); a verb "state"
// takes "that", an object or a clause, and never follows an article.
func (d *doc) stateNoun(k int32) bool {
	t := &d.toks[k]
	if k+1 >= int32(len(d.toks)) || !d.lowerIs(k, "state") {
		return false
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
