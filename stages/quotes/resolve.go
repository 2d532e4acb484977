package quotes

import (
	"bytes"
	"strings"
	"unicode"
)

// resolve gives event i's speaker its fullest name: a name mention through
// its entity; a pronoun through the most recent compatible speaker; a role
// ("the president") through the person who carried that title.
func (d *doc) resolve(i int) {
	sp := &d.events[i].sp
	if e := d.whatSubject(sp); e >= 0 {
		sp.ent = e
		d.ents[e].spoke = true
		sp.name = d.entityName(e)
		return
	}
	if e := d.commentsBy(i); e >= 0 {
		sp.ent = e
		d.ents[e].spoke = true
		sp.name = d.entityName(e)
		return
	}
	switch {
	case sp.ment >= 0 && d.describesPerson(sp):
		// "the Spaniard told a news conference": the person the text is
		// about, named before.
		if e := d.antecedent(i, pAny); e >= 0 {
			sp.ent = e
		} else {
			sp.ent = d.ments[sp.ment].entity
		}
	case sp.ment >= 0:
		sp.ent = d.ments[sp.ment].entity
	case sp.pron == pHe || sp.pron == pShe:
		sp.ent = d.clauseSubjectBefore(i, sp.pron)
		if sp.ent < 0 {
			sp.ent = d.relativeAntecedent(sp)
		}
		if sp.ent < 0 {
			sp.ent = d.antecedent(i, sp.pron)
		}
		if sp.ent < 0 || d.roleFirst(i, sp.pron) && !d.reportedBy(i) {
			// "a ministry spokesman said … He said": the role speaks on.
			if name := d.roleAntecedent(i, sp.pron); name != "" {
				sp.ent, sp.name = -1, name
				return
			}
		}
		if sp.ent < 0 {
			if name := d.storySubject(i); name != "" {
				sp.name = name
				return
			}
		}
		if sp.ent < 0 {
			sp.ent = d.namedLater(i, sp.pron)
		}
	case sp.pron == pIt:
		if e := d.itSubject(sp); e >= 0 {
			sp.ent = e
			break
		}
		// "The company sold the unit, which it said had lost money":
		// "it" in a relative clause is the body the sentence opens with.
		// So in a relative without its pronoun: "aired a video it says
		// shows …", "criticized elections it says will not be fair".
		if f := sp.first - 1; f > 0 && (d.lowerIs(f, "which") || d.lowerIs(f, "that") || d.bareRelative(f)) {
			if s := d.subjectOf(sp.first); s.ok() && s.pron == pNone && !s.plural {
				if s.ment >= 0 && (d.ments[s.ment].typ != tPer || !d.personLike(d.ments[s.ment].entity)) {
					sp.ent = d.ments[s.ment].entity
					break
				}
				// A body's word other than an organisation noun ("The
				// army has released a video it says …"), not a person's.
				if s.ment < 0 && (d.in(s.last, lOrgNoun) || d.bareRelative(f) && d.toks[s.last].flags&(wSpeakerNoun|wOrgWord) != 0 &&
					!d.in(s.last, lPersonRole) && d.toks[s.last].flags&(wTitle|wMale|wFemale) == 0) {
					if e := d.roleEntity(&s, d.toks[s.first].s); e >= 0 {
						sp.ent = e
						break
					}
					sp.name = d.roleName(&s)
					return
				}
			}
		}
		if name := d.bodyRoleBefore(i); name != "" {
			sp.name = name
			return
		}
		sp.ent = d.orgAntecedent(i)
	case sp.pron == pThey:
		// "they" is the plural subject of its own sentence ("Egyptian
		// archaeologists have found the remains of a doctor they say
		// lived …"), else the last plural speaker, named as that speaker
		// was, else an organisation.
		if h, f := d.pluralSubjectBefore(sp.first); h >= 0 {
			sp.name = d.roleName(&spk{first: f, last: h})
			return
		}
		// "The militant group, the Movement for …, says … They also say":
		// a group that spoke in the sentence before goes on.
		if k := i - 1; k >= 0 && d.events[k].sent+1 == d.events[i].sent {
			if p := &d.events[k].sp; p.ent >= 0 && d.ents[p.ent].typ == tOrg && p.ment >= 0 && d.groupNamed(p) {
				sp.ent = p.ent
				break
			}
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			// "Police say … They say": a plural noun that opens a
			// sentence, read as a one-word name, is people too.
			if p := d.events[k].sp; (p.plural || p.ment >= 0 && p.first == p.last && d.toks[p.last].flags&wPlural != 0) &&
				p.name != "" {
				sp.name = p.name
				return
			}
		}
		sp.ent = d.orgAntecedent(i)
		if sp.ent < 0 {
			// "… after protesters stormed the palace, protesting elections
			// they say were rigged": the nearest people before "they" in
			// its own sentence.
			if h := d.peopleBefore(sp.first); h >= 0 {
				sp.name = d.roleName(&spk{first: d.modifiersBefore(h, d.toks[h].sent, 3), last: h})
				return
			}
		}
	case sp.first >= 0:
		// "the ministry said" after "the Lebanese health ministry said":
		// the role named in full before.
		if name := d.earlierRole(i); name != "" {
			sp.name = name
			return
		}
		if name := d.groupNamedBefore(i); name != "" {
			sp.name = name
			return
		}
		if name := d.outletOfPlace(sp); name != "" {
			sp.name = name
			return
		}
		sp.ent = d.officialBack(i)
		if sp.ent < 0 {
			sp.ent = d.docIssuer(sp)
		}
		if sp.ent < 0 {
			sp.ent = d.docNamedNext(i)
		}
		if sp.ent < 0 {
			sp.ent = d.titledThingOwner(sp)
		}
		// A document's owner before "the statement" as an organisation
		// noun: "A military statement says … The statement says".
		if sp.ent < 0 {
			if name, e := d.docOwner(i); name != "" {
				if e >= 0 {
					sp.ent = e
					break
				}
				sp.name = name
				return
			}
		}
		if sp.ent < 0 {
			sp.ent = d.roleEntity(sp, d.toks[sp.first].s)
		}
		if sp.ent < 0 {
			sp.ent = d.describedPerson(sp)
		}
		if sp.ent < 0 && d.describesPerson(sp) {
			// "The 56-year-old said": the person the story is about,
			// whom its lead opens with, before the last name met.
			if sp.ent = d.leadPerson(i); sp.ent < 0 {
				sp.ent = d.antecedent(i, pAny)
			}
		}
		if sp.ent < 0 {
			sp.ent = d.namedInNextParagraph(i)
		}
		if sp.ent < 0 {
			sp.ent = d.bodyNamedNext(i)
		}
	}
	if sp.ent >= 0 {
		d.ents[sp.ent].spoke = true
		sp.name = d.entityName(sp.ent)
		return
	}
	sp.name = d.roleName(sp)
}

// groupNamed: speaker p is a name set off after a group noun ("The
// militant group, the Movement for …,"), or a name whose last word is one
// ("… Liberation Movement", "… Front"): people, whom "they" goes on for.
func (d *doc) groupNamed(p *spk) bool {
	m := &d.ments[p.ment]
	if bodyHeads[string(d.wordKey(m.last))] || d.lowerIs(m.last, "group") || d.lowerIs(m.last, "rebels") {
		return true
	}
	c := m.fullFirst - 1
	if c > 0 && d.lowerIs(c, "the") {
		c--
	}
	return c > 1 && d.isPunct(c, ',') && (d.lowerIs(c-1, "group") || d.lowerIs(c-1, "movement") || d.lowerIs(c-1, "rebels"))
}

// roleAntecedent is the name of the last speaker before event i when it
// is a single role ("a spokeswoman") compatible with the pronoun, else "".
func (d *doc) roleAntecedent(i int, p int8) string {
	if i == 0 {
		return ""
	}
	// "He added the Treasury was aware of news reports suggesting …":
	// a report inside another's clause is not the voice that goes on.
	k := i - 1
	for k > 0 && d.events[k].sent == d.events[k-1].sent && d.events[k].sent < d.events[i].sent && !d.events[k].inverted {
		k--
	}
	prev := &d.events[k].sp
	// "A Treasury official said … He added … But he said": the pronoun
	// before already stood for the role.
	if prev.pron == p && prev.ent < 0 && prev.ok() && prev.name != "" && prev.name != d.textT(prev.first, prev.last) {
		return prev.name
	}
	if prev.ment >= 0 || prev.pron != pNone || prev.plural || !prev.ok() || prev.ent >= 0 {
		return ""
	}
	h := d.roleHead(prev)
	f := d.toks[h].flags
	if f&wMale != 0 && p == pShe || f&wFemale != 0 && p == pHe || d.lowerIs(h, "spokeswoman") && p == pHe ||
		d.lowerIs(h, "spokesman") && p == pShe {
		return ""
	}
	if f&wSpeakerNoun == 0 || f&wOrgWord != 0 {
		return ""
	}
	return prev.name
}

// roleHead is the head noun of a role: its last word, or the word before
// its first preposition ("a spokesman for the company").
func (d *doc) roleHead(sp *spk) int32 {
	for k := sp.first + 1; k < sp.last; k++ {
		if d.toks[k].kind == kWord && d.toks[k].flags&wPrep != 0 {
			return k - 1
		}
	}
	return sp.last
}

// reportedBy: event i's pronoun opens the that-clause of the event before
// it in the same sentence ("The staff member recalled that he said"): the
// clause reports someone else, not the one recalling.
func (d *doc) reportedBy(i int) bool {
	// The "that" of the verb, a few words on ("told reporters that he"),
	// not a relative one far on ("charges that he described as").
	return i > 0 && d.events[i-1].sent == d.events[i].sent && d.events[i-1].cue1 < d.events[i].sp.first &&
		d.lowerIs(d.events[i].sp.first-1, "that") && d.events[i].sp.first-d.events[i-1].cue1 <= 5
}

// roleFirst: the last speaker was a role, more recent than any person named
// since as a sentence subject.
func (d *doc) roleFirst(i int, p int8) bool {
	if i == 0 || d.roleAntecedent(i, p) == "" {
		return false
	}
	prev := &d.events[i-1]
	prevAt := prev.sp.last
	// "A U.N. spokesman says Secretary-General Kofi Annan is dismayed, and
	// he urged …": the person who opens the spokesman's clause.
	opens := int32(-1)
	if prev.sent == d.events[i].sent && !prev.inverted {
		opens = prev.cue1 + 1
		if d.lowerIs(opens, "that") {
			opens++
		}
	}
	m := d.mentionBefore(d.events[i].sp.first)
	for n := 0; m >= 0 && n < 20 && d.ments[m].last > prevAt; m, n = m-1, n+1 {
		if mm := &d.ments[m]; !mm.inQuote && (d.subjectLike(mm) || d.clauseOpenerAt(mm.fullFirst, opens)) && d.ents[mm.entity].typ == tPer {
			return false
		}
	}
	return true
}

// clauseSubjectBefore: "A U.N. spokesman says Secretary-General Kofi
// Annan is dismayed …, and he urged": a person who opens the clause that a
// role reports, in the same sentence, is the "he" or "she" after it; -1
// when there is none.
func (d *doc) clauseSubjectBefore(i int, p int8) int32 {
	if i == 0 {
		return -1
	}
	prev := &d.events[i-1]
	if prev.sent != d.events[i].sent || prev.inverted || prev.sp.ment >= 0 || prev.sp.pron != pNone || !prev.sp.ok() {
		return -1
	}
	at := prev.cue1 + 1
	if d.lowerIs(at, "that") {
		at++
	}
	for k := at; k <= at+3 && k < d.events[i].sp.first; k++ {
		if m := d.mentAt[k]; m >= 0 {
			mm := &d.ments[m]
			if e := mm.entity; d.clauseOpenerAt(mm.fullFirst, at) && d.ents[e].typ == tPer && genderOK(d.ents[e].gender, p) {
				return e
			}
			return -1
		}
	}
	return -1
}

// clauseOpenerAt: a name whose first token f opens a reported clause at
// token at, a title or two before it ("Secretary-General Kofi Annan").
func (d *doc) clauseOpenerAt(f, at int32) bool {
	if at < 0 || f < at || f > at+3 {
		return false
	}
	for k := at; k < f; k++ {
		if t := &d.toks[k]; t.kind != kWord || !t.cap {
			return false
		}
	}
	return true
}

// roleName is a role speaker's text without its leading article.
func (d *doc) roleName(sp *spk) string {
	f := sp.first
	// "those polled" keeps its "those": the word is the head.
	if f < sp.last && d.toks[f].flags&wDet != 0 && d.toks[f].kind == kWord && !d.lowerIs(f, "those") {
		f++
	}
	// "China's official Xinhua news agency": the body's name and its
	// kind, without the country and the adjectives before the name.
	for k := f + 1; k < sp.last; k++ {
		if t := &d.toks[k]; t.kind == kWord && t.flags&(wPrep|wFunc) != 0 {
			break // "Rebels in Sudan's Darfur region": a phrase after the head
		}
		if m := d.mentAt[k]; m >= 0 && d.ments[m].first == k && d.ments[m].typ != tPlace && d.ments[m].last < sp.last &&
			!d.toks[d.ments[m].last+1].poss && (d.toks[k-1].kind == kWord && !d.toks[k-1].cap || d.toks[k-1].poss) {
			return d.textT(k, sp.last)
		}
	}
	return d.textT(f, sp.last)
}

// personLike: a name with evidence of a person (a gender, a title, or a
// voice earlier on), not just two capitalised words ("Sierra Nevada").
func (d *doc) personLike(e int32) bool {
	en := &d.ents[e]
	return en.typ == tPer && (en.gender != 0 || en.titled || en.spoke)
}

func genderOK(g int8, p int8) bool {
	return g == 0 || p == pAny || (g > 0) == (p == pHe)
}

// describesPerson: "the Spaniard", "the 34-year-old", "the striker": a
// definite description that news uses for a person named before.
func (d *doc) describesPerson(sp *spk) bool {
	w := int32(-1)
	switch {
	case sp.first >= 0 && sp.last > sp.first+1 && sp.last-sp.first <= 5 && d.lowerIs(sp.first, "the") && d.lowerIs(sp.first+1, "former"):
		// "the former parliament speaker": an office once held describes
		// the person the text is about, whatever the office.
		t := &d.toks[sp.last]
		return t.kind == kWord && !t.cap && t.flags&(wFunc|wPlural|wOrgWord) == 0
	case sp.first >= 0 && sp.last > sp.first && sp.last-sp.first <= 4 && d.lowerIs(sp.first, "the"):
		// "the Spaniard"'s kin: "the Real Madrid forward".
		w = sp.last
	case sp.first >= 1 && sp.first == sp.last && d.lowerIs(sp.first-1, "the"):
		w = sp.first
	default:
		return false
	}
	return d.in(w, lDemonym) || d.in(w, lPersonRole) || d.yearOld(w) ||
		sp.last == sp.first+1 && !sp.passive && d.agentNoun(w) // "The rancher said", not "The hunter shot by …"
}

// agentNoun: "the rancher", "the mediator", "the photographer": a singular
// lower-case noun of one who does something, no office that speaks for a
// body (those are speaker nouns and titles, "the prosecutor", and may be
// someone new), describes the person the story is about.
func (d *doc) agentNoun(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.cap || t.flags&(wFunc|wPlural|wOrgWord|wSpeakerNoun|wTitle|wCue) != 0 || d.in(k, lOrgNoun) {
		return false
	}
	w := d.wordKey(k)
	if len(w) < 6 || bytes.IndexByte(w, '-') >= 0 {
		return false
	}
	for _, suf := range [...]string{"er", "or", "ist"} {
		if string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// earlierRole is the name of a role that spoke shortly before event i and
// that "the <noun>" of event i repeats ("a person familiar with the matter
// … the person said"), or "".
func (d *doc) earlierRole(i int) string {
	sp := &d.events[i].sp
	if sp.ment >= 0 || sp.pron != pNone || sp.first < 0 || !d.lowerIs(sp.first, "the") || sp.last-sp.first > 2 {
		return ""
	}
	key := string(d.wordKey(sp.last))
	// "the statement said": its issuer, found by roleEntity; not "the
	// spokeswoman said", a person who may have spoken as a fuller role.
	if documentNouns[key] && !d.spokesWord(sp.last) {
		return ""
	}
	named, body := int32(-1), int32(-1)
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		p := &d.events[k].sp
		// "A Burmese aid group says … The Free Burma Rangers says … The
		// group says": the body named between is the one the
		// description was found to be; "the group" is both.
		if body >= 0 {
			if p.ment >= 0 {
				return ""
			}
			if d.sameHead(p, sp.last) {
				if p.ent == body {
					return p.name
				}
				return ""
			}
			continue
		}
		if p.ment >= 0 {
			// A named speaker came between: "the group" may be it; a
			// country or body is not "the president", and the person the
			// role was named as may speak by name in between ("A defiant
			// Iranian president says … Mahmoud Ahmadinejad spoke … the
			// Iranian president said").
			if e := p.ent; e >= 0 && d.personRoleWord(sp.last) {
				if d.ents[e].typ == tPer {
					if named >= 0 && named != e {
						return ""
					}
					named = e
				}
				continue
			}
			if e := p.ent; e >= 0 && named < 0 && d.in(sp.last, lOrgNoun) {
				body = e
				continue
			}
			return ""
		}
		if p.pron != pNone || !p.ok() || p.last-p.first <= sp.last-sp.first || p.name == "" {
			continue
		}
		for t := p.first; t <= p.last; t++ {
			if d.toks[t].kind == kWord && d.toks[t].flags&wSpeakerNoun != 0 && string(d.wordKey(t)) == key {
				if named >= 0 && p.ent != named {
					return ""
				}
				return p.name
			}
		}
	}
	return ""
}

// groupNamedBefore: "Organizers of the city marathon say … Race
// organizers said …": a bare plural role whose words all stood in a fuller
// role with the same plural head that spoke in the three sentences before
// is that group, named as it was in full; "" otherwise. Other modifiers
// ("Syrian officials" after "Iraqi officials") name another group.
func (d *doc) groupNamedBefore(i int) string {
	ev := &d.events[i]
	sp := &ev.sp
	h := sp.last
	if sp.ment >= 0 || sp.pron != pNone || sp.first < 0 || sp.last-sp.first > 2 || d.toks[sp.first].flags&wDet != 0 ||
		d.toks[h].kind != kWord || d.toks[h].cap || d.toks[h].flags&wPlural == 0 && !d.pluralShape(h) {
		return ""
	}
	for k := i - 1; k >= 0 && d.events[k].sent+3 >= ev.sent; k-- {
		p := &d.events[k].sp
		if p.ment >= 0 || p.pron != pNone || !p.ok() || p.name == "" || p.last-p.first <= sp.last-sp.first {
			continue
		}
		all := true
		for w := sp.first; w <= h && all; w++ {
			all = false
			for t := p.first; t <= p.last; t++ {
				if d.toks[t].kind == kWord && d.sameWord(t, w) && (w != h || t == d.roleHead(p) || d.toks[t].cap && t == p.first) {
					all = true
					break
				}
			}
		}
		if all {
			return p.name
		}
	}
	return ""
}

// sameHead: role speaker p holds the word of token h as a speaker noun
// ("aid group" and "group").
func (d *doc) sameHead(p *spk, h int32) bool {
	for t := p.first; t <= p.last; t++ {
		if d.toks[t].kind == kWord && d.toks[t].flags&wSpeakerNoun != 0 && d.sameWord(t, h) {
			return true
		}
	}
	return false
}

// yearOld: "34-year-old".
func (d *doc) yearOld(k int32) bool {
	t := &d.toks[k]
	n := t.e - t.s
	if n < 10 || !unicode.IsDigit(d.r[t.s]) {
		return false
	}
	return string(d.r[t.e-9:t.e]) == "-year-old"
}

var demonyms = map[string]bool{}
var personRoles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`spaniard frenchman frenchwoman briton englishman englishwoman scot
		welshman irishman dutchman dane swede finn pole norwegian german italian portuguese argentine
		argentinian brazilian belgian croatian serb serbian austrian swiss greek turk american canadian
		australian kenyan nigerian egyptian moroccan senegalese ghanaian japanese korean chinese mexican
		colombian uruguayan chilean israeli iranian indian pakistani russian ukrainian georgian
		venezuelan cuban peruvian ecuadorian slovenian slovak czech hungarian romanian bulgarian
		algerian tunisian cameroonian ivorian ethiopian south-african new-zealander kiwi aussie`) {
		demonyms[w] = true
	}
	for _, w := range strings.Fields(`striker midfielder goalkeeper winger veteran actress actor singer
		rapper player quarterback pitcher skipper batter batsman bowler golfer sprinter swimmer boxer
		fighter driver rider forward defender novelist filmmaker director leader entrepreneur businessman
		businesswoman billionaire tycoon magnate activist cleric guitarist musician comedian dissident
		ayatollah imam rabbi bishop pastor pontiff monarch emissary emperor empress philosopher historian
		poet scholar author priest nun monk`) {
		personRoles[w] = true
	}
}

// antecedent of he/she: the most recent compatible person who either spoke
// or opened a sentence (outside quotes) before the pronoun. News resumes the
// last voice or the person the text is about, not the last name dropped.
func (d *doc) antecedent(i int, p int8) int32 {
	at := d.events[i].sp.first
	best, bestPos := int32(-1), int32(-1)
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		// A speaker of unknown kind with a gender is a person ("Ritchie
		// also spoke about her plea").
		e := d.events[k].sp.ent
		if e >= 0 && (d.ents[e].typ == tPer || d.ents[e].typ == tUnknown && d.ents[e].gender != 0 && p != pAny ||
			d.voiceGoesOn(i, k, p)) && genderOK(d.ents[e].gender, p) {
			best, bestPos = e, d.events[k].sp.first
			break
		}
	}
	// Scan back over mentions, bounded so a pathological text stays linear.
	m := d.mentionBefore(at)
	for n := 0; m >= 0 && n < 40 && d.ments[m].last > bestPos; m, n = m-1, n+1 {
		mm := &d.ments[m]
		if mm.inQuote || !d.subjectLike(mm) {
			continue
		}
		if e := mm.entity; (d.personLike(e) || p == pAny && d.fullName(e)) && genderOK(d.ents[e].gender, p) {
			return e
		}
	}
	if best >= 0 {
		return best
	}
	m = d.mentionBefore(at)
	for n := 0; m >= 0 && n < 50; m, n = m-1, n+1 {
		mm := &d.ments[m]
		if mm.inQuote {
			continue
		}
		if e := mm.entity; d.personLike(e) && genderOK(d.ents[e].gender, p) {
			return e
		}
	}
	// No name with evidence of a person: the last full name that opened a
	// sentence ("Dean Holt made headlines when he described …"), rather
	// than a bare pronoun.
	m = d.mentionBefore(at)
	for n := 0; m >= 0 && n < 30; m, n = m-1, n+1 {
		if mm := &d.ments[m]; !mm.inQuote && d.subjectLike(mm) && d.fullName(mm.entity) && genderOK(d.ents[mm.entity].gender, p) {
			return mm.entity
		}
	}
	if e := d.loneNameBefore(at, p); e >= 0 {
		return e
	}
	return d.surnameSpeaker(i, p)
}

// namedLater: '"There is a 'yuk' factor to it," she says. … Tarlo
// explains': a "he" or "she" that nothing before it stands for (the text
// opens with it) is the first speaker named after it, in the two sentences
// after its own, a person or a name of unknown kind; -1 if none.
func (d *doc) namedLater(i int, p int8) int32 {
	ev := &d.events[i]
	for k := i + 1; k < len(d.events) && d.events[k].para <= ev.para+1 && d.events[k].sent <= ev.sent+2; k++ {
		nx := &d.events[k].sp
		if nx.ment < 0 {
			continue
		}
		e := d.ments[nx.ment].entity
		if e < 0 || d.ents[e].typ == tPlace || d.ents[e].typ == tOrg || !genderOK(d.ents[e].gender, p) {
			continue
		}
		return e
	}
	return -1
}

// voiceGoesOn: "Al-Masri asks President Ruiz if he knows who gave the
// order. He answers …": the "he" or "she" of a sentence goes on for the name
// of unknown kind that opened the sentence before (or its own) as the
// speaker of event k, not for a person that sentence only spoke to or of.
// A body is no "he", so the name is a person's.
func (d *doc) voiceGoesOn(i, k int, p int8) bool {
	if p != pHe && p != pShe {
		return false
	}
	ev := &d.events[k]
	if ev.sp.ment < 0 || ev.sent+1 < d.events[i].sent || ev.inverted {
		return false
	}
	mm := &d.ments[ev.sp.ment]
	return d.ents[ev.sp.ent].typ == tUnknown && d.ents[ev.sp.ent].gender == 0 && d.sentenceInitial(mm.fullFirst)
}

// surnameSpeaker: "Campbell says …, but he says …": a lone surname that
// opened a sentence and spoke, in this sentence or the one before, is the
// person "he" or "she" goes on for; -1 when there is none.
func (d *doc) surnameSpeaker(i int, p int8) int32 {
	sent := d.events[i].sent
	for k := i - 1; k >= 0 && d.events[k].sent+1 >= sent; k-- {
		sp := &d.events[k].sp
		if sp.ment < 0 || sp.ent < 0 {
			continue
		}
		mm := &d.ments[sp.ment]
		if en := &d.ents[sp.ent]; mm.first == mm.last && mm.weak && en.typ == tUnknown && genderOK(en.gender, p) {
			return sp.ent
		}
	}
	return -1
}

// orgAntecedent of "it" and "they": the last organisation that spoke, or
// that opened a sentence since; a name of unknown kind counts, a person
// known to be a man or a woman does not.
func (d *doc) orgAntecedent(i int) int32 {
	at := d.events[i].sp.first
	best, bestPos := int32(-1), int32(-1)
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if e := d.events[k].sp.ent; e >= 0 && (d.orgLike(e) || d.spokeAsOrg(e)) {
			best, bestPos = e, d.events[k].sp.first
			break
		}
		// "China notified Hong Kong … A government statement says … It
		// said": a country that was the voice of the sentence just before
		// goes on as "it".
		if e := d.events[k].sp.ent; k == i-1 && e >= 0 && d.ents[e].typ == tPlace && d.events[k].sent+1 == d.events[i].sent &&
			d.events[k].sp.pron == pNone && d.events[k].sp.ment < 0 {
			return e
		}
	}
	// "Each month Spear will send a check, it added": a name in the
	// clause a closing "it" attributes is not the speaker.
	// "Nordair halted flights, because, it said, …": an aside with the
	// report after it names its subject before it.
	closing := d.isPunct(at-1, ',') && !d.asideAt(&d.events[i])
	sent := d.events[i].sent
	m := d.mentionBefore(at)
	for n := 0; m >= 0 && n < 30 && d.ments[m].last > bestPos; m, n = m-1, n+1 {
		if mm := &d.ments[m]; !mm.inQuote && d.subjectLike(mm) && d.orgLike(mm.entity) && !d.byline(mm) &&
			!(closing && best >= 0 && d.toks[mm.first].sent == sent) {
			return mm.entity
		}
	}
	if best >= 0 {
		return best
	}
	m = d.mentionBefore(at)
	for n := 0; m >= 0 && n < 30; m, n = m-1, n+1 {
		if mm := &d.ments[m]; !mm.inQuote && d.ents[mm.entity].typ == tOrg && !d.byline(mm) {
			return mm.entity
		}
	}
	return -1
}

// bodyRoleBefore: "it" goes on for the last speaker when that speaker was a
// body named by a role ("Russia's foreign ministry said … It warned"), with
// no organisation opening a sentence since: that role's name, or "".
func (d *doc) bodyRoleBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		p := &d.events[k].sp
		if p.ent >= 0 || p.ment >= 0 || !p.ok() || p.name == "" {
			return ""
		}
		if p.pron == pIt {
			return p.name // "It warned … It added"
		}
		// "A statement said … It also said": a document speaks on too.
		// "The U.S. military says … But it says": a body word too.
		if p.pron != pNone || p.plural || !(d.toks[p.last].flags&wOrgWord != 0 || d.in(p.last, lOrgNoun) ||
			d.in(p.last, lDocumentNoun) || bodyNouns[string(d.wordKey(p.last))]) {
			return ""
		}
		m := d.mentionBefore(d.events[i].sp.first)
		for n := 0; m >= 0 && n < 30 && d.ments[m].first > p.last; m, n = m-1, n+1 {
			// Any body opening a sentence since ("And al-Jazeera
			// television has aired a video it says shows …").
			if mm := &d.ments[m]; !mm.inQuote && (d.subjectLike(mm) || d.afterOpeningAnd(mm.fullFirst)) &&
				(d.orgLike(mm.entity) || d.ents[mm.entity].typ != tPer) {
				return ""
			}
		}
		return p.name
	}
	return ""
}

// afterOpeningAnd: token f follows the "And" or "But" that opens its
// sentence.
func (d *doc) afterOpeningAnd(f int32) bool {
	return f > 0 && d.sentenceInitial(f-1) && (d.lowerIs(f-1, "and") || d.lowerIs(f-1, "but"))
}

// byline: a news agency in parentheses, as in the dateline "NEW YORK
// (Reuters) -": the writer, never what "it" or "the company" refers to.
func (d *doc) byline(m *mention) bool {
	if d.isPunct(m.fullFirst-1, '(') && d.isPunct(m.last+1, ')') {
		return true
	}
	// The dateline's place in capitals: "NEW YORK, March 4".
	k := m.fullFirst
	return d.allCaps(k) && d.allCaps(m.last) && (k == 0 || d.toks[k-1].para != d.toks[k].para)
}

// spokeAsOrg: a speaker's name with no sign of a person or a place, even
// one word that opens the text ("Raytheon said …"): "the company" and "it"
// may be it.
func (d *doc) spokeAsOrg(e int32) bool {
	en := &d.ents[e]
	return en.typ != tPer && en.typ != tPlace && en.gender == 0 && !en.titled && !d.placeLike(en)
}

func (d *doc) orgLike(e int32) bool {
	en := &d.ents[e]
	return en.typ == tOrg || en.typ != tPlace && en.gender == 0 && !en.titled && !d.ments[en.best].weak
}

// mentionBefore is the index of the last mention that ends before token at.
func (d *doc) mentionBefore(at int32) int32 {
	lo, hi := 0, len(d.ments)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.ments[mid].last < at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return int32(lo - 1)
}

// roleEntity: "the president" is the last person titled President; "a
// federal judge" in a lead is the judge named just after.
func (d *doc) roleEntity(sp *spk, _ int32) int32 {
	if sp.first == sp.last {
		return -1
	}
	// "Greenland's prime minister": a possessor, then a title.
	// "its president", "their leader": a possessive pronoun is a possessor too.
	poss := d.lowerIs(sp.first, "its") || d.lowerIs(sp.first, "their")
	if d.toks[sp.first].flags&wDet == 0 {
		m := d.mentAt[sp.first]
		if m < 0 || d.ments[m].last+1 >= sp.last || !d.toks[d.ments[m].last+1].poss {
			return -1
		}
		poss = true
	}
	definite := d.lowerIs(sp.first, "the")
	if !poss && !definite && !d.lowerIs(sp.first, "a") && !d.lowerIs(sp.first, "an") {
		return -1
	}
	if definite && (sp.last-sp.first <= 3 || sp.last-sp.first == 4 && d.lowerIs(sp.first+2, "and")) &&
		d.in(sp.last, lOrgNoun) && d.plainModifiers(sp.first+1, sp.last-1) {
		// "the company said", "the German automaker says": the
		// organisation last speaking, else the one the text is about.
		press := pressNouns[string(d.wordKey(sp.last))]
		e := int32(-1)
		if press {
			// "Officials told The New York Times … The newspaper says": an
			// outlet named lately, speaker or listener, before any other
			// body that spoke.
			e = d.lastOutlet(sp.first)
		}
		if e < 0 {
			e = d.lastOrg(sp.first)
		}
		if e < 0 && press {
			e = d.lastReporter(sp.first)
		}
		// "Petroleos del Sur said … The Venezuelan company says": a name
		// read as a person's for want of evidence, that spoke lately and
		// that no "he" or "she" spoke for, is the body the noun describes.
		if e < 0 {
			e = d.lastUntypedSpeaker(sp.first)
		}
		// "The agency says" after "the Ethiopian News Agency reports … a
		// statement from the Ministry of Justice said": the body whose
		// name holds the noun.
		if e >= 0 && !d.nameHolds(e, sp.last) {
			if n := d.recentNamed(sp.first, sp.last); n >= 0 {
				e = n
			}
		}
		// "the ministry said" is a ministry: an institution's kind is in
		// its name ("Ministry of Trade"), not a bureau named before.
		if e >= 0 && d.in(sp.last, lInstitution) && !strings.Contains(strings.ToLower(d.entityName(e)), string(d.wordKey(sp.last))) {
			return -1
		}
		return e
	}
	ti, ok := titleIdx[string(d.wordKey(sp.last))]
	if !ok {
		return -1
	}
	head := titleWords[ti-1]
	m := d.mentionBefore(sp.first)
	if definite || poss {
		for n := 0; m >= 0 && n < 80; m, n = m-1, n+1 {
			if e := d.ments[m].entity; d.ents[e].title == head && d.sameRank(sp.last, m) &&
				!d.otherNation(sp, &d.ments[d.ents[e].best]) {
				return e
			}
		}
		if definite {
			return -1
		}
		m = d.mentionBefore(sp.first)
	}
	// Forward only into the next three sentences: a later story's minister
	// is someone else.
	para, sent := d.toks[sp.first].para, d.toks[sp.first].sent
	for m++; m < int32(len(d.ments)) && d.toks[d.ments[m].first].para <= para+2 && d.toks[d.ments[m].first].sent <= sent+3; m++ {
		if e := d.ments[m].entity; d.ents[e].title == head && d.ents[e].typ == tPer && d.sameRank(sp.last, m) && d.samePortfolio(sp.last, m) {
			return e
		}
	}
	return -1
}

// nameHolds: entity e's name holds the word at token k ("agency" in
// "Ethiopian News Agency").
func (d *doc) nameHolds(e, k int32) bool {
	return strings.Contains(strings.ToLower(d.entityName(e)), string(d.wordKey(k)))
}

// recentNamed: the organisation that spoke and was named last, within the
// three sentences before token at, whose name holds the word at token k;
// -1 if none.
func (d *doc) recentNamed(at, k int32) int32 {
	for m := d.mentionBefore(at); m >= 0 && d.toks[d.ments[m].first].sent+3 >= d.toks[at].sent; m-- {
		mm := &d.ments[m]
		if mm.inQuote || d.ents[mm.entity].typ == tPer || d.ents[mm.entity].typ == tPlace || !d.ents[mm.entity].spoke {
			continue
		}
		for t := mm.first; t <= mm.last; t++ {
			if d.sameWord(t, k) {
				return mm.entity
			}
		}
	}
	return -1
}

// sameRank: the role whose title word is token head and the title before
// mention m carry the same rank word: "Venezuela's vice president" is not
// "President Hugo Chavez", nor "the president" "Vice President Rangel".
func (d *doc) sameRank(head, m int32) bool {
	t := d.ments[m].first - 1
	if t < 0 || d.toks[t].kind != kWord || d.toks[t].flags&wTitle == 0 {
		return d.rankBefore(head) == "" // a title written elsewhere: no rank to compare
	}
	return d.rankBefore(head) == d.rankBefore(t)
}

// samePortfolio: "Jordan's foreign minister" is not the "Prime Minister"
// named after it: the words right before the two title words, when both
// are written, agree.
func (d *doc) samePortfolio(head, m int32) bool {
	t := d.ments[m].first - 1
	if t < 1 || head < 1 || d.toks[t].kind != kWord || d.toks[t].flags&wTitle == 0 {
		return true
	}
	a, b := &d.toks[head-1], &d.toks[t-1]
	// A portfolio in lower case ("foreign", "interior"), not a nation or
	// a seniority ("Thai", "senior").
	if a.kind != kWord || b.kind != kWord || a.cap || a.flags&(wFunc|wDet|wNationality) != 0 || b.flags&(wFunc|wDet) != 0 ||
		a.poss || b.poss || d.lowerIs(head-1, "senior") || d.lowerIs(head-1, "top") || d.rankBefore(head) != "" {
		return true
	}
	return string(d.wordKey(head-1)) == string(d.wordKey(t-1))
}

// rankBefore is the rank word before title token k ("vice", "deputy",
// "former" …), "" if none.
func (d *doc) rankBefore(k int32) string {
	if k < 1 || d.toks[k-1].kind != kWord {
		return ""
	}
	for _, w := range [...]string{"vice", "deputy", "assistant", "former", "acting", "interim", "associate", "under"} {
		if d.lowerIs(k-1, w) {
			return w
		}
	}
	return ""
}

// orgNouns name an organisation already introduced: "the company said".
var orgNouns = map[string]bool{"company": true, "firm": true, "group": true, "agency": true, "ministry": true,
	"bank": true, "organization": true, "organisation": true, "statement": true, "carrier": true, "airline": true,
	"automaker": true, "retailer": true, "lender": true, "insurer": true, "club": true, "team": true,
	"league": true, "alliance": true, "union": true, "party": true, "network": true, "newspaper": true, "broadcaster": true,
	"regulator": true, "charity": true, "university": true, "department": true, "maker": true, "utility": true,
	"carmaker": true, "chipmaker": true, "drugmaker": true, "planemaker": true, "miner": true, "producer": true,
	"manufacturer": true, "supplier": true, "operator": true, "developer": true, "giant": true, "conglomerate": true,
	"watchdog": true, "exchange": true, "broker": true, "dealer": true, "concern": true, "subsidiary": true,
	"unit": true, "journal": true, "magazine": true, "paper": true}

// lastOrg is the organisation that spoke last before token at, else the
// one named last outside quotes, or -1. The speaker comes first: "Teradyne
// said Digital Equipment signed … The company said" means Teradyne.
func (d *doc) lastOrg(at int32) int32 {
	spoke, spokeAt := int32(-1), int32(-1)
	for k, n := d.firstEventFrom(at)-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		// "Officials said …": a plural of people that opens a sentence
		// is read as a weak name; it is no organisation.
		if sp := &d.events[k].sp; sp.ment >= 0 && d.ments[sp.ment].weak && d.toks[sp.last].flags&wPlural != 0 {
			continue
		}
		if e := d.events[k].sp.ent; e >= 0 && d.ents[e].typ != tPer && (d.orgLike(e) || d.spokeAsOrg(e)) {
			spoke, spokeAt = e, d.events[k].sp.first
			break
		}
		// A name read as a person's for want of evidence, in the two
		// sentences before: "Petroleos de Venezuela said … The
		// Venezuelan company says".
		if e := d.events[k].sp.ent; e >= 0 && d.events[k].sent+2 >= d.toks[at].sent && e == d.lastUntypedSpeaker(at) {
			spoke, spokeAt = e, d.events[k].sp.first
			break
		}
	}
	// An organisation that opened a sentence since ("Nissan says … Volkswagen
	// is giving us a glimpse … The German automaker says") is the topic now;
	// a name that opens a reported clause is not ("Agrimont is taking steps
	// …, the company said").
	best := int32(-1)
	m := d.mentionBefore(at)
	for n := 0; m >= 0 && n < 40; m, n = m-1, n+1 {
		mm := &d.ments[m]
		if mm.inQuote {
			continue
		}
		if spoke >= 0 && mm.last <= spokeAt {
			return spoke
		}
		// "Leaders are concerned …": a plural noun that opens a sentence
		// is people, not a company ("Officials", "Analysts"); a word the
		// lexicon does not know is plural by its shape and its verb
		// ("Investors are nervous", not "Siemens is cutting").
		if mm.weak && (d.toks[mm.last].flags&wPlural != 0 || d.pluralShape(mm.last) && d.pluralVerbAfter(mm.last)) {
			continue
		}
		en := &d.ents[mm.entity]
		// A one-word name of no known kind that opens a sentence
		// ("Volkswagen will cut …") may be the company; a person's
		// fullest name has two words or more.
		oneWord := d.ments[en.best].first == d.ments[en.best].last
		if d.byline(mm) || d.placeLike(en) || en.typ == tUnknown && d.modifierOnly(mm.entity) {
			continue
		}
		// "Volvo is showing …": a lone word before a finite verb is a
		// subject, not just a capitalised word.
		strong := en.strong > 0 || mm.last+1 < int32(len(d.toks)) && d.toks[mm.last+1].kind == kWord &&
			d.in(mm.last+1, lFinite)
		if en.typ == tOrg && !mm.weak || en.typ == tUnknown && oneWord && en.gender == 0 && !en.titled && strong && d.subjectLike(mm) {
			if d.subjectLike(mm) && d.topicShift(mm, at) {
				return mm.entity
			}
			// Else, among the organisations named lately, the one the
			// text is about, named most often ("The utility said" after
			// counties named in passing means the utility of the lead).
			if spoke < 0 && (best < 0 || en.strong > d.ents[best].strong) {
				best = mm.entity
			}
		}
	}
	if spoke >= 0 {
		return spoke
	}
	return best
}

// topicShift: mention mm opens a sentence of the writer's, before the
// sentence of token at, that reports no one (not a header in capitals).
func (d *doc) topicShift(mm *mention, at int32) bool {
	sent := d.toks[mm.first].sent
	if sent == d.toks[at].sent || mm.last > mm.first && d.allCaps(mm.first) && d.allCaps(mm.last) {
		return false
	}
	// A name alone is a heading or a cut sentence ("ID. Space Vizzion
	// Concept."), not a subject.
	if nx := mm.last + 1; nx >= int32(len(d.toks)) || d.toks[nx].sent != sent || d.toks[nx].kind != kWord && !d.isPunct(nx, ',') {
		return false
	}
	k := d.firstEventFrom(d.sentFirst(mm.first))
	return k >= len(d.events) || d.events[k].sent != sent
}

// placeLike: "San Diego County", "Huade City": a place whose last word
// reads as an organisation's.
func (d *doc) placeLike(en *entity) bool {
	b := &d.ments[en.best]
	return d.lowerIs(b.last, "county") || d.lowerIs(b.last, "city") || d.lowerIs(b.last, "province")
}

// plainModifiers: tokens [a, b] are lower-case words or nationalities, no
// name: "German" in "the German automaker".
func (d *doc) plainModifiers(a, b int32) bool {
	for k := a; k <= b; k++ {
		t := &d.toks[k]
		if k > a && k < b && d.lowerIs(k, "and") {
			continue // "the minerals and energy company"
		}
		if d.basedWord(k) {
			continue // "the Zurich-based company": where it sits, no other name
		}
		if t.kind != kWord || d.mentAt[k] >= 0 && t.flags&wNationality == 0 || t.cap && t.flags&wNationality == 0 ||
			t.flags&(wFunc|wPrep|wCue) != 0 {
			return false
		}
	}
	return true
}

// fullName: a person's name of two words or more ("Kylian Mbappe"), enough
// for a description such as "the Real Madrid forward" to point back to.
func (d *doc) fullName(e int32) bool {
	en := &d.ents[e]
	b := &d.ments[en.best]
	return en.typ == tPer && b.last > b.first && !d.isPlace(b.first, b.last) && !d.titleOnly(b)
}

// titleOnly: a capitalised run that is only an office ("Junior
// Minister", "Deputy Secretary"), no one's name.
func (d *doc) titleOnly(m *mention) bool {
	for k := m.first; k <= m.last; k++ {
		t := &d.toks[k]
		if t.kind == kWord && t.flags&wTitle == 0 && !officeRanks[string(d.wordKey(k))] {
			return false
		}
	}
	return true
}

// officeRanks qualify a title inside a capitalised office.
var officeRanks = map[string]bool{"junior": true, "senior": true, "deputy": true, "vice": true, "acting": true,
	"assistant": true, "associate": true, "under": true, "interim": true, "chief": true}

// namedInNextParagraph: a wire lead gives a role ("The head of England's
// largest ambulance service has warned …", "Nvidia's chief executive said
// …") and names the person in the next paragraph, where a full name first
// appears as a speaker; so does a story that brings in a new witness ("a
// career Army officer who described …"). For a singular person role of the
// first paragraphs, or an indefinite one anywhere: that person's entity, or
// -1.
func (d *doc) namedInNextParagraph(i int) int32 {
	ev := &d.events[i]
	sp := &ev.sp
	// Past the lead, only a role just introduced ("including a career
	// Army officer who described …"): "the officer" points back instead.
	if ev.para > 1 && !d.lowerIs(sp.first, "a") && !d.lowerIs(sp.first, "an") || sp.plural || sp.ment >= 0 || sp.pron != pNone || ev.accord {
		return -1
	}
	// "The Iraqi prime minister's office says": a body, whoever heads it.
	if h := d.roleHead(sp); d.toks[h].flags&wOrgWord != 0 && d.toks[h].flags&wPlural == 0 || bodyNouns[string(d.wordKey(h))] {
		return -1
	}
	person := false
	for k := sp.first; k <= sp.last; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		if k > sp.first && t.flags&wPrep != 0 {
			break // "the head of the central bank": the head is the role
		}
		if t.cap && k < sp.last && d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].last < sp.last {
			continue // "A European Union adviser": the body's name only qualifies the role
		}
		key := string(d.wordKey(k))
		if d.spokesWord(k) {
			// "A spokesman for X said … The official, NAME, …": named
			// only by apposition to a spokesman's role.
			return d.spokesmanNamedNext(ev)
		}
		if orgNouns[key] || documentNouns[key] || t.flags&wPlural != 0 {
			return -1
		}
		if t.flags&(wTitle|wSpeakerNoun) != 0 && t.flags&wOrgWord == 0 {
			person = true
		}
	}
	// "The hunter shot by …": a person things were done to, whoever the noun.
	person = person || sp.passive
	if !person || d.anonymous(ev) {
		return -1
	}
	if e := d.namedInNextSentence(ev); e >= 0 {
		return e
	}
	for k := i + 1; k < len(d.events) && d.events[k].para <= ev.para+1; k++ {
		nx := &d.events[k]
		if nx.para != ev.para+1 || nx.sp.ment < 0 {
			continue
		}
		m := &d.ments[nx.sp.ment]
		e := m.entity
		if e < 0 || d.ents[e].typ != tPer || !d.fullName(e) {
			return -1
		}
		if first := d.firstMention(e); first >= 0 && d.toks[d.ments[first].first].para == nx.para {
			return e
		}
		return -1
	}
	return -1
}

// namedInNextSentence: the subject of the sentence after the role's is a
// person's full name named there for the first time ("The head of the central bank
// says … Federal Reserve Chairman Ben Bernanke said", "… Arab League chief
// Amr Mussa made his statement"): the wire names the role there, whatever
// the paragraphs. That person's entity, or -1.
func (d *doc) namedInNextSentence(ev *event) int32 {
	// Only a lead's role that opens its sentence with a phrase ("The
	// head of …", "The U.S. Secretary of Energy"), not "…," the coach said;
	// or an indefinite one anywhere whose words the next sentence's name
	// carries ("a mass grave that a regional official says … regional
	// human rights minister Salah Rashid said").
	shared := false
	// An opening word or phrase before the role ("Meanwhile, the
	// chairman of …") still leaves it the clause's opener.
	if ev.sp.last-ev.sp.first < 2 && !ev.sp.passive || !d.sentenceInitial(ev.sp.first) && !d.clauseHead(ev.sp.first) {
		if !d.lowerIs(ev.sp.first, "a") && !d.lowerIs(ev.sp.first, "an") || ev.sp.last == ev.sp.first+1 {
			return -1
		}
		shared = true
	}
	m := d.mentionBefore(ev.sp.first) + 1
	for n := 0; m < int32(len(d.ments)) && n < 30; m, n = m+1, n+1 {
		mm := &d.ments[m]
		s := d.toks[mm.first].sent
		if s <= ev.sent || mm.inQuote {
			continue
		}
		if s > ev.sent+1 {
			return -1
		}
		e := mm.entity
		if d.ents[e].typ != tPer || !d.subjectLike(mm) && !d.speaksIn(e, mm.first) || d.titleOnly(mm) {
			continue // a place or body in an opening phrase; an office
		}
		if d.firstMention(e) == m && d.fullName(e) && (!shared || d.sharesModifier(&ev.sp, mm)) {
			return e
		}
		return -1
	}
	return -1
}

// sharesModifier: a lower-case word of role sp other than its head is
// among the few words right before mention mm ("a regional official" …
// "regional human rights minister Salah Rashid").
func (d *doc) sharesModifier(sp *spk, mm *mention) bool {
	for k := sp.first + 1; k < sp.last; k++ {
		if d.toks[k].kind != kWord || d.toks[k].cap {
			continue
		}
		key := string(d.wordKey(k))
		for j := mm.fullFirst - 1; j >= 0 && j >= mm.fullFirst-5 && d.toks[j].sent == d.toks[mm.first].sent; j-- {
			if d.toks[j].kind == kWord && string(d.wordKey(j)) == key {
				return true
			}
		}
	}
	return false
}

// speaksIn: entity e, named at token at, is the speaker of a reporting verb
// of that sentence.
func (d *doc) speaksIn(e, at int32) bool {
	sent := d.toks[at].sent
	for k := d.firstEventFrom(d.sentFirst(at)); k < len(d.events) && d.events[k].sent == sent; k++ {
		if sp := &d.events[k].sp; sp.ment >= 0 && d.ments[sp.ment].entity == e {
			return true
		}
	}
	return false
}

// anonymous: the sentence says its source is not named ("a former official
// who spoke anonymously", "on condition of anonymity", "who asked not to be
// identified"). Such a source stays unnamed: the person named next is
// someone else.
func (d *doc) anonymous(ev *event) bool {
	for k := ev.sp.first; k < int32(len(d.toks)) && d.toks[k].sent == ev.sent; k++ {
		if d.toks[k].kind != kWord {
			continue
		}
		switch {
		case d.lowerIs(k, "anonymously"), d.lowerIs(k, "anonymity"), d.lowerIs(k, "unnamed"), d.lowerIs(k, "unidentified"):
			return true
		case (d.lowerIs(k, "named") || d.lowerIs(k, "identified")) && k >= 2 &&
			(d.lowerIs(k-1, "be") && (d.lowerIs(k-2, "not") || d.lowerIs(k-2, "to"))):
			return true
		}
	}
	return false
}

// firstMention is the index of the first mention of entity e.
func (d *doc) firstMention(e int32) int32 {
	for m := range d.ments {
		if d.ments[m].entity == e {
			return int32(m)
		}
	}
	return -1
}

// institutions: heads of "the ministry", "the court" that name their kind.
// ("the agency" may be NASA: not one of them).
var institutions = map[string]bool{"ministry": true, "department": true, "commission": true,
	"committee": true, "council": true, "court": true, "bureau": true, "university": true, "hospital": true,
	"embassy": true, "parliament": true, "senate": true}

// docIssuer: "the report" after "a report by the International Energy
// Agency": the document speaks for the issuer named with it before.
func (d *doc) docIssuer(sp *spk) int32 {
	if !d.lowerIs(sp.first, "the") || sp.last != sp.first+1 || !d.in(sp.last, lDocumentNoun) || d.spokesWord(sp.last) {
		return -1
	}
	key := string(d.wordKey(sp.last))
	// From the document itself: "said the editorial, signed by John
	// Durant".
	for k := sp.last; k >= 0 && k > sp.first-600; k-- {
		if d.toks[k].kind != kWord || d.toks[k].e-d.toks[k].s != d.toks[sp.last].e-d.toks[sp.last].s ||
			string(d.wordKey(k)) != key {
			continue
		}
		// "a Ministry of Transport report": the issuer before it.
		// (k > 0 first: the word may open the text.)
		if k > 0 && d.mentAt[k-1] >= 0 && d.ments[d.mentAt[k-1]].last == k-1 && d.ments[d.mentAt[k-1]].typ != tPer {
			return d.ments[d.mentAt[k-1]].entity
		}
		by := k + 1
		if by+1 < int32(len(d.toks)) && d.isPunct(by, ',') && d.in(by+1, lIssueVerb) {
			by++ // "the editorial, signed by"
		}
		if by < int32(len(d.toks)) && d.in(by, lIssueVerb) {
			by++
		}
		if by+1 >= int32(len(d.toks)) || !(d.lowerIs(by, "by") || d.lowerIs(by, "from")) {
			continue
		}
		f := by + 1
		if d.lowerIs(f, "the") && f+1 < int32(len(d.toks)) {
			f++
		}
		if m := d.mentAt[f]; m >= 0 && d.ments[m].fullFirst == f {
			return d.ments[m].entity
		}
		return -1
	}
	return -1
}

// bareRelative: token f, right before a subject pronoun, is a plain noun
// that the pronoun's clause qualifies ("a video it says shows", "rules they
// say are unjust"): a lower-case word of four letters or more that is no
// function word, verb of saying, preposition, adverb or auxiliary.
func (d *doc) bareRelative(f int32) bool {
	t := &d.toks[f]
	return t.kind == kWord && !t.cap && t.e-t.s >= 4 && t.flags&(wFunc|wCue|wPrep|wAdv|wPassive|wDet|wNeg) == 0 &&
		!d.in(f, lFinite) && !d.ingForm(f) && !d.lyAdverb(f)
}

// peopleBefore is the nearest lower-case plural noun of people
// ("protesters", "officials", "miners") before token at in its sentence,
// outside quotes, or -1; not the noun right before at, which a contact
// relative qualifies ("taxes they say").
func (d *doc) peopleBefore(at int32) int32 {
	sent := d.toks[at].sent
	for h := at - 2; h >= 0 && h >= at-30 && d.toks[h].sent == sent; h-- {
		t := &d.toks[h]
		if t.quote >= 0 || t.kind != kWord || t.cap {
			continue
		}
		if t.flags&wSpeakerNoun != 0 && t.flags&wPlural != 0 || d.pluralShape(h) && d.agentPlural(h) {
			return h
		}
	}
	return -1
}

// agentPlural: a plural in -ers, -ors, -ists or -ians names people.
func (d *doc) agentPlural(h int32) bool {
	t := &d.toks[h]
	w := d.r[t.s:t.e]
	n := len(w)
	if n < 6 {
		return false
	}
	end := string(w[n-4:])
	return end == "ists" || end == "ians" || w[n-2] == 'r' && (w[n-3] == 'e' || w[n-3] == 'o')
}

// lastUntypedSpeaker: the last speaker, in the two sentences before token
// at, named by two words or more with no evidence of a person (no title,
// no gender, no "he" or "she" speaking for it since), or -1.
func (d *doc) lastUntypedSpeaker(at int32) int32 {
	return d.lastSpeakerWhere(at, func(ev *event, en *entity) bool {
		b := &d.ments[en.best]
		return en.typ == tPer && en.gender == 0 && !en.titled && b.last > b.first && ev.sp.ment >= 0
	})
}

// lastSpeakerWhere walks back over the few reports of the two sentences
// before token at and returns the latest speaker that ok accepts, or -1.
// A speaker that a later "he" or "she" spoke for is a person whatever its
// name looks like, so it is never returned.
func (d *doc) lastSpeakerWhere(at int32, ok func(ev *event, en *entity) bool) int32 {
	var persons [6]int32
	np := 0
	for k, n := d.firstEventFrom(at)-1, 0; k >= 0 && n < len(persons); k, n = k-1, n+1 {
		ev := &d.events[k]
		e := ev.sp.ent
		if ev.sent+2 < d.toks[at].sent {
			break
		}
		if e < 0 {
			continue
		}
		if ev.sp.pron == pHe || ev.sp.pron == pShe {
			persons[np] = e
			np++
			continue
		}
		if ok(ev, &d.ents[e]) && !hasEnt(persons[:np], e) {
			return e
		}
	}
	return -1
}

// outletWords end the names of news outlets ("The New York Times", "The
// Washington Post", "Kenya's Daily Nation").
var outletWords = map[string]bool{"times": true, "post": true, "journal": true, "herald": true, "tribune": true,
	"gazette": true, "telegraph": true, "guardian": true, "globe": true, "daily": true, "nation": true,
	"chronicle": true, "observer": true, "independent": true, "mail": true, "express": true, "ilbo": true,
	"shimbun": true, "press": true, "news": true, "star": true, "standard": true}

// lastOutlet: the last name of a news outlet outside quotes in the three
// sentences before token at, or -1.
func (d *doc) lastOutlet(at int32) int32 {
	sent := d.toks[at].sent
	m := d.mentionBefore(at)
	for n := 0; m >= 0 && n < 30; m, n = m-1, n+1 {
		mm := &d.ments[m]
		if d.toks[mm.first].sent+3 < sent {
			break
		}
		if mm.inQuote || mm.last == mm.first {
			continue
		}
		if t := &d.toks[mm.last]; t.kind == kWord && t.e-t.s >= 3 && t.e-t.s <= 11 && outletWords[string(d.wordKey(mm.last))] {
			return mm.entity
		}
	}
	return -1
}

// leadPerson: the person whose full name opens the text's first sentence
// (outside quotes), when no other person has spoken since; else -1.
func (d *doc) leadPerson(i int) int32 {
	// Bounded, so that a text of many quotes stays linear: a lead's
	// subject is among its first names, and a story forty reports on has
	// moved past it.
	if i > 40 {
		return -1
	}
	for m := 0; m < len(d.ments) && m < 8; m++ {
		mm := &d.ments[m]
		if d.toks[mm.first].sent > 0 {
			break
		}
		if mm.inQuote || !d.sentenceInitial(mm.fullFirst) {
			continue
		}
		e := mm.entity
		if !d.fullName(e) {
			return -1
		}
		for k := 0; k < i; k++ {
			if p := d.events[k].sp.ent; p >= 0 && p != e && d.ents[p].typ == tPer {
				return -1
			}
		}
		return e
	}
	return -1
}

// loneNameBefore: "Bishara has been an outspoken critic … He has said …":
// "he" or "she" opening a sentence, with no person known, is the one-word
// name of no known kind that opened the sentence just before (named
// before it too, so not a passing capitalised word); -1 otherwise.
func (d *doc) loneNameBefore(at int32, p int8) int32 {
	if p != pHe && p != pShe || !d.sentenceInitial(at) {
		return -1
	}
	sent := d.toks[at].sent
	for m := d.mentionBefore(at); m >= 0 && d.toks[d.ments[m].first].sent+1 >= sent; m-- {
		mm := &d.ments[m]
		if d.toks[mm.first].sent != sent-1 || mm.inQuote || mm.first != mm.last || !d.sentenceInitial(mm.first) {
			continue
		}
		en := &d.ents[mm.entity]
		if en.typ != tUnknown || d.placeLike(en) || !genderOK(en.gender, p) {
			continue
		}
		// Named in an earlier sentence too: the story's subject.
		for k := m - 1; k >= 0; k-- {
			if d.ments[k].entity == mm.entity && d.toks[d.ments[k].first].sent < sent-1 {
				return mm.entity
			}
		}
	}
	return -1
}

// pluralVerbAfter: the word after k is a plural verb of being or having.
func (d *doc) pluralVerbAfter(k int32) bool {
	n := k + 1
	return n < int32(len(d.toks)) && d.toks[n].sent == d.toks[k].sent &&
		(d.lowerIs(n, "are") || d.lowerIs(n, "were") || d.lowerIs(n, "have"))
}
