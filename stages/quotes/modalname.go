package quotes

// modalName: "May", "Will" and "Can" are modals (function words) and names
// ("Theresa May", "Will Hart", "Can Dundar"). A capitalised one is a name,
// and its token loses the modal's classes, when it follows a name or a
// title inside the sentence ("Prime Minister Theresa May says", "said
// Theresa May."), or when it is the subject of a finite speech verb, alone
// or before a surname ("May said on Tuesday", "Will Hart told reporters"):
// a modal takes a bare verb ("may say"), never "says" or "said". A date
// ("May 5", "Friday May 12") and a question ("May I say …") keep the modal.
func (d *doc) modalName(k int32) {
	t := &d.toks[k]
	if !t.poss && (d.lowerIs(k, "may") || d.lowerIs(k, "will") || d.lowerIs(k, "can")) && d.modalIsName(k) {
		t.flags &^= wFunc
		t.lists &^= lFinite
	}
}

func (d *doc) modalIsName(k int32) bool {
	n := int32(len(d.toks))
	t := &d.toks[k]
	if k+1 < n && d.toks[k+1].sent == t.sent && d.numberAt(k+1) {
		return false // "May 5"
	}
	// After a name or a title in running text: "Theresa May", "Mrs. May".
	if !d.sentenceInitial(k) {
		p := &d.toks[k-1]
		if p.kind == kWord && p.cap && p.sent == t.sent && p.flags&wFunc == 0 && !d.dayWord(k-1) &&
			!monthWords[string(d.wordKey(k-1))] && (k+1 >= n || d.toks[k+1].sent != t.sent || !d.toks[k+1].cap) {
			return true
		}
	}
	// The subject of a finite speech verb, perhaps with a surname and an
	// adverb between: "May said", "Will Hart told", "May also says".
	v := k + 1
	if v < n && d.toks[v].sent == t.sent && d.toks[v].kind == kWord && d.toks[v].cap && d.toks[v].flags&wFunc == 0 {
		v++
	}
	if v < n && d.toks[v].sent == t.sent && d.toks[v].kind == kWord && d.toks[v].flags&wAdv != 0 && d.toks[v].flags&wCue == 0 {
		v++
	}
	return v < n && d.toks[v].sent == t.sent && d.finiteCue(v)
}

// finiteCue: a speech verb in a finite form, "said", "says", "told",
// "warned": never the bare verb a modal takes.
func (d *doc) finiteCue(v int32) bool {
	t := &d.toks[v]
	if t.kind != kWord || t.cap || t.flags&wCue == 0 || d.lowerIs(v, "according") {
		return false
	}
	if t.lists&lIrregularPast != 0 || d.lowerIs(v, "said") || d.lowerIs(v, "told") || d.lowerIs(v, "wrote") {
		return true
	}
	w := d.r[t.s:t.e]
	l := len(w)
	return l > 3 && (w[l-2] == 'e' && w[l-1] == 'd' || w[l-1] == 's' && w[l-2] != 's')
}
