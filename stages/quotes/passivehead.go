package quotes

// A subject head with a past participle phrase after it ("The hunter shot
// by Vice President Dick Cheney says", "The man arrested by police said",
// "The farmer accused of poaching said")
// speaks; the agent after "by" only qualifies it.

// passiveHead: the noun phrase that opens the clause, followed by a past
// participle and a "by" phrase that ends at j; noSpk when there is none.
func (d *doc) passiveHead(j, sent int32) spk {
	by := int32(-1)
	for k := j; k > j-7 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			return noSpk()
		}
		// "The farmer accused of poaching said": the participle's own
		// preposition ends the head's phrase as "by" does.
		if d.lowerIs(k, "by") || t.flags&wPrep != 0 && k > 0 && d.chargedWith(k-1) {
			by = k
			break
		}
	}
	p, h := by-1, by-2
	if by < 0 || by == j || !d.wordOK(h, sent) || !d.pastParticiple(p) {
		return noSpk()
	}
	ht := &d.toks[h]
	if ht.kind != kWord || ht.cap || ht.flags&(wFunc|wPrep|wAdv|wDet|wRelative|wCue) != 0 || d.mentAt[h] >= 0 {
		return noSpk()
	}
	k := d.modifiersBefore(h, sent, 3)
	if !d.clauseHead(k) || d.toks[k].flags&wDet == 0 {
		return noSpk()
	}
	return spk{first: k, last: h, ment: -1, ent: -1, passive: true}
}

// pastParticiple: a lower-case verb form in -ed or a common irregular one
// ("shot", "held", "taken").
func (d *doc) pastParticiple(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.cap || t.flags&(wFunc|wPrep|wCue) != 0 {
		return false
	}
	w := d.wordKey(k)
	if n := len(w); n > 4 && w[n-2] == 'e' && w[n-1] == 'd' {
		return true
	}
	return irregularParticiples[string(w)]
}

var irregularParticiples = map[string]bool{"shot": true, "held": true, "taken": true, "hit": true, "caught": true,
	"struck": true, "bitten": true, "beaten": true, "hurt": true, "found": true, "seen": true, "chosen": true,
	"led": true, "sent": true, "bought": true, "fired": true, "stung": true, "thrown": true, "driven": true}
