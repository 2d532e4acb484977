package quotes

// commentsBy: a lead gives the words to a country or a body ("Russia says
// …", "The Brazilian government says …", "Iran has warned …") and the next
// sentence names the official who spoke them: "Foreign Minister Sergei
// Lavrov made the comment Saturday …", "The warning Sunday by spokesman
// Hamid Reza Asefi comes …". The person then is the speaker. Returns that
// person's entity, or -1.
func (d *doc) commentsBy(i int) int32 {
	ev := &d.events[i]
	sp := &ev.sp
	if !sp.ok() || ev.accord || ev.quotedAs || !d.bodySpeaker(sp) {
		return -1
	}
	// The first token of the next sentence: past the end of the one that
	// holds the verb (its last token is a full stop or a mark).
	k := ev.cue1 + 1
	for ; k < int32(len(d.toks)) && d.toks[k].sent <= ev.sent; k++ {
	}
	if k < int32(len(d.toks)) && d.toks[k].kind == kWord && !d.toks[k].cap {
		return -1 // a new sentence opens with a capital
	}
	if k >= int32(len(d.toks)) || d.toks[k].sent != ev.sent+1 {
		return -1
	}
	first, sent := k, ev.sent+1
	// "The warning Sunday by an Iranian Foreign Ministry spokesman Hamid
	// Reza Asefi comes …"
	if d.lowerIs(first, "the") && first+1 < int32(len(d.toks)) && d.commentNoun(first+1) {
		for b := first + 2; b < first+6 && d.wordOK(b, sent); b++ {
			if d.lowerIs(b, "by") {
				return d.personIn(b+1, b+9, sent)
			}
		}
		return -1
	}
	// "Foreign Minister Sergei Lavrov made the comment Saturday …"
	for m := first; m < first+30 && d.wordOK(m+2, sent); m++ {
		if d.toks[m].e-d.toks[m].s != 4 || !d.lowerIs(m, "made") {
			continue
		}
		n := m + 1
		if d.toks[n].kind == kWord && d.toks[n].flags&wDet != 0 {
			n++
		}
		if !d.commentNoun(n) {
			return -1
		}
		for p := d.mentionBefore(m); p >= 0 && d.ments[p].first >= first; p-- {
			if pm := &d.ments[p]; !pm.inQuote && d.ents[pm.entity].typ == tPer && d.fullName(pm.entity) {
				return pm.entity
			}
		}
		return -1
	}
	return -1
}

// bodySpeaker: a speaker that is a country, a body or a government rather
// than a person: a place or organisation name, or a role whose head is a
// body's ("the Brazilian government"), or "it".
func (d *doc) bodySpeaker(sp *spk) bool {
	if sp.pron == pIt {
		return true // "Iran has warned that it will make what it calls …"
	}
	if sp.pron != pNone {
		return false
	}
	if sp.ment >= 0 {
		typ := d.ments[sp.ment].typ
		return typ == tPlace || typ == tOrg
	}
	h := d.roleHead(sp)
	return !d.toks[h].cap && !d.in(h, lDocumentNoun) && (d.toks[h].flags&wOrgWord != 0 || d.lowerIs(h, "government"))
}

// commentNoun: a noun for words said ("the comments", "the warning").
func (d *doc) commentNoun(k int32) bool {
	if k >= int32(len(d.toks)) || d.toks[k].kind != kWord {
		return false
	}
	return commentNouns[string(d.wordKey(k))]
}

var commentNouns = map[string]bool{"comment": true, "comments": true, "remark": true, "remarks": true,
	"statement": true, "announcement": true, "warning": true, "pledge": true, "appeal": true}

// personIn is the first person named with a full name among tokens a..b of
// sentence sent, or -1.
func (d *doc) personIn(a, b, sent int32) int32 {
	for k := a; k <= b && d.wordOK(k, sent); k++ {
		if m := d.mentAt[k]; m >= 0 && d.ents[d.ments[m].entity].typ == tPer && d.fullName(d.ments[m].entity) {
			return d.ments[m].entity
		}
	}
	return -1
}
