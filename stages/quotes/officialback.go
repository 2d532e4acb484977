package quotes

// officialBack: "The head of the agency's office, Laila Nassif, said … The
// official said …", "The Pentagon's Douglas Feith told … The defense policy
// official said …": a definite generic role right after a named person
// spoke, in that sentence or the one before, is that person. Only words
// any speaker may be called (official, spokesman, aide); "the minister"
// may be another. The person's entity, or -1.
func (d *doc) officialBack(i int) int32 {
	ev := &d.events[i]
	sp := &ev.sp
	if sp.ment >= 0 || sp.pron != pNone || sp.plural || sp.first < 0 || sp.last-sp.first > 4 || !d.lowerIs(sp.first, "the") {
		return -1
	}
	for k := sp.first + 1; k <= sp.last; k++ {
		// "The top U.S. diplomat": a country may qualify the role.
		if t := &d.toks[k]; t.kind != kWord || t.cap && t.flags&wNationality == 0 && !(d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].typ == tPlace) {
			return -1
		}
	}
	head := string(d.wordKey(sp.last))
	if !genericRoles[head] {
		return -1
	}
	for k := i - 1; k >= 0 && d.events[k].sent+1 >= ev.sent; k-- {
		p := &d.events[k].sp
		if !p.ok() {
			continue
		}
		if e := p.ent; e >= 0 && d.ents[e].typ == tPer && genderOK(d.ents[e].gender, roleGender(head)) && d.fullName(e) {
			return e
		}
		return -1
	}
	return -1
}

// genericRoles are what news calls any named source on second reference.
var genericRoles = map[string]bool{"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "diplomat": true, "adviser": true, "advisor": true}
