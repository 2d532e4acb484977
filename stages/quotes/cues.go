package quotes

import "unicode"

// Pronoun kinds of a speaker.
const (
	pNone int8 = iota
	pHe
	pShe
	pIt
	pThey
	pFirst // I, we: the writer or a quoted group, left as written
	pAny   // a description of a person of either gender ("the Spaniard")
)

// spk is a speaker mention: a name, a pronoun or a role ("a spokesman").
type spk struct {
	first, last int32 // token range, -1 when none
	ment        int32 // name mention, or -1
	pron        int8
	ent         int32  // resolved entity, or -1
	name        string // fullest name; the mention text when unresolved
	plural      bool
	passive     bool // a head before a participle phrase ("the man arrested by police")
}

func noSpk() spk { return spk{first: -1, last: -1, ment: -1, ent: -1} }

func (s *spk) ok() bool { return s.first >= 0 }

// event is a reporting verb with its speaker: "Peskov said", "said Pifer",
// "according to officials".
type event struct {
	cue0, cue1 int32
	sp         spk
	inverted   bool // the speaker follows the verb
	accord     bool // "according to"
	weak       bool // a proposal verb: its complement is not words said
	ask        bool
	eval       bool  // a verb that judges (wEval): no reported clause
	quotedAs   bool  // "Y quoted X as saying": X speaks, Y's words open the attribution
	lead       int32 // with quotedAs, the first token of the attribution
	until      int32 // an opening participle's clause ends here ("Saying …, X said"); 0 when none
	forTo      bool  // sp is X of "for X to say": X's words follow the verb, none before it
	forSp      spk   // X of "for X to say" when sp is another subject's ("…, he said it is wrong for X to say"), with hasFor
	hasFor     bool
	sent, para int32
}

// findEvents collects every reporting verb outside quotes that has a speaker,
// then resolves pronoun and role speakers in text order.
func (d *doc) findEvents() {
	toks := d.toks
	for c := int32(0); c < int32(len(toks)); c++ {
		t := &toks[c]
		// A capitalised cue inside a name ("the Washington Post", "the State
		// Department") is no verb.
		// "Saying he was …, Scherer said": a sentence's first word in -ing
		// is read as a weak name, yet it is the verb.
		if t.kind != kWord || t.quote >= 0 || d.mentAt[c] >= 0 && t.cap && !(d.ments[d.mentAt[c]].weak && d.ingForm(c)) {
			continue
		}
		// Most words are no verb of saying and open with none of the
		// letters the tests below ask first ("per", backCue's verbs,
		// "found"/"finds"): one test for all of them.
		if t.flags&(wCue|wEval) == 0 {
			switch d.r[t.s] | 0x20 {
			case 'f', 'h', 'p', 's':
			default:
				continue
			}
		}
		// "Yersinia pestis, per the WHO, is found …". Only a word of three
		// letters opening with a p is asked: making perSource's empty
		// answer for every word cost 8% of the stage.
		if t.e-t.s == 3 && d.r[t.s]|0x20 == 'p' {
			if sp := d.perSource(c); sp.ok() {
				d.events = append(d.events, event{cue0: c, cue1: c, sp: sp, inverted: true, accord: true,
					sent: t.sent, para: t.para})
				continue
			}
		}
		back := d.backCue(c)
		if t.flags&(wCue|wEval) == 0 && !back && !(t.e-t.s == 5 && d.surveyFinds(c)) {
			continue
		}
		if d.nounCue(c) || d.compoundNoun(c) {
			continue
		}
		// Cleared as the scan passes it, before any later verb looks back
		// over it for its subject.
		if t.e-t.s == 5 && d.stateNoun(c) {
			t.flags &^= wCue
			continue
		}
		ev := event{cue0: c, cue1: c, sp: noSpk(), sent: t.sent, para: t.para,
			weak: t.flags&wCueWeak != 0, ask: t.flags&wAsk != 0, eval: t.flags&wEval != 0}
		if back {
			ev.cue1 = c + 1
		}
		if d.lowerIs(c, "according") {
			if c+1 >= int32(len(toks)) || !d.lowerIs(c+1, "to") {
				continue
			}
			ev.cue1 = c + 1
			ev.accord = true
			ev.sp = d.rightSpeaker(c+1, true)
			if !ev.sp.ok() {
				continue
			}
			ev.inverted = true
			d.events = append(d.events, ev)
			c++
			continue
		}
		// "was told", "is said to"; but "are alleging" is the subject's.
		if c > 0 && toks[c-1].kind == kWord && toks[c-1].flags&wPassive != 0 && toks[c-1].quote < 0 && !d.ingForm(c) {
			continue
		}
		if d.attributiveIng(c) {
			continue // "a Napa County reporting station"
		}
		// "a farmer accused of poaching": cleared too, so that a later
		// verb looks past it for its subject.
		if t.flags&wNoInvert != 0 && d.chargedWith(c) {
			t.flags &^= wCue
			continue
		}
		// "held on charges of", "despite warnings": after a preposition
		// the word is a noun ("as reported by", "to tell", "after saying"
		// are verbs).
		if p := c - 1; p >= 0 && toks[p].kind == kWord && toks[p].flags&wPrep != 0 && toks[p].quote < 0 &&
			!d.lowerIs(p, "as") && !d.lowerIs(p, "to") && !d.ingForm(c) {
			continue
		}
		// "said it has added a new compliance officer": "add" with an
		// object adds a thing, not words.
		if d.addsThing(c) {
			continue
		}
		// "the Far East continued to increase production": "continue"
		// reports words only when it ends an attribution ("…," he
		// continued) or takes "that".
		if d.continueForm(c) && c+1 < int32(len(toks)) && toks[c+1].kind == kWord && !d.lowerIs(c+1, "that") {
			continue
		}
		if s, lead := d.quotedAsLead(c); s.ok() {
			ev.sp, ev.quotedAs, ev.lead = s, true, lead
			d.events = append(d.events, ev)
			continue
		}
		if s := d.passiveQuotedAs(c); s.ok() {
			ev.sp = s
			d.events = append(d.events, ev)
			continue
		}
		if s, end := d.openingParticiple(c); s.ok() {
			ev.sp, ev.until = s, end
			d.events = append(d.events, ev)
			continue
		}
		sp, neg := d.leftSpeaker(c)
		if neg || d.countedModifier(sp) || !back && d.nameModifier(sp, c) {
			continue
		}
		if !sp.ok() {
			sp = d.coordinated(c)
		}
		// "claims that he felt bound to visit him to tell him that …": a
		// purpose inside another report is not a report of its own.
		if !sp.ok() && (len(d.events) == 0 || d.events[len(d.events)-1].sent != t.sent) {
			sp = d.toSay(c)
		}
		if !sp.ok() {
			sp = d.subordinateSaying(c)
		}
		if !sp.ok() {
			sp = d.whoSpeaker(c)
		}
		if !sp.ok() && d.invertedSlot(c) && (t.flags&wNoInvert == 0 || d.afterQuoteInverts(c)) && !d.ingForm(c) {
			sp = d.rightSpeaker(c, false)
			ev.inverted = sp.ok()
		}
		// "it is dishonest for some senators to say …": the senators'
		// clause, whoever the sentence's subject is.
		if f := d.forToSay(c); f.ok() {
			if sp.ok() {
				ev.forSp, ev.hasFor = f, true
			} else {
				sp, ev.forTo = f, true
			}
		}
		if !sp.ok() {
			continue
		}
		// "He indicated they had not been caught" reports; "preliminary
		// reports indicated", "tests indicate" only point to a fact: a
		// person, a body or a spokesman indicates, not a thing.
		if d.indicateVerb(c) && (sp.ment >= 0 && d.ments[sp.ment].weak && d.toks[sp.last].flags&wSpeakerNoun == 0 ||
			sp.ment < 0 && sp.pron == pNone && (d.toks[sp.last].flags&wSpeakerNoun == 0 || d.in(sp.last, lDocumentNoun))) {
			continue
		}
		// "The bill says …" reports its text; "a constitutional law
		// declared the country's "perpetual neutrality"" enacts a term.
		if sp.ment < 0 && sp.pron == pNone && t.flags&wCueStrong == 0 && d.in(sp.last, lDocumentNoun) && legalDocs[string(d.wordKey(sp.last))] {
			continue
		}
		ev.sp = sp
		d.events = append(d.events, ev)
	}
	d.pronounGender()
	for i := range d.events {
		d.resolve(i)
	}
}

// backCue: "shot back", "fired back", "hit back": a retort; "pointed out",
// "points out": a remark. It runs for every word of the text, so its
// first test, small enough to be inlined, is the verbs' first letters.
func (d *doc) backCue(c int32) bool {
	switch d.r[d.toks[c].s] | 0x20 {
	case 'f', 'h', 'p', 's': // the first letters of backVerb's verbs
		return d.backVerb(c)
	}
	return false
}

// backVerb is backCue for a word whose first letter may open one of its
// verbs.
func (d *doc) backVerb(c int32) bool {
	if c+1 >= int32(len(d.toks)) {
		return false
	}
	switch d.toks[c+1].e - d.toks[c+1].s {
	case 4:
		return d.lowerIs(c+1, "back") &&
			(d.lowerIs(c, "shot") || d.lowerIs(c, "fired") || d.lowerIs(c, "hit") || d.lowerIs(c, "snapped"))
	case 3:
		return d.lowerIs(c+1, "out") && (d.lowerIs(c, "pointed") || d.lowerIs(c, "points") || d.lowerIs(c, "pointing"))
	}
	return false
}

// pronounGender: "Badenoch wrote on X that she was …": the pronoun that
// opens a named speaker's reported clause tells the speaker's gender, for
// a name that gave none.
func (d *doc) pronounGender() {
	for i := range d.events {
		ev := &d.events[i]
		if ev.sp.ment < 0 || ev.inverted || ev.accord {
			continue
		}
		e := d.ments[ev.sp.ment].entity
		if e < 0 || d.ents[e].gender != 0 || d.ents[e].typ == tOrg {
			continue
		}
		for k, n := ev.cue1+1, 0; k < int32(len(d.toks)) && n < 6 && d.toks[k].sent == ev.sent; k, n = k+1, n+1 {
			t := &d.toks[k]
			if t.kind == kWord && t.cap && d.mentAt[k] >= 0 && d.toks[k-1].flags&wPrep != 0 {
				continue // "wrote on X that she"
			}
			if t.kind != kWord || t.quote >= 0 || t.cap && d.mentAt[k] >= 0 || t.flags&wCue != 0 {
				break
			}
			if p := d.pronounKind(k); p == pHe || p == pShe {
				// Only after "that": "Big Machine says she will …" is
				// about someone else.
				if d.lowerIs(k-1, "that") && d.ents[e].typ == tPer {
					if p == pHe {
						d.ents[e].gender = gMale
					} else {
						d.ents[e].gender = gFemale
					}
				}
				break
			}
		}
	}
}

// endsInverted: what may follow an inverted speaker ("said Pifer, a former
// ambassador", "said Pifer." "said Pifer in a statement").
func (d *doc) endsInverted(k int32) bool {
	if k >= int32(len(d.toks)) || d.toks[k].sent != d.toks[k-1].sent {
		return true
	}
	t := &d.toks[k]
	if t.kind == kMark || t.kind == kPunct && !t.poss {
		return true
	}
	// "said Lindsay Gay last month", "said Smith on Tuesday".
	return t.kind == kWord && (t.flags&(wPrep|wRelative) != 0 || d.timeWord(k))
}

// timeWord: "Saturday", "yesterday", "last": a time between a speaker and
// the verb, or after an inverted speaker.
func (d *doc) timeWord(k int32) bool {
	t := &d.toks[k]
	// The words run from 4 to 9 letters: no key is built for the others.
	return t.kind == kWord && t.e-t.s >= 4 && t.e-t.s <= 9 && timeWords[string(d.wordKey(k))]
}

var timeWords = map[string]bool{"last": true, "this": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "later": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// plainInvertedHead: '"Why?" said the others', '"We must go," said the
// old hunter': after the verb of an attribution, an article, "one" or
// "another", at most two
// lower-case modifiers and a lower-case noun that ends the attribution is
// the speaker, whatever the noun (no speaker noun needed: fables and
// stories speak through any creature). Its head, or -1.
func (d *doc) plainInvertedHead(k, sent int32) int32 {
	// "asked a protester", "said one woman", "said another farmer" too.
	if !d.lowerIs(k, "the") && !d.lowerIs(k, "a") && !d.lowerIs(k, "an") && !d.lowerIs(k, "one") && !d.lowerIs(k, "another") {
		return -1
	}
	for h := k + 1; h <= k+3 && d.wordOK(h, sent); h++ {
		t := &d.toks[h]
		if t.kind != kWord || t.cap || t.flags&(wFunc|wCue|wPrep|wAdv|wRelative|wDet|wNeg|wPassive) != 0 || t.e-t.s < 3 {
			return -1
		}
		if d.endsInverted(h + 1) {
			if plainInvertedStop[string(d.wordKey(h))] || d.timeWord(h) || d.in(h, lTimeNoun) || d.in(h, lQuantityNoun) {
				return -1
			}
			return h
		}
	}
	return -1
}

// plainInvertedStop: "said the same", "said the opposite": no speaker.
var plainInvertedStop = map[string]bool{"same": true, "opposite": true, "rest": true, "truth": true,
	"following": true, "obvious": true, "words": true, "word": true}

// personAfterRole: at k, one to three role words then a name: the name's
// mention, or -1.
func (d *doc) personAfterRole(k, sent int32) int32 {
	role := true // every word a role word; else a person's name must follow
	for n := 0; n < 4 && d.wordOK(k, sent); n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != kWord || t.cap {
			break
		}
		if t.flags&(wFunc|wPrep|wCue|wRelative) != 0 || n == 3 {
			return -1
		}
		if t.flags&(wSpeakerNoun|wTitle) == 0 && !(d.lowerIs(k, "press") || d.lowerIs(k, "chief")) {
			role = false // "SaskTel unlimited data customer Lindsay Gay"
		}
	}
	if k < int32(len(d.toks)) && d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].fullFirst == k && k > 0 && !d.toks[k-1].cap &&
		(role || d.ments[d.mentAt[k]].typ == tPer) {
		return d.mentAt[k]
	}
	return -1
}

func (d *doc) isDash(k int32) bool {
	return d.isPunct(k, '—') || d.isPunct(k, '–')
}

// ingForm: "adding", "saying": a participle never has its subject after it.
func (d *doc) ingForm(c int32) bool {
	t := &d.toks[c]
	return t.e-t.s > 4 && d.r[t.e-1] == 'g' && d.r[t.e-2] == 'n' && d.r[t.e-3] == 'i'
}

// attributiveIng: an -ing cue inside a noun phrase ("reporting station",
// "the ruling party"): after a name or a modifier, before a plain noun.
func (d *doc) attributiveIng(c int32) bool {
	if !d.ingForm(c) || c == 0 || c+1 >= int32(len(d.toks)) {
		return false
	}
	p, n := &d.toks[c-1], &d.toks[c+1]
	if p.kind != kWord || p.flags&(wFunc|wPrep|wAdv|wCue|wPassive) != 0 && p.flags&wDet == 0 {
		return false
	}
	return n.kind == kWord && !n.cap && n.flags&(wFunc|wPrep|wDet|wAdv|wCue) == 0 && !d.lowerIs(c+1, "that")
}

// coordinated: "said … but warned that", "…, adding that": the verb shares
// the subject of the sentence's previous reporting verb.
func (d *doc) coordinated(c int32) spk {
	j := c - 1
	for n := 0; n < 2 && j >= 0 && d.toks[j].kind == kWord && d.toks[j].flags&wAdv != 0; n++ {
		j--
	}
	ing := d.ingForm(c)
	// "The Lion and the Bear saw him, but not being able to get up,
	// said": a participle's aside between "but" or "and" and the verb.
	if !ing && d.isPunct(j, ',') {
		if b := d.asideAfterConjunction(j); b >= 0 {
			j = b
		}
	}
	// `"a nonstarter," adding that …`: the comma sits inside the marks.
	comma := d.isPunct(j, ',') || j > 0 && d.toks[j].kind == kMark && d.isPunct(j-1, ',')
	if j < 0 || !(d.lowerIs(j, "and") || d.lowerIs(j, "but") || ing && comma) {
		return noSpk()
	}
	if len(d.events) > 0 {
		last := &d.events[len(d.events)-1]
		if last.sent == d.toks[c].sent && !last.accord && c-last.cue1 <= 30 {
			if !ing {
				return last.sp
			}
			// "Pompeo said that … Washington had concluded …, saying he
			// trusted …": a participle after a comma shares the subject
			// of the sentence's main verb, its first report.
			i := len(d.events) - 1
			for i > 0 && d.events[i-1].sent == last.sent && !d.events[i-1].accord && !d.events[i-1].inverted {
				i--
			}
			return d.events[i].sp
		}
	}
	// "A federal judge blocked the plan, calling it …", "A spokesperson
	// declined to comment but said …": the subject of the sentence.
	return d.subjectOf(c)
}

// subjectOf is the speaker that opens the sentence of token c, if any.
func (d *doc) subjectOf(c int32) spk {
	sent := d.toks[c].sent
	k := c
	for k > 0 && d.toks[k-1].sent == sent && c-k < 60 {
		k--
	}
	k = d.introPhrase(d.clauseStart(k, c), c)
	// "One day he met …, saying", "Last week the court ruled …": a time
	// that opens the clause.
	if k+2 < c && d.toks[k].kind == kWord && d.timeNoun(k+1) && (d.lowerIs(k, "one") || d.lowerIs(k, "last") ||
		d.lowerIs(k, "this") || d.lowerIs(k, "next") || d.lowerIs(k, "that")) {
		k += 2
		if d.isPunct(k, ',') {
			k++
		}
	}
	kThe := k
	if k < c && d.lowerIs(k, "the") {
		k++ // "The World Health Organization": the name starts after it
	}
	// "Kenya's President William Ruto": the possessor is not the subject.
	k0 := k
	if m := d.mentAt[k]; m >= 0 && d.ments[m].fullFirst == k && d.ments[m].last+1 < c && d.toks[d.ments[m].last+1].poss {
		k = d.ments[m].last + 2
	}
	// "the Movement for the Emancipation of the Niger Delta (MEND)
	// refuted …, saying": a long name is one subject.
	if m := d.mentAt[k]; m >= 0 && d.ments[m].first == k && d.ments[m].last >= k+6 && d.ments[m].last < c {
		return spk{first: k, last: d.ments[m].last, ment: m, ent: d.ments[m].entity}
	}
	for e := k; e < k+6 && e < c; e++ {
		// "Greenland's prime minister": the role phrase may open with
		// the possessor.
		if s := d.npEndingAt(e, sent); s.ok() && (d.spkStart(&s) == k || s.ment < 0 && (d.spkStart(&s) == k0 || d.spkStart(&s) == kThe)) {
			// "Military officials have not …, saying": a capitalised
			// first word that only opens the sentence modifies the role
			// after it.
			// "Kyrgyzstan's interim security chief and former opposition
			// leader Felix Kulov has resigned, saying": two roles, then
			// the name they belong to.
			if s.ment < 0 && e+2 < c && d.lowerIs(e+1, "and") {
				for n := e + 2; n < c && n <= e+6 && d.wordOK(n, sent) && d.toks[n].kind == kWord; n++ {
					if m := d.mentAt[n]; m >= 0 && d.ments[m].typ == tPer && d.ments[m].titled {
						return spk{first: d.ments[m].first, last: d.ments[m].last, ment: m, ent: d.ments[m].entity}
					}
					if d.toks[n].flags&(wCue|wPrep) != 0 {
						break
					}
				}
			}
			if (s.ment >= 0 && d.ments[s.ment].weak || s.ment < 0 && s.first == s.last) && e+1 < c && d.wordOK(e+1, sent) && d.toks[e+1].kind == kWord &&
				!d.toks[e+1].cap && d.toks[e+1].flags&wSpeakerNoun != 0 && d.toks[e+1].flags&wPlural != 0 {
				if r := d.npEndingAt(e+1, sent); r.ok() && r.ment < 0 {
					return r
				}
			}
			// "Afghan forces report killing … and say": the verb of
			// saying after the subject is no part of it.
			if s.ment < 0 && s.last > s.first && d.toks[s.last].flags&wCue != 0 && d.plainHead(s.last-1) {
				s.last--
			}
			return s
		}
	}
	// "U.S. and Afghan forces report killing … and say": a plain head no
	// role list holds, the longest such phrase.
	for e := min(k+5, c-1); e > k; e-- {
		if d.wordOK(e, sent) && d.toks[e].kind == kWord && !d.toks[e].cap && d.toks[e].flags&wCue == 0 && d.plainHead(e) {
			if s := d.plainSubject(e, c, sent); s.ok() && (s.first == k || s.first == kThe) {
				return s
			}
		}
	}
	return noSpk()
}

// introPhrase skips an opening phrase of place or time before the subject
// ("In a recorded interview with the FBI, Webb confessed …"): a preposition,
// a few words, a comma.
func (d *doc) introPhrase(k, end int32) int32 {
	if k >= end || d.toks[k].kind != kWord || d.toks[k].flags&wPrep == 0 {
		return k
	}
	for j := k + 1; j < end && j < k+14; j++ {
		t := &d.toks[j]
		if d.isPunct(j, ',') {
			return j + 1
		}
		// "In comments reported by the news agency, X said": a cue word
		// right after the preposition or an article is a noun, a passive
		// participle with its agent stays inside the phrase.
		if t.kind != kWord || t.flags&wCue != 0 && !d.lowerIs(j+1, "by") && j != k+1 && d.toks[j-1].flags&wDet == 0 {
			return k
		}
	}
	return k
}

// quotedAs: "The Associated Press quotes Foreign Minister Ahmed Aboul
// Gheit as saying …": the one quoted speaks, not the one quoting.
func (d *doc) quotedAs(c int32) spk {
	if c < 1 || !d.lowerIs(c, "saying") || !d.lowerIs(c-1, "as") {
		return noSpk()
	}
	sent := d.toks[c].sent
	if d.isPunct(c-2, ',') {
		return d.quotedAsApposed(c-2, sent)
	}
	// "Reuters cites him as saying": the one quoted, as "he".
	if o := c - 2; o > 0 && d.quoteVerb(o-1) {
		switch {
		case d.lowerIs(o, "him"):
			return spk{first: o, last: o, ment: -1, ent: -1, pron: pHe}
		case d.lowerIs(o, "her"):
			return spk{first: o, last: o, ment: -1, ent: -1, pron: pShe}
		case d.lowerIs(o, "them"):
			return spk{first: o, last: o, ment: -1, ent: -1, pron: pThey, plural: true}
		}
	}
	s := d.npEndingAt(c-2, sent)
	if !s.ok() {
		return d.quotedPlainNP(c-2, sent)
	}
	v := d.spkStart(&s) - 1
	// "quoted chairman John Folkerth": a role before the name.
	for n := 0; n < 2 && d.wordOK(v, sent) && d.toks[v].kind == kWord && !d.toks[v].cap && d.toks[v].flags&wTitle != 0; n++ {
		v--
	}
	if d.wordOK(v, sent) && d.toks[v].kind == kWord && d.toks[v].flags&wDet != 0 {
		v--
	}
	if d.wordOK(v, sent) && d.quoteVerb(v) {
		return s
	}
	// "quoted Iran's visiting Foreign Minister Manouchehr Mottaki as
	// saying", "quotes the department's head of monitoring, Lindy
	// Makubalo as saying": a named person's longer description between.
	if s.ment >= 0 {
		for k, n := v, 0; n < 16 && d.wordOK(k, sent); k, n = k-1, n+1 {
			if d.quoteVerb(k) {
				return s
			}
			if t := &d.toks[k]; t.kind == kWord && t.flags&(wCue|wRelative) != 0 || t.kind == kMark || d.lowerIs(k, "by") {
				break // "was quoted by Reuters as saying": passiveQuotedAs
			}
		}
	}
	return noSpk()
}

// afterQuoteInverts: right after a quote, a verb that otherwise takes an
// object puts its speaker after it (`"…," reported customer Lindsay Gay`,
// `"…," announced the minister`); "told" or "called" never do.
func (d *doc) afterQuoteInverts(c int32) bool {
	p := c - 1
	if d.isPunct(p, ',') {
		p--
	}
	return p >= 0 && d.toks[p].kind == kMark && d.toks[c].e-d.toks[c].s <= 9 && quoteInverts[string(d.wordKey(c))]
}

var quoteInverts = map[string]bool{"reported": true, "reports": true, "announced": true, "announces": true,
	"read": true, "reads": true,
	"demanded": true, "demands": true, "promised": true, "promises": true, "threatened": true, "denied": true,
	"denies": true, "urged": true, "urges": true}

// invertedSlot: the verb follows a closing mark or a comma ("…," said Pifer).
func (d *doc) invertedSlot(c int32) bool {
	if c == 0 {
		return false
	}
	p := &d.toks[c-1]
	if p.kind == kMark || d.isPunct(c-1, ',') {
		return true
	}
	return false
}

func (d *doc) wordOK(k int32, sent int32) bool {
	return k >= 0 && k < int32(len(d.toks)) && d.toks[k].sent == sent && d.toks[k].quote < 0
}

// pronounKind maps a subject pronoun.
func (d *doc) pronounKind(k int32) int8 {
	// The pronouns are function words (only modals lose the class).
	if d.toks[k].kind != kWord || d.toks[k].flags&wFunc == 0 {
		return pNone
	}
	switch {
	case d.lowerIs(k, "he"):
		return pHe
	case d.lowerIs(k, "she"):
		return pShe
	case d.lowerIs(k, "it"):
		return pIt
	case d.lowerIs(k, "they"):
		return pThey
	case d.lowerIs(k, "i"), d.lowerIs(k, "we"):
		return pFirst
	}
	return pNone
}

// leftSpeaker finds the subject before a reporting verb: a name, a pronoun,
// a role, skipping adverbs, appositions between commas and relative clauses.
func (d *doc) leftSpeaker(c int32) (spk, bool) {
	s, neg := d.leftSubject(c)
	if s.ok() && s.pron == pNone {
		if f := d.firstConjunct(&s); f.ok() {
			return f, neg
		}
	}
	return s, neg
}

// leftSubject is leftSpeaker before coordination is read.
func (d *doc) leftSubject(c int32) (spk, bool) {
	sent := d.toks[c].sent
	j := d.timeBefore(c-1, sent) // "The court last week ruled", "Esper on Wednesday said"
	// "the Cocoa Producers Alliance (CPA) said": the short form in
	// brackets after a name.
	if j >= 3 && d.isPunct(j, ')') && d.isPunct(j-2, '(') && d.upperName(j-1) && d.wordOK(j-3, sent) {
		j -= 3
	}
	if d.ingForm(c) && d.wordOK(j, sent) && d.toks[j].kind == kWord && d.toks[j].flags&wPassive != 0 {
		j-- // "Prosecutors are alleging"
	}
	for n := 0; n < 3 && d.wordOK(j, sent) && d.toks[j].kind == kWord && (d.toks[j].flags&(wAdv|wNeg) != 0 ||
		d.timeWord(j) || d.lyAdverb(j)) && d.mentAt[j] < 0; n++ {
		if d.toks[j].flags&wNeg != 0 && d.toks[j].flags&wAdv == 0 {
			return noSpk(), true
		}
		j--
	}
	if j >= 0 && d.toks[j].kind == kWord && (d.lowerIs(j, "not") || d.lowerIs(j, "never")) {
		return noSpk(), true
	}
	// "An interior ministry statement released Monday says": the
	// document speaks, its participle only dates it.
	// "a report on terrorism issued last month said": so after the
	// document's phrase.
	// ("report" is a verb of saying too: as the noun before a
	// participle it is the document.)
	if j > 0 && d.toks[j].kind == kWord && d.in(j, lIssueVerb) && d.wordOK(j-1, sent) && d.toks[j-1].kind == kWord &&
		(d.toks[j-1].flags&wCue == 0 || d.in(j-1, lDocumentNoun)) {
		j--
	}
	// "al-Hakim of the Supreme Council … (SCIRI) told", "Medecins du Monde
	// (Doctors of the World) said": the short form or the translation in
	// parentheses only repeats the name before it.
	if d.isPunct(j, ')') {
		for k := j - 1; k >= 0 && k >= j-8 && d.toks[k].sent == sent; k-- {
			if d.isPunct(k, '(') {
				j = k - 1
				break
			}
		}
	}
	if j < 0 || d.toks[j].sent != sent {
		return noSpk(), false
	}
	// "Rights groups, including Amnesty, say", "Analysts polled by
	// agencies, like X and Y, say": examples set off between commas
	// before the verb; the subject ends before them.
	if d.isPunct(j, ',') {
		if e := d.inclusionAside(j-1, sent); e >= 0 {
			j = e
		}
	}
	if s := d.partitiveSubject(j, c, sent); s.ok() {
		return s, false
	}
	if s := d.docRelative(j, sent); s.ok() {
		return s, false
	}
	if s := d.leaderOf(j, sent); s.ok() {
		return s, false
	}
	if s := d.relativeSubject(j, sent); s.ok() {
		return s, false
	}
	if d.wordOK(j, sent) {
		if s := d.nameUnder(j, sent); s.ok() {
			return s, false
		}
		if s := d.openingHead(j, sent); s.ok() {
			return s, false
		}
		if s := d.passiveHead(j, sent); s.ok() {
			return s, false
		}
		if s := d.npEndingAt(j, sent); s.ok() {
			if p := d.nameBeforePlace(s, sent); p.ok() {
				return p, false
			}
			// "A man identifying himself as a spokesman for the Taleban
			// said": the one who names himself speaks, the role is his
			// claim.
			if r := d.selfDescribed(d.spkStart(&s), j, sent); r.ok() {
				return r, false
			}
			// "Health authorities in Inner Mongolia have confirmed",
			// "A spokesman for the European Commission said": the place
			// or body only qualifies the role that speaks.
			if s.ment >= 0 && (d.ments[s.ment].typ != tPer || d.afterPrep(d.nameModifiers(d.ments[s.ment].fullFirst, sent))) {
				if h := d.officeFor(d.ments[s.ment].fullFirst, sent); h.ok() {
					h.last = j
					return h, false
				}
				if r := d.postmodified(j, sent); r.ok() {
					return r, false
				}
				if r := d.openingRole(j, c, sent); r.ok() {
					return r, false
				}
				// "posted on X accusing …": a participle's subject is
				// the clause's, never the object of a preposition.
				if d.ingForm(c) && d.afterPrep(d.ments[s.ment].fullFirst) {
					if r := d.subjectOf(c); r.ok() {
						return r, false
					}
				}
			}
			// "Analysts polled by news agencies say": a plain noun
			// phrase inside a longer subject is not the subject.
			if s.ment < 0 && s.pron == pNone && !d.clauseHead(d.spkStart(&s)) {
				if r := d.postmodified(j, sent); r.ok() && r.first < s.first {
					return r, false
				}
			}
			if r := d.issuer(s, c, sent); r.ok() {
				return r, false
			}
			if s.ment >= 0 && d.objectOfThing(d.ments[s.ment].fullFirst, sent) {
				return noSpk(), false
			}
			return s, false
		}
		// Not "…, Democratic Action, have pulled out …, saying": a
		// participle after a comma shares the clause's subject.
		if (d.isPunct(j, ',') || d.dashAt(j)) && !(d.ingForm(c) && j > 0 && d.toks[j-1].kind == kWord && !d.toks[j-1].cap) {
			if s := d.asideSubject(j, sent); s.ok() {
				return s, false
			}
			if s := d.commaSegments(j, sent); s.ok() {
				return s, false
			}
		}
	}
	if s := d.postmodified(j, sent); s.ok() {
		return s, false
	}
	if s := d.groupSubject(j, sent); s.ok() {
		return s, false
	}
	if s := d.plainSubject(j, c, sent); s.ok() {
		return s, false
	}
	// "A former official who spoke anonymously said", "Smith, who starred
	// in "Past Lives," said": the relative clause may hold a title.
	for k := j; k > j-25 && k >= 0 && d.toks[k].sent == sent; k-- {
		if d.toks[k].quote < 0 && d.toks[k].flags&wCue != 0 {
			break
		}
		if d.toks[k].quote >= 0 {
			continue
		}
		if d.toks[k].kind == kWord && d.toks[k].flags&wRelative != 0 {
			e := k - 1
			if d.isPunct(e, ',') {
				e--
			}
			// "critics, including Rep. Ann Ward, who say": the relative
			// belongs to the group, not to the example set off after it.
			if ie := d.inclusionAside(e, sent); ie >= 0 && k == j && d.isPunct(k-1, ',') {
				if s := d.relativeHead(ie, sent); s.ok() {
					return s, false
				}
			}
			if d.wordOK(e, sent) {
				// "said Dan Ives, an analyst at Wedbush Securities, who
				// called …": the relative is the named person's.
				if p := d.appositionHead(e, sent); p.ok() {
					return p, false
				}
				if s := d.npEndingAt(e, sent); s.ok() || !d.lowerIs(k, "who") {
					return s, false
				}
				// "Israeli settlers, who …, said": "who" tells that the
				// noun before it is people, whatever the noun; right
				// before the verb, its subject wherever it stands ("the
				// attention of a hawk, who said").
				if k == j && d.isPunct(k-1, ',') {
					return d.relativeHead(e, sent), false
				}
				return d.peopleNP(e, sent), false
			}
			break
		}
	}
	return noSpk(), false
}

// docRelative: "a story in the Daily Ledger that said", "a report that
// said": a document's relative clause opened by "that" (j) right before
// the verb; the body named as its source after "in", "by" or "from"
// speaks, else the document.
func (d *doc) docRelative(j, sent int32) spk {
	if !d.wordOK(j, sent) || d.toks[j].e-d.toks[j].s != 4 || !d.lowerIs(j, "that") || !d.wordOK(j-1, sent) {
		return noSpk()
	}
	e := j - 1
	if m := d.mentAt[e]; m >= 0 && d.ments[m].last == e && d.ments[m].typ != tPlace {
		p := d.ments[m].fullFirst - 1
		if d.wordOK(p, sent) && d.lowerIs(p, "the") {
			p--
		}
		if d.wordOK(p-1, sent) && (d.lowerIs(p, "in") || d.lowerIs(p, "by") || d.lowerIs(p, "from")) &&
			!d.toks[p-1].cap && d.in(p-1, lDocumentNoun) && !d.spokesWord(p-1) {
			return spk{first: d.ments[m].first, last: e, ment: m, ent: d.ments[m].entity}
		}
		return noSpk()
	}
	if t := &d.toks[e]; t.kind == kWord && !t.cap && d.in(e, lDocumentNoun) && !d.spokesWord(e) {
		f := d.modifiersBefore(e, sent, 4)
		// "The board released a report that said": its issuer, the
		// subject of the verb that issued it (not "denied a report
		// that said": a verb of saying or judging answers it).
		if v := f - 1; d.wordOK(v, sent) && d.toks[v].kind == kWord && !d.toks[v].cap &&
			d.toks[v].flags&(wFunc|wPrep|wEval|wCue) == 0 && (d.in(v, lIssueVerb) || finiteOrPast(d, v)) {
			if r, _ := d.leftSpeaker(v); r.ok() {
				return r
			}
		}
		if v := f - 1; d.wordOK(v, sent) && d.toks[v].kind == kWord && d.toks[v].flags&(wEval|wCue) != 0 {
			return noSpk() // whose report is denied is not told
		}
		return spk{first: f, last: e, ment: -1, ent: -1}
	}
	return noSpk()
}

// inclusionAside: tokens ending at e are an aside that gives examples of
// the noun before it (", including Rep. Ann Ward", ", such as Tom Reed",
// ", among them two doctors"), closed by a comma before "who" ("critics,
// including Ann Ward, who say"; "officials, including an officer who
// described" is the officer's): the last token of that noun, or -1.
func (d *doc) inclusionAside(e, sent int32) int32 {
	for k := e; k > e-10 && d.wordOK(k, sent); k-- {
		if d.toks[k].kind == kMark || d.toks[k].kind == kWord && d.toks[k].flags&(wCue|wRelative) != 0 {
			return -1
		}
		if !d.isPunct(k, ',') {
			continue
		}
		n := k + 1
		if n < e && d.toks[n].kind == kWord && (d.lowerIs(n, "including") || d.lowerIs(n, "notably") ||
			d.lowerIs(n, "especially") || d.lowerIs(n, "like") || d.lowerIs(n, "such") && d.lowerIs(n+1, "as") || d.lowerIs(n, "among") && d.lowerIs(n+1, "them")) &&
			d.wordOK(k-1, sent) && d.toks[k-1].kind == kWord {
			return k - 1
		}
		return -1
	}
	return -1
}

// peopleNP: a plain noun phrase ending at e ("Israeli settlers", "the
// deportees"): a group of people when a "who" follows it.
func (d *doc) peopleNP(e, sent int32) spk {
	t := &d.toks[e]
	// "the number who said they had used …": a count of a survey's
	// answers, not a group that speaks.
	if t.kind != kWord || t.cap || t.flags&(wFunc|wCue|wPrep) != 0 || d.in(e, lQuantityNoun) {
		return noSpk()
	}
	k := d.modifiersBefore(e, sent, 4)
	if k > 0 && d.wordOK(k-1, sent) && !d.isPunct(k-1, ',') && k != d.sentFirst(k) {
		return noSpk() // the subject opens its clause
	}
	return spk{first: k, last: e, ment: -1, ent: -1, plural: d.r[t.e-1] == 's'}
}

// relativeHead: the plain noun phrase ending at e before ", who said":
// the one who speaks ("a hawk", "a man from the village" is "man" …).
func (d *doc) relativeHead(e, sent int32) spk {
	t := &d.toks[e]
	if t.kind != kWord || t.flags&(wFunc|wCue|wPrep) != 0 || d.in(e, lQuantityNoun) || d.in(e, lTimeNoun) || !unicode.IsLetter(d.r[t.s]) {
		return noSpk()
	}
	k := d.modifiersBefore(e, sent, 4)
	return spk{first: k, last: e, ment: -1, ent: -1, plural: t.flags&wPlural != 0}
}

// modifiersBefore is the first token of the noun phrase whose head is j:
// up to max modifiers and possessives before it, and its determiner.
func (d *doc) modifiersBefore(j, sent int32, max int) int32 {
	k := j
	for n := 0; n < max && d.wordOK(k-1, sent); n++ {
		p := &d.toks[k-1]
		if p.poss {
			k--
			continue
		}
		// "The Reporters Without Borders rights group": a name before the
		// head is one modifier, its inner words with it.
		if m := d.mentAt[k-1]; m >= 0 && d.ments[m].last == k-1 && d.ments[m].first < k-1 && d.wordOK(d.ments[m].first, sent) {
			k = d.ments[m].first
			continue
		}
		// "the U.S.-led coalition": a hyphen inside a word joins its
		// parts into one modifier ("led" there is no verb).
		if p.kind == kWord && d.hyphenJoined(k-1, sent) {
			k--
			for d.hyphenJoined(k, sent) {
				k -= 2 // "U.-S.-led": every part
			}
			continue
		}
		// "quotes government officials as saying": the verb is no modifier;
		// nor is "rejected" in "Mr. Rumsfeld also rejected news reports".
		if p.kind != kWord || p.flags&(wCue|wRelative|wPrep|wEval) != 0 || d.quoteVerb(k-1) {
			break
		}
		if p.flags&wDet != 0 {
			k--
			break
		}
		// "But U.S. officials say": a conjunction opening the sentence.
		if p.flags&wFunc != 0 && (!p.cap || d.sentenceInitial(k-1) && (d.lowerIs(k-1, "but") || d.lowerIs(k-1, "and") ||
			d.lowerIs(k-1, "or") || d.lowerIs(k-1, "so") || d.lowerIs(k-1, "yet"))) {
			break
		}
		// "The development Monday angered opposition protesters who
		// said": a day or a verb in the past ends the phrase ("the
		// alleged militants" keeps its article's adjective).
		if p.cap && d.dayWord(k-1) && !d.toks[k].poss || !p.cap && (pastAfterNoun(d, k-1) || d.in(k-1, lIrregularPast) || d.in(k-1, lFinite)) {
			break
		}
		k--
	}
	return k
}

// hyphenJoined: word k is written onto a hyphen that is written onto the
// word before it ("led" in "U.S.-led").
func (d *doc) hyphenJoined(k, sent int32) bool {
	return k >= 2 && d.isPunct(k-1, '-') && d.toks[k-1].e == d.toks[k].s && d.toks[k-2].e == d.toks[k-1].s &&
		d.toks[k-2].kind == kWord && d.wordOK(k-2, sent)
}

// pastAfterNoun: token k ends in -ed and follows a word that is no
// article, number or adverb: a verb, not an adjective of the noun.
func pastAfterNoun(d *doc, k int32) bool {
	t := &d.toks[k]
	if t.cap || t.e-t.s < 5 || d.r[t.e-1] != 'd' || d.r[t.e-2] != 'e' || k == 0 {
		return false
	}
	p := &d.toks[k-1]
	return p.kind == kWord && p.sent == t.sent && (p.flags&(wDet|wAdv|wFunc) == 0 || p.cap && d.dayWord(k-1)) && !d.in(k-1, lQuantifier) &&
		!unicode.IsDigit(d.r[p.s])
}

// timeBefore skips back over a time phrase that ends at j, between a
// subject and its verb: "on Wednesday", "Tuesday", "last week", "earlier
// this month"; j itself when there is none.
func (d *doc) timeBefore(j, sent int32) int32 {
	if !d.wordOK(j, sent) || d.toks[j].kind != kWord {
		return j
	}
	switch {
	case d.dayWord(j) && !d.toks[j].poss:
		j--
		if d.wordOK(j, sent) && (d.lowerIs(j, "on") || d.lowerIs(j, "late") || d.lowerIs(j, "early")) {
			j--
		}
	case d.toks[j].cap && monthWords[string(d.wordKey(j))] && d.wordOK(j-1, sent) && d.lowerIs(j-1, "in") && j >= 2 && d.in(j-2, lIssueVerb):
		// "a report released in August said": the month dates the
		// document's participle.
		j -= 2
	case d.timeNoun(j) && d.wordOK(j-1, sent) && (d.lowerIs(j-1, "last") || d.lowerIs(j-1, "this") || d.lowerIs(j-1, "next")):
		j -= 2
		if d.wordOK(j, sent) && (d.lowerIs(j, "earlier") || d.lowerIs(j, "later")) {
			j--
		}
	}
	return j
}

// npEndingAt: a name, pronoun or role noun phrase whose last token is j.
func (d *doc) npEndingAt(j, sent int32) spk {
	t := &d.toks[j]
	if t.kind != kWord {
		return noSpk()
	}
	if m := d.mentAt[j]; m >= 0 && d.ments[m].last == j && d.ments[m].first <= j {
		if s := d.possessedOffice(m, sent); s.ok() {
			return s
		}
		if p := d.qualifiedPerson(m, sent); p >= 0 {
			return spk{first: d.ments[p].first, last: d.ments[p].last, ment: p, ent: d.ments[p].entity}
		}
		// "Sen. Rand Paul of Kentucky said", "Jane Roe of Acme Corp said":
		// the person speaks; the place or employer only qualifies them.
		of := d.ments[m].fullFirst - 1
		if of > 0 && d.lowerIs(of, "the") {
			of-- // "al-Hakim of the Supreme Council"
		}
		// "Christopher Clark of the group's bankers Samuel Montagu said":
		// a short description between "of" and the employer.
		if o := of; o > 1 && !d.lowerIs(o, "of") {
			for n := 0; n < 5 && o > 1 && d.wordOK(o, sent) && (d.toks[o].poss || d.toks[o].kind == kWord &&
				!d.toks[o].cap && d.toks[o].flags&(wCue|wPrep|wRelative) == 0); n++ {
				o--
			}
			if d.lowerIs(o, "of") {
				of = o
			}
		}
		// "Joint Chiefs of Staff Chairman Mike Mullen": a title after "of"
		// ends the office; the titled name speaks.
		// "Rep. Anthony Weiner from New York State" as "… of Kentucky".
		if of > 1 && (d.lowerIs(of, "of") || d.lowerIs(of, "from")) && d.wordOK(of-1, sent) && !(d.ments[m].titled && d.ments[m].first > d.ments[m].fullFirst) {
			if p := d.mentAt[of-1]; p >= 0 && p != m && d.ments[p].last == of-1 && (d.ments[p].typ == tPer &&
				(d.ments[p].titled || d.ments[p].last > d.ments[p].first) || d.isPlace(d.ments[m].fullFirst, j)) {
				// "Montedison SPA of Italy said": a place never
				// speaks for the name it qualifies.
				return spk{first: d.ments[p].first, last: of - 1, ment: p, ent: d.ments[p].entity}
			}
		}
		return spk{first: d.ments[m].first, last: j, ment: m, ent: d.ments[m].entity}
	}
	if p := d.pronounKind(j); p != pNone {
		return spk{first: j, last: j, ment: -1, ent: -1, pron: p}
	}
	// "the Prime Minister said", "the Treasury said": a capitalised title
	// used as a role.
	if t.cap && t.flags&wTitle != 0 && d.mentAt[j] < 0 {
		k := j
		for n := 0; n < 3 && k > 0 && d.wordOK(k-1, sent) && d.toks[k-1].cap && d.toks[k-1].flags&wTitle != 0 &&
			d.mentAt[k-1] < 0; n++ {
			k--
		}
		if k > 0 && d.wordOK(k-1, sent) && d.lowerIs(k-1, "the") {
			return spk{first: k - 1, last: j, ment: -1, ent: -1}
		}
	}
	// "a Ministry of Transport report says": the issuer named before the
	// document speaks.
	if !t.cap && d.in(j, lDocumentNoun) && !d.spokesWord(j) && j > 0 && d.wordOK(j-1, sent) {
		// Not "Published reports say": a capitalised word that only
		// opens the sentence names no issuer.
		if m := d.mentAt[j-1]; m >= 0 && d.ments[m].last == j-1 && d.ments[m].typ != tPer && !d.ments[m].weak &&
			!(d.ments[m].first == j-1 && reportKinds[string(d.wordKey(j-1))]) {
			return spk{first: d.ments[m].first, last: j - 1, ment: m, ent: d.ments[m].entity}
		}
	}
	// A role in lower case, or an acronym one ("one bank CEO").
	if (t.flags&wSpeakerNoun != 0 || d.in(j, lPersonRole) || d.yearOld(j) || d.compoundRole(j)) && (!t.cap || d.allCaps(j) && d.mentAt[j] < 0) {
		k := d.modifiersBefore(j, sent, 6)
		// "the minerals and energy company": two modifiers joined by "and"
		// before an organisation noun.
		if d.in(j, lOrgNoun) && k >= 3 && d.lowerIs(k-1, "and") && d.wordOK(k-3, sent) && d.lowerIs(k-3, "the") &&
			d.toks[k-2].kind == kWord && !d.toks[k-2].cap && d.toks[k-2].flags&(wFunc|wCue|wPrep) == 0 {
			k -= 3
		}
		// "a spokesman for the ministry": the head noun speaks.
		// Not "pitting a lobby group against a doctor who claims": only
		// the prepositions of belonging.
		if k >= 2 && d.wordOK(k-2, sent) && d.toks[k-1].kind == kWord && d.toks[k-1].flags&wPrep != 0 && d.belongPrep(k-1) &&
			d.toks[k-2].flags&wSpeakerNoun != 0 && !d.toks[k-2].cap {
			if h := d.npEndingAt(k-2, sent); h.ok() && h.ment < 0 {
				return spk{first: h.first, last: j, ment: -1, ent: -1, plural: h.plural}
			}
		}
		return spk{first: k, last: j, ment: -1, ent: -1, plural: t.flags&wPlural != 0}
	}
	// "Acme's second-in-command says", "Al-Noor's deputy said": a
	// lower-case noun that a name opening the sentence possesses, right
	// before the verb, is a role of that name's, whatever the noun.
	if !t.cap && t.flags&(wFunc|wPrep|wCue|wAdv|wRelative|wDet|wNeg|wPassive) == 0 && t.e-t.s >= 4 && j >= 2 &&
		d.toks[j-1].poss && d.wordOK(j-2, sent) && !d.timeWord(j) && !d.in(j, lTimeNoun) && !d.in(j, lQuantityNoun) &&
		j+1 < int32(len(d.toks)) && d.toks[j+1].kind == kWord && d.toks[j+1].flags&wCue != 0 {
		if m := d.mentAt[j-2]; m >= 0 && d.ments[m].last == j-2 && !d.dayWord(j-2) && d.sentenceInitial(d.ments[m].fullFirst) {
			return spk{first: d.ments[m].fullFirst, last: j, ment: -1, ent: -1}
		}
	}
	return noSpk()
}

// qualifiedPerson: mention m ends a chain of names joined by prepositions
// after a person ("al-Hakim of the Supreme Council of the Islamic Revolution
// in Iraq told"): that person, when the chain has two links or more (one
// link is npEndingAt's "Rand Paul of Kentucky"); else -1.
func (d *doc) qualifiedPerson(m, sent int32) int32 {
	for n := 0; n < 4; n++ {
		k := d.ments[m].fullFirst - 1
		if k > 0 && d.lowerIs(k, "the") {
			k--
		}
		if k < 1 || !d.wordOK(k, sent) || d.toks[k].kind != kWord || d.toks[k].flags&wPrep == 0 {
			return -1
		}
		p := d.mentAt[k-1]
		if p < 0 || p == m || d.ments[p].last != k-1 {
			return -1
		}
		if pm := &d.ments[p]; pm.typ == tPer && (pm.titled || pm.last > pm.first || d.toks[pm.first].cap) {
			if n == 0 {
				return -1
			}
			return p
		}
		m = p
	}
	return -1
}

// headBeforePrep: a segment that opens with a role and a phrase after it
// ("Health officials in Congo"): the role, or none.
func (d *doc) headBeforePrep(start, end, sent int32) spk {
	for k := start; k < end && k < start+6; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			return noSpk()
		}
		if t.flags&wSpeakerNoun != 0 && !t.cap && d.toks[k+1].kind == kWord && d.toks[k+1].flags&wPrep != 0 {
			s := d.npEndingAt(k, sent)
			if s.ok() && s.first == start {
				return s
			}
			return noSpk()
		}
		if t.flags&wFunc != 0 && t.flags&wDet == 0 {
			return noSpk()
		}
	}
	return noSpk()
}

// commaSegments walks back over comma-separated segments before a verb
// ("Oleg Kalugin, a former general, known as the KGB, said") and takes the
// first segment of the clause that is wholly a name, else wholly a role: the
// subject comes first, appositions after it.
func (d *doc) commaSegments(comma, sent int32) spk {
	var segs [6][2]int32
	n := 0
	end := comma - 1
	for n < len(segs) && end >= 0 {
		start := end
		for start-1 >= 0 && d.wordOK(start-1, sent) && !d.isPunct(start-1, ',') && d.toks[start-1].kind != kMark &&
			!d.isDash(start-1) && end-start < 40 {
			start--
		}
		if end-start >= 40 || start > end {
			break
		}
		// "James P. Kennedy Jr., the U.S. Attorney …, said": the dot of
		// an abbreviation ends the name's segment, not the name.
		e := end
		if e > start && d.isPunct(e, '.') && d.toks[e-1].kind == kWord && d.toks[e-1].s+4 >= d.toks[e].s {
			e--
		}
		segs[n] = [2]int32{start, e}
		n++
		if !d.isPunct(start-1, ',') {
			break
		}
		end = start - 2
	}
	// A name beats a role ("a Commission spokeswoman, Ana Pisonero, told").
	role := noSpk()
	for i := n - 1; i >= 0; i-- {
		start, end := segs[i][0], segs[i][1]
		s := d.relativeRole(start, end, sent)
		if !s.ok() {
			s = d.npEndingAt(end, sent)
		}
		if !s.ok() || !d.wholeSegment(start, s) {
			s = d.headBeforePrep(start, end, sent)
		}
		// "a Ugandan High Court Judge, John Bosco Katutsi, said": a
		// capitalised phrase after "a" describes; the name after it
		// speaks.
		if s.ok() && s.ment >= 0 && d.ments[s.ment].typ != tPer && i > 0 && !role.ok() {
			if f := d.ments[s.ment].fullFirst - 1; f >= start && (d.lowerIs(f, "a") || d.lowerIs(f, "an")) {
				role = s
				continue
			}
		}
		if s.ok() && s.ment >= 0 {
			// "The group that owns her music, Big Machine, says": a name
			// in apposition to an organisation noun is an organisation.
			if role.ok() && d.in(role.last, lOrgNoun) && d.ments[s.ment].entity >= 0 &&
				!d.ments[s.ment].titled && d.ments[s.ment].gender == 0 {
				d.ents[d.ments[s.ment].entity].typ = tOrg
			}
			return s
		}
		if s.ok() && !role.ok() {
			role = s
		}
	}
	return role
}

// issuer: "X issued a statement warning that …": a document before a
// participle is the object of the verb before it, whose subject speaks.
func (d *doc) issuer(s spk, c, sent int32) spk {
	if s.ment >= 0 || s.pron != pNone || !d.ingForm(c) {
		return noSpk()
	}
	key := d.wordKey(s.last)
	if !documentNouns[string(key)] || len(key) > 6 && string(key[:6]) == "spokes" {
		return noSpk()
	}
	v := s.first - 1
	// Not "rejected news reports saying": a verb that judges the document
	// is no issuer's.
	if !d.wordOK(v, sent) || d.toks[v].kind != kWord || d.toks[v].cap || d.toks[v].flags&(wFunc|wPrep|wEval) != 0 {
		return noSpk()
	}
	r, _ := d.leftSpeaker(v)
	return r
}

// leaderOf: "Paganini and his team wrote", "Smith and colleagues said": a
// named person and the group they lead, ending at token j; the person
// speaks for it.
func (d *doc) leaderOf(j, sent int32) spk {
	if !d.wordOK(j, sent) || d.toks[j].kind != kWord || d.toks[j].cap {
		return noSpk()
	}
	and := j - 1
	if d.wordOK(and, sent) && d.toks[and].kind == kWord && d.toks[and].flags&wDet != 0 && !d.lowerIs(and, "the") {
		and-- // "his team", "her colleagues"
	} else if !d.lowerIs(j, "colleagues") && !d.lowerIs(j, "co-authors") {
		return noSpk()
	}
	if !d.wordOK(and-1, sent) || !d.lowerIs(and, "and") {
		return noSpk()
	}
	if m := d.mentAt[and-1]; m >= 0 && d.ments[m].last == and-1 && d.ments[m].typ != tPlace && d.ments[m].typ != tOrg {
		mm := &d.ments[m]
		return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
	}
	return noSpk()
}

// relativeRole: a segment that is a role with a relative clause after it
// ("The company that runs the show", "the group that owns her music"): the
// role, whose clause holds no name of the subject; or none.
func (d *doc) relativeRole(start, end, sent int32) spk {
	for k := start; k < end && k < start+4; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			return noSpk()
		}
		if t.flags&wSpeakerNoun == 0 || t.cap && k > start {
			continue
		}
		if !d.lowerIs(k+1, "that") && !d.lowerIs(k+1, "who") && !d.lowerIs(k+1, "which") {
			return noSpk()
		}
		if s := d.npEndingAt(k, sent); s.ok() && s.first == start {
			return s
		}
		return noSpk()
	}
	return noSpk()
}

// wholeSegment: the tokens before the speaker in its segment only qualify it
// ("Putin's spokesman Dmitry Peskov", "and Smith").
func (d *doc) wholeSegment(start int32, s spk) bool {
	first := s.first
	if s.ment >= 0 {
		first = d.ments[s.ment].fullFirst
	}
	for k := start; k < first; k++ {
		t := &d.toks[k]
		if t.poss || t.cap && t.kind == kWord && (t.flags&wFunc == 0 || k > start || !d.sentenceInitial(k)) {
			continue
		}
		if k == start && (d.lowerIs(k, "but") || d.lowerIs(k, "and") || d.lowerIs(k, "yet")) {
			continue // "But Paul Johnson, director of …, said"
		}
		if t.kind != kWord || t.flags&(wCue|wPrep|wRelative) != 0 {
			return false
		}
		if t.flags&wFunc != 0 && t.flags&wDet == 0 {
			return false
		}
	}
	return true
}

// rightSpeaker finds the speaker after a verb: "said Steven Pifer",
// "said a spokesman for the ministry, Ivan Ivanov", "according to officials".
func (d *doc) rightSpeaker(c int32, accord bool) spk {
	sent := d.toks[c].sent
	k := c + 1
	if !d.wordOK(k, sent) {
		return noSpk()
	}
	// "wrote 43-year-old Martin Taylor of Aberdeenshire": an age before
	// the name.
	if d.yearOld(k) && d.wordOK(k+1, sent) && d.mentAt[k+1] >= 0 && d.ments[d.mentAt[k+1]].fullFirst == k+1 {
		k++
	}
	// "writes the Associated Press": an article before a whole name.
	if d.lowerIs(k, "the") && d.wordOK(k+1, sent) {
		if m := d.mentAt[k+1]; m >= 0 && d.ments[m].fullFirst == k+1 && d.endsInverted(d.ments[m].last+1) {
			k++
		}
	}
	if m := d.mentAt[k]; m >= 0 && d.ments[m].fullFirst == k && d.ments[m].first <= d.ments[m].last {
		mm := &d.ments[m]
		// "said Foreign Ministry spokeswoman Maria Zakharova": the
		// organisation only qualifies the person.
		if p := d.personAfterRole(mm.last+1, sent); p >= 0 {
			mm = &d.ments[p]
			m = p
		}
		// "read Brisbane's Nine News": the possessor only qualifies.
		if o := mm.last + 2; d.wordOK(o, sent) && d.toks[mm.last+1].poss && d.mentAt[o] >= 0 && d.ments[d.mentAt[o]].fullFirst == o {
			m = d.mentAt[o]
			mm = &d.ments[m]
		}
		if !accord && !d.endsInverted(mm.last+1) {
			return noSpk() // "said Trump is …": the name opens the reported clause
		}
		return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
	}
	if p := d.pronounKind(k); (p == pHe || p == pShe) && d.endsInverted(k+1) {
		return spk{first: k, last: k, ment: -1, ent: -1, pron: p}
	}
	// A noun phrase up to its head: det? modifiers* noun.
	if t := &d.toks[k]; t.kind != kWord || !accord && (t.flags&wFunc != 0 && t.flags&wDet == 0 || d.lowerIs(k, "that")) {
		return noSpk()
	}
	e := k
	head, other := int32(-1), int32(-1)
	for n := 0; n < 8 && d.wordOK(e, sent); n++ {
		t := &d.toks[e]
		if t.kind != kWord && !t.poss {
			break
		}
		if n > 0 && (t.flags&(wPrep|wRelative) != 0 || !accord && t.flags&wCue != 0) {
			break
		}
		if t.flags&wSpeakerNoun != 0 || accord && t.flags&wCue != 0 && !t.cap {
			head = e
		} else if accord && !t.cap && t.flags&wFunc == 0 {
			other = e
		}
		if d.mentAt[e] >= 0 && d.ments[d.mentAt[e]].last == e && head < 0 && accord {
			head = e
		}
		e++
	}
	if head < 0 {
		head = other
	}
	if head < 0 && !accord {
		head = d.plainInvertedHead(k, sent)
	}
	if head < 0 {
		return noSpk()
	}
	if head > k && d.in(head, lIssueVerb) && d.in(head-1, lDocumentNoun) {
		head-- // "data released": the document is the head
	}
	s := spk{first: k, last: head, ment: -1, ent: -1, plural: d.toks[head].flags&wPlural != 0}
	// "said publicist Carl Ross", "said defense lawyer Ana Ruiz": a bare
	// role right before a full name is that person's title.
	if !accord && !s.plural && !d.toks[k].cap && d.toks[k].flags&wDet == 0 && d.wordOK(head+1, sent) {
		if m := d.mentAt[head+1]; m >= 0 && d.ments[m].fullFirst == head+1 && d.ments[m].last > d.ments[m].first &&
			d.ments[m].typ != tPlace && d.ments[m].typ != tOrg {
			return spk{first: d.ments[m].first, last: d.ments[m].last, ment: m, ent: d.ments[m].entity}
		}
	}
	// "according to a statement from the Alzheimer's Association": the
	// issuer of a document speaks through it.
	by := head + 1
	if d.wordOK(by+1, sent) && d.in(by, lIssueVerb) {
		by++ // "according to data released by MOTIE"
	}
	if accord && d.in(head, lDocumentNoun) && d.wordOK(by+1, sent) &&
		(d.lowerIs(by, "from") || d.lowerIs(by, "by") || d.lowerIs(by, "of")) {
		f := by + 1
		if d.lowerIs(f, "the") && d.wordOK(f+1, sent) {
			f++
		}
		if m := d.mentAt[f]; m >= 0 && d.ments[m].fullFirst == f && d.toks[d.ments[m].last].e-d.toks[f].s > 1 {
			mm := &d.ments[m]
			return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
		}
		// "a statement from the ministry": a role issues it.
		if r := d.npEndingAt(by+2, sent); r.ok() && r.ment < 0 && r.pron == pNone && d.lowerIs(by+1, "the") {
			r.first = by + 1
			return r
		}
	}
	// An apposition naming the person: "said the spokesman, Ivan Ivanov",
	// "said another witness in the inquiry, former adviser Fiona Hill".
	if m := d.appositionName(head+1, sent); m >= 0 {
		mm := &d.ments[m]
		return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
	}
	if m := d.mentAt[head]; m >= 0 {
		mm := &d.ments[m]
		if mm.fullFirst > k && d.toks[mm.fullFirst-1].poss {
			// "the Los Angeles County Sheriff's Department": the whole
			// phrase names the speaker.
			f := k
			if d.toks[f].flags&wDet != 0 {
				f++
			}
			return spk{first: f, last: mm.last, ment: -1, ent: -1}
		}
		return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
	}
	return s
}

// appositionName: after a role that ends before token k, maybe a phrase
// ("in the inquiry"), a comma, and a person's name closing the clause, maybe
// with a role before it ("former White House adviser Fiona Hill"): the
// name's mention, or -1.
func (d *doc) appositionName(k, sent int32) int32 {
	for n := 0; n < 8 && d.wordOK(k, sent) && !d.isPunct(k, ','); n, k = n+1, k+1 {
		if t := &d.toks[k]; t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			return -1
		}
	}
	if !d.isPunct(k, ',') {
		return -1
	}
	for k, n := k+1, 0; n < 8 && d.wordOK(k, sent) && d.toks[k].kind == kWord; n++ {
		m := d.mentAt[k]
		if m < 0 {
			if d.toks[k].flags&(wCue|wRelative) != 0 {
				return -1
			}
			k++
			continue
		}
		mm := &d.ments[m]
		if mm.typ == tPer && d.endsInverted(mm.last+1) {
			return m
		}
		k = mm.last + 1
	}
	return -1
}

// postmodified: a role that opens the clause, qualified by a phrase after
// it, as the subject of the verb after token j: "two people familiar with
// the talks said", "Officials at the ministry said", "The head of the
// ambulance service has warned". Only an opening subject counts, so "met
// officials at the ministry and said" finds nothing.
func (d *doc) postmodified(j, sent int32) spk {
	for h := j - 1; h >= 0 && h >= j-13 && d.wordOK(h, sent); h-- {
		t := &d.toks[h]
		// "A report posted on …": a document after an article is a noun.
		// "A statement read on state television said": a verb of saying
		// after a document tells how it was issued.
		if t.kind == kMark || t.kind == kWord && t.flags&(wCue|wRelative) != 0 && !d.nounCue(h) &&
			!(d.in(h, lDocumentNoun) && (h > 0 && d.toks[h-1].flags&wDet != 0 || d.sentenceInitial(h))) &&
			!(h > 0 && d.in(h, lIssueVerb) && d.in(h-1, lDocumentNoun)) || d.isPunct(h, ',') ||
			d.lowerIs(h, "and") || d.lowerIs(h, "but") {
			return noSpk()
		}
		// "Diplomats attending a meeting in Vienna say": a head that
		// opens the sentence is capitalised.
		// "The U.S.-led coalition in Afghanistan says", "The hospital in
		// Tel Aviv says": a body's word with its place after it speaks as
		// the body; before other phrases ("the ministry of …") it names
		// the body of a role or a name that comes first.
		// Only after an article: "Al-Qaida's front group in Iraq" is
		// named for its owner, who may speak under another name.
		// "The U.N. mission in Congo says": a mission abroad is a body too.
		orgPlace := t.kind == kWord && (t.flags&wOrgWord != 0 && t.flags&wPlural == 0 || d.lowerIs(h, "mission")) && !d.in(h, lDocumentNoun) && d.placePrepAt(h+1, j) &&
			d.articleOpens(d.modifiersBefore(h, sent, 4))
		if t.kind != kWord || t.cap && !d.sentenceInitial(h) || !orgPlace && (t.flags&wSpeakerNoun == 0 && !(d.in(h+1, lPostmod) && d.plainHead(h)) ||
			t.flags&wOrgWord != 0 && t.flags&wPlural == 0 && !d.in(h, lDocumentNoun)) {
			continue
		}
		nx := h + 1
		doc := d.in(h, lDocumentNoun) && !d.spokesWord(h)
		// "A report posted on a Pentagon web site says".
		if !d.wordOK(nx, sent) || d.toks[nx].kind != kWord || !(d.toks[nx].flags&wPrep != 0 || d.in(nx, lPostmod) || doc && d.in(nx, lIssueVerb) ||
			d.passiveBy(nx, j)) {
			continue
		}
		// A longer phrase only after "close to", "familiar with": "sources
		// close to a meeting of the Cocoa Producers Alliance said".
		// So after "of" or "for" tying a role to its body, whose name
		// and a participle of its own may run long ("the head of a World
		// Health Organization team investigating the outbreak says").
		if h < j-7 && !d.in(nx, lPostmod) && !d.passiveBy(nx, j) && (h < j-12 || !d.lowerIs(nx, "of") && !d.lowerIs(nx, "for")) {
			continue
		}
		if d.toks[j].kind != kWord || !d.plainPhrase(h+2, j) {
			return noSpk()
		}
		if doc {
			// "A report released Monday by the IAEA says": its issuer.
			for b := h + 2; b < j; b++ {
				if !d.lowerIs(b, "by") {
					continue
				}
				f := b + 1
				if d.lowerIs(f, "the") {
					f++
				}
				if m := d.mentAt[f]; m >= 0 && d.ments[m].first == f && d.ments[m].last <= j {
					return spk{first: f, last: d.ments[m].last, ment: m, ent: d.ments[m].entity}
				}
			}
		}
		s := d.npEndingAt(h, sent)
		if !s.ok() && orgPlace {
			// "The hospital in …", "the U.S.-led coalition in …": a body's
			// word in no list of speakers, opened by its determiner.
			s = spk{first: d.modifiersBefore(h, sent, 4), last: h, ment: -1, ent: -1}
		}
		if s.ok() && s.ment >= 0 && doc {
			return s // "An annual State Department report on terrorism issued last month said"
		}
		// A sentence's first word is read as a weak name ("Analysts
		// polled by …"): a speaker noun still, before a reduced passive.
		if !s.ok() || s.ment >= 0 && !(d.ments[s.ment].weak && t.flags&wSpeakerNoun != 0 && d.passiveBy(nx, j)) {
			continue
		}
		s.ment, s.ent = -1, -1
		st := d.spkStart(&s)
		for st > 0 && d.wordOK(st-1, sent) && d.toks[st-1].kind == kWord && (d.in(st-1, lQuantifier) ||
			unicode.IsDigit(d.r[d.toks[st-1].s])) {
			st--
		}
		// The name is the whole phrase: "people familiar with the talks".
		s.first, s.last = st, j
		// A long phrase set off after a comma is an apposition to a name
		// ("Dominique Ray, head of the U.N. bureau in …"): the name speaks.
		long := h < j-7 && !d.in(nx, lPostmod) && !d.passiveBy(nx, j)
		if st == d.clauseStart(d.sentFirst(st), st+1) || d.isPunct(st-1, ',') && !long || d.opensReport(st) {
			return s
		}
	}
	return noSpk()
}

// placePrepAt: "in", "at" or "near" at k opens a short phrase that ends
// at j, a name of place in it ("in Afghanistan", "in the Swat valley").
func (d *doc) placePrepAt(k, j int32) bool {
	if k >= j || j-k > 5 || !(d.lowerIs(k, "in") || d.lowerIs(k, "at") || d.lowerIs(k, "near")) {
		return false
	}
	for i := k + 1; i <= j; i++ {
		if m := d.mentAt[i]; m >= 0 && d.ments[m].typ == tPlace {
			return true
		}
	}
	return false
}

// articleOpens: token k is "the", "a" or "an".
func (d *doc) articleOpens(k int32) bool {
	return d.lowerIs(k, "the") || d.lowerIs(k, "a") || d.lowerIs(k, "an")
}

// opensReport: token k opens the clause of a verb of saying ("said his
// family in Burma has confirmed …"): a nested report's subject.
func (d *doc) opensReport(k int32) bool {
	c := k - 1
	if c > 0 && d.lowerIs(c, "that") {
		c--
	}
	// Not after "told": its listener comes first ("told analysts on a
	// call").
	return c >= 0 && d.toks[c].kind == kWord && d.toks[c].flags&wCue != 0 && d.toks[c].flags&(wCueTell|wNoInvert) == 0 &&
		d.toks[c].sent == d.toks[k].sent
}

// postmodWords open a phrase after a role: "people familiar with",
// "diplomats involved in", "a source close to", "officials briefed on".
var quantifiers = map[string]bool{"two": true, "three": true, "four": true, "five": true, "several": true,
	"some": true, "many": true, "other": true, "both": true, "a": true, "an": true, "the": true, "one": true}

// issueVerbs stand between a document and its issuer ("data released by").
var issueVerbs = map[string]bool{"released": true, "published": true, "issued": true, "compiled": true,
	"provided": true, "obtained": true, "commissioned": true, "posted": true, "signed": true, "written": true,
	"authored": true, "read": true, "broadcast": true, "aired": true, "televised": true}

var documentNouns = map[string]bool{"reports": true, "article": true, "studies": true, "surveys": true,
	"review": true, "data": true, "figures": true, "statistics": true, "records": true,
	"estimates": true, "statement": true, "report": true, "filing": true, "letter": true,
	"release": true, "study": true, "survey": true, "poll": true, "polls": true, "message": true, "editorial": true, "analysis": true, "memo": true, "document": true,
	"documents": true, "excerpts": true, "announcement": true, "cable": true, "post": true, "email": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"story": true, "bill": true, "law": true, "resolution": true, "treaty": true, "decree": true, "indictment": true,
	"lawsuit": true}

// legalDocs speak only with "say": what a law or a bill says is its text.
var legalDocs = map[string]bool{"bill": true, "law": true, "resolution": true, "treaty": true, "decree": true,
	"indictment": true, "lawsuit": true}

var postmodWords = map[string]bool{"familiar": true, "involved": true, "close": true, "briefed": true,
	"knowledgeable": true, "speaking": true, "based": true, "working": true, "aware": true,
	"attending": true, "participating": true, "monitoring": true, "investigating": true, "covering": true,
	"living": true, "residing": true}

// sentFirst is the first token of token k's sentence (bounded scan).
func (d *doc) sentFirst(k int32) int32 {
	sent := d.toks[k].sent
	for n := 0; k > 0 && d.toks[k-1].sent == sent && n < 80; n++ {
		k--
	}
	return k
}

// plainPhrase: tokens [a, b] hold no verb form a phrase after a role would
// not ("on Tuesday rejected …"): no -ed or -ing word, no auxiliary.
func (d *doc) plainPhrase(a, b int32) bool {
	for k := a; k <= b; k++ {
		t := &d.toks[k]
		if t.kind != kWord || t.cap {
			continue
		}
		n := t.e - t.s
		// "a meeting", "the briefing": after a determiner, a noun; so
		// after a name that modifies it ("an Energy Agency meeting").
		if k > a && d.toks[k-1].kind == kWord && (d.toks[k-1].flags&wDet != 0 || d.toks[k-1].cap && d.mentAt[k-1] >= 0) {
			continue
		}
		// "a team studying the flood": an -ing word right after a noun
		// (no auxiliary, no verb of saying) is a participle that
		// qualifies it, not the phrase's own verb.
		ing := n > 4 && d.r[t.e-1] == 'g' && d.r[t.e-2] == 'n' && d.r[t.e-3] == 'i'
		if ing && k > a && t.flags&wCue == 0 && d.toks[k-1].kind == kWord && d.toks[k-1].flags&(wFunc|wCue|wPrep|wAdv) == 0 &&
			!d.in(k-1, lFinite) {
			continue
		}
		if d.in(k, lFinite) || n > 4 && (d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e' || ing) && !d.hyphenated(k) {
			return false
		}
	}
	return true
}

// belongPrep: a preposition that ties a role to its body ("a spokesman
// for", "an official at", "a member of", "a lawyer with", "a source in").
func (d *doc) belongPrep(k int32) bool {
	return d.lowerIs(k, "for") || d.lowerIs(k, "of") || d.lowerIs(k, "at") || d.lowerIs(k, "with") ||
		d.lowerIs(k, "from") || d.lowerIs(k, "in")
}

// reportKinds say what kind of report a capitalised opener is ("News
// reports say"), not who issued it.
var reportKinds = map[string]bool{"news": true, "published": true, "initial": true, "unconfirmed": true,
	"early": true, "local": true, "media": true, "press": true}

// hyphenated: "state-sponsored", "well-armed": an adjective, no verb.
func (d *doc) hyphenated(k int32) bool {
	for _, c := range d.r[d.toks[k].s:d.toks[k].e] {
		if c == '-' {
			return true
		}
	}
	return false
}

// objectOfThing: a name at k is the object of "in", "on" or the like after
// a plain noun that is no role ("the housing crisis in the United States
// demands a …"): the verb's subject is that noun, not the name.
func (d *doc) objectOfThing(k, sent int32) bool {
	p := k - 1
	if d.wordOK(p, sent) && d.lowerIs(p, "the") {
		p--
	}
	if !d.wordOK(p-1, sent) || !d.in(p, lPlacePrep) {
		return false
	}
	h := &d.toks[p-1]
	return h.kind == kWord && !h.cap && h.flags&(wSpeakerNoun|wTitle|wPlural|wFunc|wPrep|wCue|wAdv|wRelative) == 0 &&
		!d.in(p-1, lPersonRole) && !d.yearOld(p-1) && !d.timeWord(p-1)
}

// placePreps put a name after a thing: "the crisis in the United States".
var placePreps = map[string]bool{"in": true, "on": true, "across": true, "throughout": true, "within": true,
	"near": true, "over": true, "around": true, "into": true, "inside": true}

// nameModifiers is the first of up to two lower-case adjectives right
// before a name ("the spokeswoman for new U.N. Secretary-General Ban
// Ki-moon"): the name's phrase starts there; k when there are none.
func (d *doc) nameModifiers(k, sent int32) int32 {
	for n := 0; n < 2 && d.wordOK(k-1, sent); n++ {
		t := &d.toks[k-1]
		if t.kind != kWord || t.cap || t.flags&(wFunc|wPrep|wCue|wDet|wRelative) != 0 || d.in(k-1, lFinite) {
			break
		}
		k--
	}
	return k
}

// afterPrep: the token before k is a preposition or a possessive ("in
// China's Inner Mongolia", "close to President Biden").
func (d *doc) afterPrep(k int32) bool {
	if k < 1 {
		return false
	}
	p := &d.toks[k-1]
	return p.poss || p.kind == kWord && p.flags&wPrep != 0
}

// appositionHead: e ends an apposition ("an analyst at Wedbush
// Securities") that follows a person's name and a comma: that name, or none.
func (d *doc) appositionHead(e, sent int32) spk {
	for k := e; k > e-12 && k > 0 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind == kMark || t.kind == kWord && t.flags&wCue != 0 {
			return noSpk()
		}
		if d.isPunct(k-1, ',') {
			if !d.wordOK(k-2, sent) || d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].typ == tPer {
				return noSpk() // the segment is itself a name
			}
			if s := d.npEndingAt(k-2, sent); s.ok() && s.ment >= 0 && d.ments[s.ment].typ == tPer {
				return s
			}
			return noSpk()
		}
	}
	return noSpk()
}

// possessedOffice: "the U.S. Attorney's Office said", "the governor's
// office said": an office of a named holder speaks by the whole phrase, not
// by its last word.
func (d *doc) possessedOffice(m, sent int32) spk {
	mm := &d.ments[m]
	if mm.fullFirst != mm.last || !d.in(mm.last, lGenericOrg) || !d.wordOK(mm.fullFirst-2, sent) ||
		!d.toks[mm.fullFirst-1].poss {
		return noSpk()
	}
	p := d.mentAt[mm.fullFirst-2]
	if p < 0 || d.ments[p].last != mm.fullFirst-2 {
		return noSpk()
	}
	return spk{first: d.ments[p].fullFirst, last: mm.last, ment: -1, ent: -1}
}

// officeFor: "the U.S. Attorney's Office for the Western District of New
// York said": a possessed office, then "for" or "of" and the name (at k) of
// its district; the office speaks, named with it.
func (d *doc) officeFor(k, sent int32) spk {
	p := k - 1
	if d.wordOK(p, sent) && d.lowerIs(p, "the") {
		p--
	}
	if !d.wordOK(p-1, sent) || !(d.lowerIs(p, "for") || d.lowerIs(p, "of")) {
		return noSpk()
	}
	if m := d.mentAt[p-1]; m >= 0 && d.ments[m].last == p-1 {
		return d.possessedOffice(m, sent)
	}
	return noSpk()
}

// lyAdverb: a lower-case word in -ly of six letters or more ("ultimately",
// "repeatedly", "initially") between a subject and its verb.
func (d *doc) lyAdverb(k int32) bool {
	t := &d.toks[k]
	return t.kind == kWord && !t.cap && t.e-t.s >= 6 && d.r[t.e-1] == 'y' && d.r[t.e-2] == 'l' &&
		t.flags&(wFunc|wCue) == 0
}

// perSource: "…, per the WHO, …", "…, per Reuters.": "per" before a name
// and a comma or the sentence end, after a comma, is "according to" ("$5
// per share" is no source).
func (d *doc) perSource(c int32) spk {
	t := &d.toks[c]
	if t.e-t.s != 3 || !d.lowerIs(c, "per") || !d.isPunct(c-1, ',') {
		return noSpk()
	}
	sent := t.sent
	k := c + 1
	if d.wordOK(k+1, sent) && d.lowerIs(k, "the") {
		k++
	}
	m := d.mentAt[k]
	if !d.wordOK(k, sent) || m < 0 || d.ments[m].fullFirst != k {
		return noSpk()
	}
	mm := &d.ments[m]
	if e := mm.last + 1; e < int32(len(d.toks)) && d.toks[e].sent == sent && !d.isPunct(e, ',') && !d.isPunct(e, '.') {
		return noSpk()
	}
	return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
}

var quantityNouns = map[string]bool{"number": true, "numbers": true, "percentage": true, "proportion": true,
	"share": true, "majority": true, "minority": true, "half": true, "third": true, "quarter": true,
	"fraction": true, "rest": true, "total": true}

func (d *doc) continueForm(c int32) bool {
	return d.lowerIs(c, "continued") || d.lowerIs(c, "continues") || d.lowerIs(c, "continue") || d.lowerIs(c, "continuing")
}

// spokesWord: "spokesman", "spokeswoman", "spokesperson": people, though
// documentNouns lists them for the issuer of a statement.
func (d *doc) spokesWord(k int32) bool {
	t := &d.toks[k]
	return t.e-t.s > 6 && (d.r[t.s] == 's' || d.r[t.s] == 'S') && string(d.r[t.s+1:t.s+6]) == "pokes"
}

// addsThing: "added a new officer", "adds two stores": a form of "add"
// before a determiner whose noun phrase no finite verb follows.
func (d *doc) addsThing(c int32) bool {
	if !(d.lowerIs(c, "added") || d.lowerIs(c, "adds") || d.lowerIs(c, "add") || d.lowerIs(c, "adding")) {
		return false
	}
	k := c + 1
	if k+1 >= int32(len(d.toks)) || d.toks[k].kind != kWord || d.toks[k].flags&wDet == 0 || d.lowerIs(k, "that") {
		return false
	}
	// "added a new officer and will expand …": the verb after "and" is
	// the subject's next act, not the noun phrase's.
	last := k
	for last+1 < int32(len(d.toks)) && last < k+8 && d.toks[last+1].sent == d.toks[c].sent && !d.lowerIs(last+1, "and") &&
		!d.isPunct(last+1, ',') {
		last++
	}
	return !d.finiteSoon(k, last)
}

// passiveBy: "polled by", "interviewed by": a lower-case past form in -ed
// and "by" after a noun, a reduced passive that qualifies it ("Analysts
// polled by news agencies say"), before token j.
func (d *doc) passiveBy(k, j int32) bool {
	t := &d.toks[k]
	return k+1 < j && t.kind == kWord && !t.cap && t.e-t.s > 4 && d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e' &&
		d.lowerIs(k+1, "by")
}

// asideAfterConjunction: comma j closes a phrase of up to ten words with
// a participle and no finite verb, opened right after "but" or "and" ("…,
// but not being able to get up,", "and, fearing rain,"): that
// conjunction's token, or -1.
func (d *doc) asideAfterConjunction(j int32) int32 {
	sent := d.toks[j].sent
	part := false
	for k := j - 1; k >= 0 && k >= j-10 && d.toks[k].sent == sent; k-- {
		t := &d.toks[k]
		// "and, fearing rain, said": a comma may open the aside too.
		if d.isPunct(k, ',') && k > 0 && (d.lowerIs(k-1, "but") || d.lowerIs(k-1, "and")) {
			continue
		}
		if t.kind != kWord || t.quote >= 0 {
			return -1
		}
		if d.lowerIs(k, "but") || d.lowerIs(k, "and") {
			if !part || k == j-1 {
				return -1
			}
			return k
		}
		if d.in(k, lFinite) || t.flags&wCue != 0 {
			return -1
		}
		part = part || d.ingForm(k)
	}
	return -1
}

// selfDescribed: the role around token a follows "himself", "herself"
// or "themselves" (and "as"), after an -ing participle that
// follows a noun phrase opening the clause ("A man identifying himself as
// a spokesman for …", "a woman calling herself a nurse"): that whole
// subject, up to token j; else none.
func (d *doc) selfDescribed(a, j, sent int32) spk {
	// Back over the role's words ("as a spokesman for the ousted").
	k := a - 1
	for ; k >= 2 && k >= a-8 && d.wordOK(k, sent) && d.toks[k].kind == kWord && d.toks[k].flags&(wCue|wRelative) == 0; k-- {
		// Only a word of seven or ten letters is asked.
		if n := d.toks[k].e - d.toks[k].s; (n == 7 || n == 10) && (d.lowerIs(k, "himself") || d.lowerIs(k, "herself") || d.lowerIs(k, "themselves")) {
			break
		}
	}
	if k < 2 || !d.wordOK(k, sent) || !(d.lowerIs(k, "himself") || d.lowerIs(k, "herself") || d.lowerIs(k, "themselves")) {
		return noSpk()
	}
	v := k - 1
	if !d.wordOK(v, sent) || d.toks[v].kind != kWord || !d.ingForm(v) {
		return noSpk()
	}
	h := v - 1
	if !d.wordOK(h, sent) || d.toks[h].kind != kWord || d.toks[h].flags&(wFunc|wPrep|wCue) != 0 {
		return noSpk()
	}
	f := d.modifiersBefore(h, sent, 4)
	if !d.clauseHead(f) {
		return noSpk()
	}
	return spk{first: f, last: j, ment: -1, ent: -1, plural: d.lowerIs(k, "themselves")}
}

// indicateVerb: "indicate", "indicates", "indicated".
func (d *doc) indicateVerb(c int32) bool {
	t := &d.toks[c]
	return t.e-t.s >= 8 && t.e-t.s <= 9 && (d.lowerIs(c, "indicated") || d.lowerIs(c, "indicates") || d.lowerIs(c, "indicate"))
}
