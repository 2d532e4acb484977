package quotes

import "strings"

// docOwner: a document that speaks with no issuer beside it speaks for the
// body whose words it carries. Its modifiers may name that body ("A
// military statement says", "a state radio report said": the military,
// state radio); a bare one ("The statement says", "A statement said", "The
// same report says") goes on for the voice just before it ("The U.S.
// military says … A statement said …", "The Sunday Mail reports … The
// report alleges …"). Returns the owner's name and entity (-1 when known
// by name only), or "" when the document is not such a speaker.
func (d *doc) docOwner(i int) (string, int32) {
	ev := &d.events[i]
	sp := &ev.sp
	if sp.ment >= 0 || sp.pron != pNone || sp.first < 0 || ev.accord || ev.inverted {
		return "", -1
	}
	h := sp.last
	if dh := d.docHeadAt(sp); dh >= 0 && dh < h && d.in(dh+1, lIssueVerb) && !d.issuerIn(dh+1, h) {
		// "A report posted on a ministry web site says": where it was
		// posted names no owner; the voice of the sentence before does.
		if name, e := d.bodyVoiceBefore(i); name != "" {
			return name, e
		}
	}
	if rh := d.roleHead(sp); rh < h && d.in(rh, lDocumentNoun) && !d.spokesWord(rh) && (d.lowerIs(rh+1, "from") || d.lowerIs(rh+1, "by")) {
		return d.issuerAfter(rh+2, h)
	} else if rh < h && d.in(rh, lDocumentNoun) && d.lowerIs(rh+1, "in") && pressNouns[string(d.wordKey(h))] {
		// "The report in Sunday's newspaper says": the outlet that spoke
		// last.
		if e := d.lastOrg(sp.first); e >= 0 {
			return d.entityName(e), e
		}
	}
	// "Mr. Mehlis' report says": a possessive mark before a bare one.
	if sp.first == h && h >= 2 && (d.toks[h-1].poss || (d.isPunct(h-1, '\'') || d.isPunct(h-1, '’')) && d.r[d.toks[h-2].e-1] == 's') {
		if m := d.mentAt[h-2]; m >= 0 && d.ments[m].typ != tPlace {
			return d.entityName(d.ments[m].entity), d.ments[m].entity
		}
	}
	if d.toks[h].kind != kWord || !d.in(h, lDocumentNoun) || d.spokesWord(h) {
		return "", -1
	}
	f := sp.first
	if d.toks[f].flags&wDet == 0 {
		// "Xinhua's report": the possessor issued it.
		return d.docPossessor(f, h)
	}
	definite := d.lowerIs(f, "the")
	f++
	if f < h && d.lowerIs(f, "same") {
		// "The same report says": the one whose voice was just heard.
		if name, e := d.bodyVoiceBefore(i); name != "" {
			return name, e
		}
		f++
	}
	if name, e := d.docPossessor(f, h); name != "" {
		return name, e // "The inspector's report", "the State Department's report"
	}
	// "A U.N. report says", "a new World Bank study": a body named among
	// the document's own modifiers issued it, not the voice before.
	for k := f; k < h; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].last < h && d.ments[m].typ != tPlace && !d.ments[m].inQuote {
			if en := d.ments[m].entity; d.ents[en].typ != tPlace && d.ents[en].typ != tPer {
				return d.entityName(en), en
			}
		}
	}
	// "A U.N. report": initials that name no place are the body's, even
	// when read as a nationality word; the body that spoke just before
	// under a fuller name with them ("The U.S. military says … A U.S.
	// statement says") is that one.
	if f < h && d.initialism(f, h-1) && d.mentAt[f] < 0 && d.mentAt[h-1] < 0 {
		ini := d.textT(f, h-1)
		for k := i - 1; k >= 0 && d.events[k].sent+2 >= ev.sent; k-- {
			if p := &d.events[k].sp; p.ok() && p.name != "" && p.pron == pNone && p.last > p.first {
				for t := p.first; t < p.last; t++ {
					if d.textT(t, t) == ini {
						return p.name, p.ent
					}
				}
			}
		}
		return ini, -1
	}
	// "the joint statement said": adjectives that name no body leave a
	// definite document bare.
	if f < h && !d.placeWords(f, h-1) && !(definite && d.plainAdjectives(f, h-1)) {
		return d.docModified(i, f, h)
	}
	if definite {
		// "The Sunday Mail reports … The report alleges": the report of
		// the voice that just reported.
		key := strings.TrimSuffix(string(d.wordKey(h)), "s")
		for k := i - 1; k >= 0 && d.events[k].sent+1 >= ev.sent; k-- {
			if p := &d.events[k]; p.sent < ev.sent && p.sp.name != "" && strings.HasPrefix(string(d.wordKey(p.cue0)), key) {
				return p.sp.name, p.sp.ent
			}
		}
		// "An interior ministry statement says … The statement says": the
		// document named before, with what named its owner.
		// A bare one before goes on back ("The report praises …"); a
		// report met before and never owned is no one's voice.
		found := false
		for k := d.docBefore(h, h); k >= 0; k = d.docBefore(k, k) {
			found = true
			for j := i - 1; j >= 0; j-- {
				if p := &d.events[j].sp; p.last == k && p.name != "" {
					return p.name, p.ent
				}
			}
			if j := d.cueDocument(i, k); j >= 0 {
				return d.events[j].sp.name, d.events[j].sp.ent
			}
			if j := d.issuerAfterDoc(i, k); j >= 0 {
				return d.events[j].sp.name, d.events[j].sp.ent
			}
			if name, e := d.issuedBy(k); name != "" {
				return name, e
			}
			if a := d.docModifiersBefore(k); a < k {
				if name, e := d.docPossessor(a, k); name != "" {
					return name, e
				}
				if !d.placeWords(a, k-1) {
					return d.docModified(i, a, k)
				}
			}
		}
		if found {
			return "", -1
		}
	}
	// A bare document: the voice of the sentence before, when nothing else
	// reports in between ("The U.S. military says … A statement said …").
	for k := i - 1; k >= 0 && d.events[k].sent+1 >= ev.sent; k-- {
		pe := &d.events[k]
		if pe.sent == ev.sent && pe.cue0 > ev.cue0 {
			continue
		}
		if !definite && pe.para != ev.para {
			return "", -1 // "A statement said" opening a paragraph: a new voice
		}
		p := &pe.sp
		if !p.ok() || p.name == "" || p.pron != pNone && p.ent < 0 {
			return "", -1
		}
		if p.ment < 0 && p.pron == pNone && d.in(p.last, lDocumentNoun) && p.name == d.roleName(p) {
			return "", -1 // a document of its own, owner unknown
		}
		return p.name, p.ent
	}
	return "", -1
}

// docModified names the owner of a document from its modifiers a..h-1:
// the body they name ("a military statement"), the body that spoke just
// before under a fuller name ("A ministry statement" after "The interior
// ministry says"), else the document as written ("a congressional
// report"); "" when a modifier is no plain word.
func (d *doc) docModified(i int, a, h int32) (string, int32) {
	// "a new U.S. military report": the document's own adjectives are
	// not its owner's name.
	for a < h-1 && d.toks[a].kind == kWord && docAdjectives[string(d.wordKey(a))] {
		a++
	}
	for k := a; k < h; k++ {
		t := &d.toks[k]
		if t.kind != kWord || t.flags&(wFunc|wPrep) != 0 || d.in(k, lDocumentNoun) {
			return "", -1
		}
	}
	if !d.bodyWords(a, h-1) {
		return d.textT(a, h), -1
	}
	if a == h-1 {
		key := string(d.wordKey(a))
		for k := i - 1; k >= 0 && d.events[k].sent+2 >= d.events[i].sent; k-- {
			p := &d.events[k].sp
			if p.ok() && p.pron == pNone && p.name != "" && string(d.wordKey(p.last)) == key {
				return p.name, p.ent
			}
		}
		// "China notified Hong Kong that … A government statement says":
		// the government is the country's that spoke just before.
		if key == "government" {
			for k := i - 1; k >= 0 && d.events[k].sent+1 >= d.events[i].sent; k-- {
				if p := &d.events[k].sp; p.ent >= 0 && d.ents[p.ent].typ == tPlace && d.events[k].sent < d.events[i].sent {
					return p.name, p.ent
				}
			}
		}
	}
	return d.textT(a, h-1), -1
}

// docBefore is the last use of document word h (outside quotes) before
// token from, within the three sentences before h's in its paragraph, or
// -1.
func (d *doc) docBefore(from, h int32) int32 {
	for k := from - 1; k >= 0 && d.toks[k].sent+3 >= d.toks[h].sent && d.toks[k].para == d.toks[h].para; k-- {
		t := &d.toks[k]
		// "The survey found … The poll said": a poll is a survey.
		if t.kind == kWord && t.quote < 0 && (d.sameWord(k, h) || surveyNouns[string(d.wordKey(h))] && surveyNouns[string(d.wordKey(k))]) {
			return k
		}
	}
	return -1
}

// docModifiersBefore is the first of the plain words (and possessives)
// right before token k after an article ("An interior ministry statement":
// "interior"), or k.
func (d *doc) docModifiersBefore(k int32) int32 {
	a := k
	for a > 0 && d.toks[a-1].sent == d.toks[k].sent && (d.toks[a-1].kind == kWord || d.toks[a-1].poss) &&
		d.toks[a-1].flags&(wFunc|wPrep|wDet|wCue) == 0 && k-a < 6 {
		a--
	}
	if a == k || a == 0 || d.toks[a-1].flags&wDet == 0 {
		return k
	}
	return a
}

// bodyWords: tokens a..b, the modifiers of a document, name a body: a name
// that is no place ("a Pentagon report") or a common word for a body ("a
// military statement", "an interior ministry statement", "a state radio
// report").
func (d *doc) bodyWords(a, b int32) bool {
	for k := a; k <= b; k++ {
		if m := d.mentAt[k]; m >= 0 && d.ments[m].entity >= 0 && d.ents[d.ments[m].entity].typ != tPlace {
			return true
		}
		if d.lowerIs(k, "news") {
			continue // "news reports": their kind, not their owner
		}
		if d.toks[k].flags&wOrgWord != 0 || d.in(k, lOrgNoun) || d.in(k, lInstitution) || bodyNouns[string(d.wordKey(k))] {
			return true
		}
	}
	return false
}

// bodyNouns are words for a body that speaks through documents, beside the
// organisation nouns: "a military statement", "a state radio report".
var bodyNouns = map[string]bool{"military": true, "army": true, "navy": true, "police": true, "government": true,
	"radio": true, "television": true, "media": true, "ministry": true, "cabinet": true, "presidential": true,
	"court": true, "embassy": true, "palace": true, "pentagon": true, "panel": true, "inspector": true}

// docPossessor: a document whose words a..h-1 open with a possessor
// ("the inspector's report", "the U.S. State Department's annual report",
// "Xinhua's report"): the possessor's entity, or for a role the body or
// person named before with that word ("the inspector" after "the Special
// Inspector General"); "" when there is none, or it is a day ("Friday's").
func (d *doc) docPossessor(a, h int32) (string, int32) {
	if a >= h || d.toks[a].kind != kWord {
		return "", -1
	}
	e := a
	if m := d.mentAt[a]; m >= 0 && d.ments[m].first == a {
		e = d.ments[m].last
	}
	if e+1 >= h || !d.toks[e+1].poss || d.dayWord(e) || d.timeNoun(e) {
		return "", -1
	}
	if m := d.mentAt[e]; m >= 0 {
		en := d.ments[m].entity
		if d.ents[en].typ == tPlace {
			return "", -1 // "Iraq's report": the country's, not a voice
		}
		return d.entityName(en), en
	}
	if a != e || d.toks[a].cap {
		return "", -1
	}
	key := string(d.wordKey(a))
	for m := d.mentionBefore(a); m >= 0 && d.toks[d.ments[m].first].sent+4 >= d.toks[a].sent; m-- {
		mm := &d.ments[m]
		for k := mm.fullFirst; k <= mm.last; k++ {
			if d.toks[k].kind == kWord && d.sameWord(k, a) {
				if k < mm.first {
					// "the Special Inspector General": an office named
					// with its title words.
					return d.textT(mm.fullFirst, mm.last), -1
				}
				return d.entityName(mm.entity), mm.entity
			}
		}
	}
	// "The panel's report says": the panel, though never named.
	if d.toks[a].flags&wSpeakerNoun != 0 || d.toks[a].flags&wOrgWord != 0 || d.in(a, lOrgNoun) || bodyNouns[key] {
		return d.textT(a, a), -1
	}
	return "", -1
}

// placeWords: tokens a..b are places or nationalities only ("the U.S.
// report"): they name no issuer.
func (d *doc) placeWords(a, b int32) bool {
	for k := a; k <= b; k++ {
		m := d.mentAt[k]
		if !(m >= 0 && d.ments[m].typ == tPlace) && d.toks[k].flags&wNationality == 0 {
			return false
		}
	}
	return true
}

// issuerAfter: "A statement from the Israeli prime minister says", "a
// statement from Sudan's presidential office": the issuer a..b after
// "from" or "by" speaks; a name by its entity, a role by the person or
// body it stands for when one was named, else as written.
func (d *doc) issuerAfter(a, b int32) (string, int32) {
	if a > b {
		return "", -1
	}
	if m := d.mentAt[b]; m >= 0 && d.ments[m].last == b && d.ments[m].fullFirst <= a+1 {
		return d.entityName(d.ments[m].entity), d.ments[m].entity
	}
	sub := spk{first: a, last: b, ment: -1, ent: -1}
	e := d.roleEntity(&sub, d.toks[a].s)
	if e < 0 {
		e = d.describedPerson(&sub)
	}
	if e >= 0 {
		return d.entityName(e), e
	}
	return d.roleName(&sub), -1
}

// docAdjectives describe a document, not who issued it.
var docAdjectives = map[string]bool{"new": true, "latest": true, "recent": true, "annual": true, "final": true,
	"preliminary": true, "separate": true, "earlier": true, "brief": true, "written": true, "secret": true,
	"confidential": true, "classified": true, "draft": true, "published": true}

// plainAdjectives: tokens a..b are lower-case words that name no body
// ("joint", "latest", "written").
func (d *doc) plainAdjectives(a, b int32) bool {
	for k := a; k <= b; k++ {
		if t := &d.toks[k]; t.kind != kWord || t.cap || t.flags&(wFunc|wPrep) != 0 || d.mentAt[k] >= 0 {
			return false
		}
	}
	return !d.bodyWords(a, b)
}

// issuedBy: "The Justice Department has issued a new memo … The memo
// says": a document that a named body issued, published or released
// speaks for that body. k is the document word; "" when no named subject
// issued it.
func (d *doc) issuedBy(k int32) (string, int32) {
	a := d.docModifiersBefore(k)
	v := a - 1
	if v > 0 && d.toks[v].kind == kWord && d.toks[v].flags&wDet != 0 {
		v--
	}
	if v < 0 || d.toks[v].kind != kWord || !d.in(v, lIssueVerb) || d.toks[v].sent != d.toks[k].sent {
		return "", -1
	}
	if s := d.subjectOf(v); s.ok() && s.ment >= 0 && d.ments[s.ment].typ != tPlace {
		return d.entityName(d.ments[s.ment].entity), d.ments[s.ment].entity
	}
	return "", -1
}

// docHeadAt: the document noun that heads speaker sp ("A report posted on
// …": "report"), after a determiner and at most two modifiers, or -1.
func (d *doc) docHeadAt(sp *spk) int32 {
	for k := sp.first; k <= sp.last && k <= sp.first+3; k++ {
		t := &d.toks[k]
		if t.kind != kWord || t.flags&wPrep != 0 {
			return -1
		}
		if d.in(k, lDocumentNoun) && !d.spokesWord(k) {
			return k
		}
	}
	return -1
}

// issuerIn: a "by" or "from" between a and b names the document's issuer.
func (d *doc) issuerIn(a, b int32) bool {
	for k := a; k <= b; k++ {
		if d.lowerIs(k, "by") || d.lowerIs(k, "from") {
			return true
		}
	}
	return false
}

// bodyVoiceBefore: the speaker of the sentence before event i's, when it
// is a body, a role or a document and not a person ("The Defense Ministry
// says … A report posted on its web site says"); "" when none.
func (d *doc) bodyVoiceBefore(i int) (string, int32) {
	ev := &d.events[i]
	for k := i - 1; k >= 0 && d.events[k].sent+1 >= ev.sent; k-- {
		pe := &d.events[k]
		if pe.sent == ev.sent || pe.para != ev.para {
			continue
		}
		p := &pe.sp
		if !p.ok() || p.name == "" || p.pron == pHe || p.pron == pShe || p.pron != pNone && p.ent < 0 {
			return "", -1
		}
		if p.ent >= 0 && d.personLike(p.ent) {
			return "", -1
		}
		return p.name, p.ent
	}
	return "", -1
}

// cueDocument: "Race organizers said in a statement that … The statement
// said …": a document named as the medium of an earlier report ("said
// Tuesday in a statement", "told reporters in a written statement") is
// that report's speaker's. k is the document word; the event before event
// i whose verb it follows, or -1.
func (d *doc) cueDocument(i int, k int32) int {
	det := d.docModifiersBefore(k) - 1
	if det < 1 || d.toks[det].kind != kWord || d.toks[det].flags&wDet == 0 || !d.lowerIs(det-1, "in") {
		return -1
	}
	in := det - 1
	for j := i - 1; j >= 0; j-- {
		ev := &d.events[j]
		if ev.sent != d.toks[k].sent {
			if ev.sent < d.toks[k].sent {
				return -1
			}
			continue
		}
		// The verb a few words before "in": "said in", "said Tuesday in",
		// "told reporters in".
		if ev.cue1 < in && in-ev.cue1 <= 3 && !ev.inverted && !ev.accord && ev.sp.ok() && ev.sp.name != "" {
			return j
		}
	}
	return -1
}

// titledThingOwner: "The ministry on Monday unveiled its new Farm Credit
// Strategy … The new credit strategy says …": a definite description
// whose head and another of whose words repeat a capitalised title named
// shortly before is that titled thing, and it speaks for the body that
// unveiled, issued or adopted it. The body's entity, or -1.
func (d *doc) titledThingOwner(sp *spk) int32 {
	h := sp.last
	if sp.ment >= 0 || sp.pron != pNone || sp.first < 0 || !d.lowerIs(sp.first, "the") || h-sp.first < 2 || h-sp.first > 4 ||
		d.toks[h].kind != kWord || d.toks[h].cap {
		return -1
	}
	for k := sp.first - 1; k > 0 && d.toks[k].para == d.toks[h].para && d.toks[k].sent+5 >= d.toks[h].sent; k-- {
		t := &d.toks[k]
		if t.kind != kWord || !t.cap || t.quote >= 0 || !d.sameWord(k, h) || d.wordOK(k+1, t.sent) && d.toks[k+1].kind == kWord && d.toks[k+1].cap {
			continue
		}
		// The title: the capitalised words ending at k.
		t0 := k
		for t0 > 0 && d.toks[t0-1].kind == kWord && d.toks[t0-1].cap && d.toks[t0-1].sent == t.sent {
			t0--
		}
		shared := false
		for w := sp.first + 1; w < h && !shared; w++ {
			for x := t0; x < k; x++ {
				if d.toks[w].kind == kWord && !docAdjectives[string(d.wordKey(w))] && d.sameWord(w, x) {
					shared = true
					break
				}
			}
		}
		if !shared {
			return -1
		}
		v := t0 - 1
		for v > 0 && d.toks[v].kind == kWord && (d.toks[v].flags&wDet != 0 || d.lowerIs(v, "its") || d.lowerIs(v, "their") ||
			docAdjectives[string(d.wordKey(v))]) {
			v--
		}
		if v < 0 || d.toks[v].kind != kWord || !unveilVerbs[string(d.wordKey(v))] {
			return -1
		}
		if s := d.subjectOf(v); s.ok() && s.ment >= 0 && d.ments[s.ment].typ != tPlace {
			return d.ments[s.ment].entity
		}
		return -1
	}
	return -1
}

// unveilVerbs bring out a titled plan, strategy or document.
var unveilVerbs = map[string]bool{"unveiled": true, "unveils": true, "released": true, "releases": true,
	"published": true, "publishes": true, "issued": true, "issues": true, "adopted": true, "adopts": true,
	"presented": true, "presents": true, "approved": true, "approves": true}

// issuerAfterDoc: "Friday's report from a business group, the National
// Association of Realtors, says … The same report says …": a document
// whose issuer, named after "from" or "by", spoke for it is that issuer's
// when it is met again. k is the earlier document word; the event before
// event i whose speaker is that issuer, or -1.
func (d *doc) issuerAfterDoc(i int, k int32) int {
	for j := i - 1; j >= 0; j-- {
		ev := &d.events[j]
		if ev.sent < d.toks[k].sent {
			return -1
		}
		if ev.sent != d.toks[k].sent || ev.sp.first <= k || ev.cue0 < ev.sp.first || ev.inverted || ev.sp.name == "" {
			continue
		}
		for t := k + 1; t < ev.sp.first && t <= k+3; t++ {
			if d.lowerIs(t, "from") || d.lowerIs(t, "by") {
				return j
			}
		}
	}
	return -1
}

// initialism: tokens a..b are one run of capitals and full stops with no
// space ("U.N.", "IAEA"): a body's initials, read as no name mention.
func (d *doc) initialism(a, b int32) bool {
	s, e := d.toks[a].s, d.toks[b].e
	caps := 0
	for k := s; k < e; k++ {
		switch r := d.r[k]; {
		case r >= 'A' && r <= 'Z':
			caps++
		case r == '.':
		default:
			return false
		}
	}
	return caps >= 2
}
