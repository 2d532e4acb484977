package quotes

import "strings"

// A definite description as speaker ("the Russian envoy", "the NSC
// spokesman", "the pontiff") names a person the story brought in before
// with a role of that kind: a title inside the name ("Pope Benedict"), a
// role phrase just before it, with or without a comma ("presidential envoy
// Konstantin Pulikovsky", "National Security Council spokesman, Gordon
// Johndroe"), or an apposition after it ("Ali Reza, Iran's envoy,"). News
// varies the word for one office: the pontiff is the pope, the monarch the
// king, the envoy the ambassador.

// roleKin maps a role word to its group: the words of a group name one
// kind of office.
var roleKin = map[string]uint8{}

func init() {
	for i, g := range []string{
		"pope pontiff",
		"king queen monarch emir sultan sovereign",
		"envoy ambassador emissary",
		"spokesman spokeswoman spokesperson",
		"lawmaker legislator senator congressman congresswoman",
		"cleric ayatollah imam sheikh",
	} {
		for _, w := range strings.Fields(g) {
			roleKin[w] = uint8(i + 1)
		}
	}
}

// describedPerson is the person that the role speaker sp, a definite
// description, points back to: the most recent person named with a role
// of the same kind, or -1.
func (d *doc) describedPerson(sp *spk) int32 {
	if sp.plural || sp.ment >= 0 || sp.pron != pNone || sp.first < 0 || sp.last-sp.first > 6 ||
		!d.lowerIs(sp.first, "the") || !d.personRoleWord(sp.last) {
		return -1
	}
	head := string(d.wordKey(sp.last))
	g := roleGender(head)
	m := d.mentionBefore(sp.first)
	for n := 0; m >= 0 && n < 60; m, n = m-1, n+1 {
		mm := &d.ments[m]
		e := mm.entity
		if mm.inQuote || d.ents[e].typ != tPer || !genderOK(d.ents[e].gender, g) || !d.sameRank(sp.last, m) {
			continue
		}
		if d.roleOf(mm, head) && !d.otherNation(sp, mm) {
			return e
		}
	}
	return -1
}

// personRoleWord: a singular word for a person's office or part ("envoy",
// "pontiff", "striker"), not a body or a document (a spokesman is a person,
// though he speaks for the body like its statement).
func (d *doc) personRoleWord(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.cap || t.flags&(wOrgWord|wPlural) != 0 || d.in(k, lOrgNoun) || d.in(k, lDocumentNoun) && !d.spokesWord(k) {
		return false
	}
	return t.flags&(wTitle|wSpeakerNoun) != 0 || d.in(k, lPersonRole) || roleKin[string(d.wordKey(k))] != 0
}

// roleGender: the gender a role word tells, as a pronoun kind.
func roleGender(w string) int8 {
	switch w {
	case "spokeswoman", "queen", "congresswoman":
		return pShe
	case "spokesman", "king", "congressman", "pope", "pontiff", "emir", "sultan":
		return pHe
	}
	return pAny
}

// sameRole: role words w and head name one kind of office.
func sameRole(w, head string) bool {
	if w == head {
		return true
	}
	g := roleKin[head]
	return g != 0 && roleKin[w] == g
}

// roleOf: mention mm carries a role of head's kind in its title, in the
// phrase right before it or in an apposition after it.
func (d *doc) roleOf(mm *mention, head string) bool {
	for k := mm.fullFirst; k < mm.first; k++ {
		if sameRole(string(d.wordKey(k)), head) {
			return true
		}
	}
	sent := d.toks[mm.first].sent
	// Before: "presidential envoy Konstantin Pulikovsky", "the council's
	// spokesman, Gordon Johndroe": words of a noun phrase, a comma just
	// before the name at most.
	k := mm.fullFirst - 1
	if d.isPunct(k, ',') {
		k--
	}
	for n := 0; k >= 0 && n < 6 && d.toks[k].sent == sent; k, n = k-1, n+1 {
		t := &d.toks[k]
		if t.poss {
			continue
		}
		if t.kind != kWord || t.flags&(wFunc|wCue) != 0 && t.flags&wNationality == 0 {
			break
		}
		if sameRole(string(d.wordKey(k)), head) {
			return true
		}
	}
	// After: "Ali Reza, Iran's envoy to the agency, said".
	if !d.isPunct(mm.last+1, ',') {
		return false
	}
	for k, n := mm.last+2, 0; k < int32(len(d.toks)) && n < 8 && d.toks[k].sent == sent; k, n = k+1, n+1 {
		t := &d.toks[k]
		if t.poss {
			continue
		}
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 || d.in(k, lFinite) {
			break
		}
		if sameRole(string(d.wordKey(k)), head) {
			return true
		}
	}
	return false
}
