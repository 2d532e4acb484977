package quotes

// groupSubject: a quantifier standing for people opens the clause ("Some
// said", "Many have argued"), or "those" with a phrase after it ("Those in
// favor of punishment have said", "those close to the singer say"): the
// group speaks, unnamed. j is the last token before the verb.
func (d *doc) groupSubject(j, sent int32) spk {
	if !d.wordOK(j, sent) || d.toks[j].kind != kWord {
		return noSpk()
	}
	// "Anything else would be a surprise, one said."
	if d.in(j, lGroupWord) && d.clauseHead(j) || d.lowerIs(j, "one") && d.isPunct(j-1, ',') {
		return spk{first: j, last: j, ment: -1, ent: -1, plural: true}
	}
	for h := j - 1; h >= 0 && h >= j-7 && d.wordOK(h, sent); h-- {
		t := &d.toks[h]
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			return noSpk()
		}
		if !d.lowerIs(h, "those") {
			continue
		}
		if nx := h + 1; nx < j && (d.toks[nx].flags&wPrep != 0 || d.in(nx, lPostmod)) && d.plainPhrase(h+2, j) &&
			d.clauseHead(h) {
			return spk{first: h, last: j, ment: -1, ent: -1, plural: true}
		}
		return noSpk()
	}
	return noSpk()
}

// clauseHead: token k opens its sentence, after a "But" or an opening phrase.
func (d *doc) clauseHead(k int32) bool {
	f := d.sentFirst(k)
	return k == d.introPhrase(d.clauseStart(f, k+1), k+1)
}

// groupWords stand for people when they open a clause before a verb.
var groupWords = map[string]bool{"some": true, "others": true, "many": true, "several": true, "most": true,
	"few": true}
