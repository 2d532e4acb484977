package quotes

import (
	"strings"
	"unicode"

	"github.com/wirestream/wirestream/schemas"
)

// indirect adds reported speech without marks: the clause a reporting verb
// governs ("said that …", "… , according to officials"). Clauses that hold a
// quoted span are already told by that span.
func (d *doc) indirect(out []schemas.Quote) []schemas.Quote {
	if len(d.events) == 0 {
		return out
	}
	// Per-sentence token bounds and a prefix count of quoted tokens, so
	// every check is O(1) however many verbs a sentence holds.
	ns := len(d.sents)
	d.sFirst, d.sLast = grow(d.sFirst, ns), grow(d.sLast, ns)
	sFirst, sLast := d.sFirst, d.sLast
	for i := range sFirst {
		sFirst[i] = -1
	}
	d.qc = grow(d.qc, len(d.toks)+1)
	qc := d.qc
	// The tokens run through the sentences in order: a sentence's bounds
	// are set where the sentence changes, and the count is kept in a
	// register, not read back from qc.
	toks, kept := d.toks, d.kept
	n, cur := int32(0), int32(-1)
	for k := range toks {
		t := &toks[k]
		if t.sent != cur {
			if cur >= 0 {
				sLast[cur] = int32(k) - 1
			}
			cur = t.sent
			sFirst[cur] = int32(k)
		}
		// Scare quotes inside a reported clause do not stop it.
		if t.quote >= 0 && kept[t.quote] || t.kind == kMark && d.markKept(int32(k)) {
			n++
		}
		qc[k+1] = n
	}
	if cur >= 0 {
		sLast[cur] = int32(len(toks)) - 1
	}
	lastStart := int32(-1)
	for i := range d.events {
		ev := &d.events[i]
		if ev.ask || ev.eval || ev.weak && !ev.accord && !d.suggestsFact(ev) {
			continue
		}
		a, b := d.content(ev, sFirst[ev.sent], sLast[ev.sent])
		if a < 0 || b < a || a == lastStart {
			continue
		}
		// "responding to a story in the Ledger that said the army …": a
		// clause does not open with the verb of another report whose
		// speaker stands between.
		if j := d.firstEventFrom(a); j != i && j < len(d.events) && d.events[j].cue0 == a && d.lowerIs(a-1, "that") &&
			d.spkStart(&d.events[j].sp) > ev.cue1 {
			continue
		}
		if ev.inverted || b < ev.cue0 {
			// "X said A, according to Y": the clause is X's; Y only
			// vouches. A verb deeper in the clause ("after witnesses
			// reported …") does not count.
			j := d.firstEventFrom(a)
			if j == i {
				j++
			}
			// "The report describes the plants, the company said": a
			// verb that reports no clause there leaves the clause to Y.
			if j < len(d.events) && d.events[j].cue0 <= b && d.spkStart(&d.events[j].sp) <= a+1 &&
				d.reportsClause(&d.events[j]) {
				continue
			}
		} else {
			// The clause ends where a trailing attribution starts, or a
			// verb of the same speaker ("says … but acknowledges that").
			j := d.firstEventFrom(a)
			// "she had called off a trip, saying …": a verb inside the
			// clause that cuts nothing leaves the next one to cut it.
			for j+1 < len(d.events) && d.events[j+1].cue0 <= b && !d.events[j].inverted && !d.cutsClause(a, &d.events[j]) {
				j++
			}
			if j < len(d.events) && d.events[j].cue0 <= b {
				if d.events[j].inverted {
					b = d.events[j].cue0 - 1
				} else if c := d.events[j].cue0 - 1; c > a && (d.lowerIs(c, "and") || d.lowerIs(c, "but") ||
					d.isPunct(c, ',') && d.ingForm(d.events[j].cue0)) {
					b = c - 1 // "…, adding that …": the next report
				} else if c := d.qualifiersBefore(d.spkStart(&d.events[j].sp)) - 1; c > a+1 && d.isPunct(c-1, ',') &&
					(d.lowerIs(c, "but") || d.lowerIs(c, "while") || d.lowerIs(c, "whereas")) {
					b = c - 1 // "…, but Sondland has said …": another speaker's report
				} else if c := d.spkStart(&d.events[j].sp) - 1; c > a+1 && d.events[j].sp.pron == pNone && d.saysClause(&d.events[j]) &&
					(d.isPunct(c, ',') || d.lowerIs(c, "and") || d.lowerIs(c, "but")) && d.finiteIn(a, c-1) {
					// "…, 23 percent said …", "… were injured, and
					// residents say …": a list of reports, the next
					// subject after a comma or "and" once a whole clause
					// has been told.
					b = c - 1
				}
				for b > a && d.toks[b].kind == kPunct {
					b--
				}
			}
		}
		if qc[b+1]-qc[a] > 0 {
			continue // a clause holding a quote is told by the quote
		}
		nw := 0
		for k := a; k <= b && nw < 3; k++ {
			if d.toks[k].kind == kWord {
				nw++
			}
		}
		// "elections they say were rigged": a relative's predicate is a
		// whole clause in two words.
		if nw < 3 && !(nw == 2 && a == ev.cue1+1 && d.in(a, lFinite) && ev.sp.pron != pNone) &&
			!(nw == 2 && d.twoWordClause(ev, a, b, sLast[ev.sent])) {
			continue
		}
		lastStart = a
		out = d.addIndirect(out, ev, a, b)
	}
	return out
}

// cutsClause: event nx, inside the clause that opens at a, ends it: after
// "and", "but" or a comma with a participle ("…, saying …"), after ", but"
// or ", while" before its speaker, or as another subject's report after a
// comma or "and" once a whole clause has been told (the cases of indirect).
func (d *doc) cutsClause(a int32, nx *event) bool {
	if c := nx.cue0 - 1; c > a && (d.lowerIs(c, "and") || d.lowerIs(c, "but") || d.isPunct(c, ',') && d.ingForm(nx.cue0)) {
		return true
	}
	if c := d.qualifiersBefore(d.spkStart(&nx.sp)) - 1; c > a+1 && d.isPunct(c-1, ',') &&
		(d.lowerIs(c, "but") || d.lowerIs(c, "while") || d.lowerIs(c, "whereas")) {
		return true
	}
	c := d.spkStart(&nx.sp) - 1
	return c > a+1 && nx.sp.pron == pNone && d.saysClause(nx) && (d.isPunct(c, ',') || d.lowerIs(c, "and") || d.lowerIs(c, "but")) && d.finiteIn(a, c-1)
}

// content is the token range of the reported clause, or -1.
func (d *doc) content(ev *event, first, last int32) (int32, int32) {
	// Drop the sentence's closing punctuation.
	for last > first && d.toks[last].kind == kPunct {
		last--
	}
	sp := d.spkStart(&ev.sp)
	// "officials will respond", "X will say": a verb after a modal tells
	// what may be said, and "calling on lawmakers to" asks; neither reports.
	if m := ev.cue0 - 1; !ev.inverted && m >= 0 && d.toks[m].kind == kWord && d.modal(m) ||
		d.in(ev.cue1, lNoBareClause) && ev.cue1+1 < int32(len(d.toks)) && (d.lowerIs(ev.cue1+1, "on") || d.lowerIs(ev.cue1+1, "for")) {
		return -1, -1
	}
	switch {
	case ev.accord && ev.cue0 == first:
		// "According to X, clause."
		for k := ev.sp.last + 1; k <= last && k < ev.sp.last+12; k++ {
			if d.isPunct(k, ',') {
				return k + 1, last
			}
		}
		return -1, -1
	case ev.inverted:
		// "Clause, said X." / "Clause, according to X."
		if d.isPunct(ev.cue0-1, ',') && ev.cue0-2 >= first {
			// "news on the film: Hawley is in talks, according to X",
			// "It's unclear … — both were said to …, according to X":
			// the attribution covers the clause after a colon or a dash.
			first = d.afterBreak(first, ev.cue0-2)
			// "according to Alex Horton of the Washington Post, killed":
			// the source's phrase may run on to the comma.
			e := ev.sp.last + 1
			for n := 0; n < 6 && e < last && d.toks[e].kind == kWord && (d.mentAt[e] >= 0 ||
				!d.in(e, lFinite) && d.toks[e].flags&(wCue|wRelative) == 0); n++ {
				e++
			}
			if ev.accord && d.isPunct(e, ',') && e+1 < last && !d.conjunctionAt(e+1) {
				// "17 makers, according to the report, had plants": the
				// attribution sits inside the clause.
				return d.clauseStart(first, last), last
			}
			if a := d.clauseStart(first, ev.cue0-2); d.clauseOpener(a) || d.openerAfterPhrase(a, ev.cue0-2) {
				return a, ev.cue0 - 2
			}
		}
		return -1, -1
	}
	if a, b := d.midAside(ev, first, last); a >= 0 {
		return a, b
	}
	if a, b := d.relativeReport(ev, last); a >= 0 {
		return a, b
	}
	if ev.until > 0 {
		a := ev.cue1 + 1
		if d.lowerIs(a, "that") {
			a++
		}
		if ev.until-a >= 2 {
			return a, ev.until
		}
		return -1, -1
	}
	// "As Emily Feng reports for NPR, the first cases …": the clause
	// after the opening "As X reports" is X's.
	if sp > first && sp-1 == d.clauseStart(first, sp) && d.lowerIs(sp-1, "as") {
		for k := ev.cue1 + 1; k < last && k <= ev.cue1+6; k++ {
			if d.isPunct(k, ',') {
				return k + 1, last
			}
		}
	}
	// The writer's context after a comma is not reported: "insisted there
	// will be no return to austerity, despite warnings from economists".
	last = d.contextCut(ev.cue1+1, last)
	// "X said (that) clause", "X told reporters on Monday that clause".
	k := ev.cue1 + 1
	ct := d.toks[ev.cue0].flags
	// "reported earnings that topped estimates": after a verb that takes
	// no listener, a noun right after it is its object and "that" opens a
	// relative clause; only a time, a channel or an adverb may stand
	// between the verb and its "that".
	thatFar := ct&wCueTell != 0 || k > last || d.toks[k].kind != kWord ||
		d.toks[k].flags&(wPrep|wAdv) != 0 || d.lowerIs(k, "that") || d.dayWord(k) || d.timeNoun(k+1)
	for j := k; j <= last && j < k+12; j++ {
		t := &d.toks[j]
		if j > k && !thatFar {
			break
		}
		// "stressed the decision would not change the reality that …":
		// a clause has begun; its "that" is a noun's.
		if j > k && t.kind == kWord && d.in(j, lFinite) {
			break
		}
		// "said it was investing … and that …": a "that" after a
		// clause already begun belongs to a second clause.
		// "said in a note that": a cue word after a determiner is a noun.
		if t.kind == kMark || t.kind == kWord && (t.flags&wCue != 0 && d.toks[j-1].flags&wDet == 0 && !d.stateMedia(j) ||
			d.lowerIs(j, "and") && !(ct&wCueTell != 0 && d.listenerAnd(j)) || d.lowerIs(j, "but")) {
			break
		}
		if j == k && t.kind == kWord && subjectPronoun(d, j) {
			break
		}
		// "during that time": after a preposition, "that" is a determiner.
		if d.lowerIs(j, "that") && t.kind == kWord && !(j > k && d.toks[j-1].kind == kWord && d.toks[j-1].flags&wPrep != 0) {
			return j + 1, last
		}
	}
	// "said on Wednesday the company would …", "said in a statement the
	// plan …": a time or a channel before a bare clause.
	k = d.skipTime(k, last)
	// "said Friday in Brussels the aid will …", "said at a news
	// conference in Geneva the money …": a phrase of place too.
	if p := d.placeThenClause(k, last); p > k {
		k = d.skipTime(p, last)
	}
	if k < last && k > ev.cue1+1 && d.lowerIs(k, "that") {
		k++ // "wrote in a blog post that …"
	}
	// "confirmed it granted licences", "reiterated it still considers",
	// "stressed the decision would not …": a verb of saying takes a bare
	// clause when a subject pronoun or an auxiliary shows one.
	if ct&wCueStrong == 0 && ct&(wCueWeak|wAsk) == 0 && !d.in(ev.cue0, lNoBareClause) && k <= last &&
		(d.clauseOpener(k) && (d.finiteSoon(k, last) || ct&wCueBare != 0 && d.bareByPast(ev.cue0, k, last) || d.contracted(k)) ||
			d.pronounSubject(k, last)) {
		return k, last
	}
	// "Murray said, Fleet's mortgage activities continued …": wire copy
	// with its quotation marks stripped.
	if ct&wCueStrong != 0 && ct&wCueTell == 0 && k < last && d.isPunct(k, ',') && d.toks[k+1].kind == kWord &&
		d.toks[k+1].cap && d.clauseOpener(k+1) && d.finiteOrPastSoon(k+1, last) {
		return k + 1, last
	}
	// "insisted the figure was meaningless": verbs that take a bare clause
	// as often as an object, when a finite verb soon follows.
	if ct&wCueStrong != 0 && k <= last {
		tell := ct&wCueTell != 0
		if tell {
			// "told lawmakers Wednesday he was leaving": a time after
			// the listener.
			if k = d.skipObject(k, last); k >= 0 {
				k = d.skipTime(d.listenerPlace(k, last), last)
				if k < last && d.lowerIs(k, "that") {
					k++
				}
			}
		}
		// After a listener, only a clear clause start: "told a House
		// subcommittee on …" is still the listener; a noun with a finite
		// verb soon after it opens a clause ("told the media Sunday talks
		// can only …").
		if k >= 0 && k <= last && d.clauseOpener(k) && (!tell || d.toks[k].flags&wClauseStart != 0 || d.toks[k].cap ||
			d.toks[k].flags&wPrep == 0 && d.finiteSoon(k, last)) {
			return k, last
		}
		// "said as of June 30, there were …", "said after the storm,
		// crews restored …": a phrase and a comma before the clause.
		if k >= 0 && k <= last && !tell && d.phraseOpener(k) {
			return k, last
		}
	}
	// "Clause, X said." / "Clause, X said on Monday, as …".
	// "…, spokesman Michel Dufour told Reuters": the role before the name.
	if ev.quotedAs {
		sp = ev.lead // "Clause, the company quoted its chairman as saying."
	}
	for n := 0; n < 3 && sp > 0 && d.toks[sp-1].kind == kWord && !d.toks[sp-1].cap &&
		d.toks[sp-1].flags&(wTitle|wSpeakerNoun) != 0; n++ {
		sp--
	}
	if sp > 0 && (d.lowerIs(sp-1, "the") || d.lowerIs(sp-1, "a")) {
		sp-- // "…, the Centers for Disease Control and Prevention said"
	}
	// "…, senior Polish government spokesman Jerzy Urban told": a longer
	// role with adjectives and a nationality, when a comma opens it.
	if !d.isPunct(sp-1, ',') {
		r := sp
		// "…, Reuters Holdings Plc RTRS.L chairman Sir Christopher Hogg
		// said", "…, the final draft of a Ministry of Transport report
		// says": names and "of" inside the attribution too.
		// "…, the U.S. Attorney's Office for … said": a possessive too.
		// "…, and the rebels declared a day of mourning": a speaker's
		// phrase opens with no ", and" or ", but"; the words after one are
		// a clause of the writer's, not an attribution ("Food and
		// Agriculture Organisation" keeps its "and").
		for n := 0; n < 10 && r > first && (d.toks[r-1].kind == kWord || d.toks[r-1].poss) &&
			!((d.lowerIs(r-1, "and") || d.lowerIs(r-1, "but")) && d.isPunct(r-2, ',')) && (d.toks[r-1].flags&(wCue|wPrep) == 0 ||
			d.lowerIs(r-1, "of") || d.mentAt[r-1] >= 0) &&
			(!d.toks[r-1].cap || d.toks[r-1].flags&(wNationality|wTitle) != 0 || d.in(r-1, lDemonym) ||
				d.upperName(r-1) || d.mentAt[r-1] >= 0); n++ {
			r--
		}
		if d.isPunct(r-1, ',') {
			sp = r
		}
	}
	if d.isPunct(sp-1, ',') && sp-2 >= first && d.tailEnds(ev.cue1, last) && (!d.participle(first) || d.gerundSubject(first, sp-2)) {
		first = d.afterBreak(first, sp-2)
		if a := d.clauseStart(first, sp-2); d.clauseOpener(a) || d.openerAfterPhrase(a, sp-2) || d.longPrepClause(a, sp-2) {
			return a, sp - 2
		}
	}
	return -1, -1
}

// reportsClause: event ev governs a reported clause of its own.
func (d *doc) reportsClause(ev *event) bool {
	if ev.ask || ev.eval || ev.weak && !ev.accord {
		return false
	}
	sent := ev.sent
	first, last := ev.cue0, ev.cue1
	for first > 0 && d.toks[first-1].sent == sent && ev.cue0-first < 80 {
		first--
	}
	for last+1 < int32(len(d.toks)) && d.toks[last+1].sent == sent && last-ev.cue1 < 120 {
		last++
	}
	a, _ := d.content(ev, first, last)
	return a >= 0
}

// tailEnds: after the verb, at most a short adverbial ("on Monday", "in a
// statement", "Saturday") before a comma or the sentence end.
func (d *doc) tailEnds(c, last int32) bool {
	for k := c + 1; k <= last+1; k++ {
		if k > last || d.isPunct(k, ',') {
			return true
		}
		if k > c+6 {
			return false
		}
		t := &d.toks[k]
		if t.kind != kWord || k == c+1 && t.flags&(wPrep|wFunc) == 0 && !t.cap {
			return false
		}
		if t.flags&wCue != 0 || d.pronounKind(k) != pNone {
			return false
		}
	}
	return true
}

// clauseStart skips a dateline ("LONDON (Reuters) -") and a leading "But",
// "And" of the clause.
func (d *doc) clauseStart(first, end int32) int32 {
	for k := first; k < end && k < first+12; k++ {
		if !d.dashAt(k) {
			continue
		}
		if !(k > 0 && d.toks[k-1].e == d.toks[k].s && k+1 < end && d.toks[k].e == d.toks[k+1].s) {
			// A hyphen inside a word ("U.S.-Mexican") is no dateline dash.
			if d.isPunct(k-1, ')') || d.allCaps(first) || k-first <= 6 && d.commaIn(first, k) {
				first = k + 1
			}
			break
		}
	}
	if first < end && d.toks[first].kind == kWord && (d.lowerIs(first, "but") || d.lowerIs(first, "and")) {
		first++
	}
	// "Meanwhile, …", "However, …": a sentence adverb is not reported.
	if first+1 < end && d.isPunct(first+1, ',') && d.toks[first].kind == kWord && d.toks[first].flags&wFunc != 0 {
		first += 2
	} else if first+2 < end && d.sceneShift(first) {
		// "Farther east, …", "Elsewhere, …", "Separately, …": the
		// writer moves to another scene.
		if d.isPunct(first+1, ',') {
			first += 2
		} else if d.isPunct(first+2, ',') && d.toks[first+1].kind == kWord && d.placeWordAt(first+1) {
			first += 3
		}
	}
	return first
}

// dashAt: token k is a dash or a hyphen standing alone. The rune is read
// once (three isPunct calls read it three times, for the first dozen
// tokens of every clause).
func (d *doc) dashAt(k int32) bool {
	if k < 0 || k >= int32(len(d.toks)) {
		return false
	}
	t := &d.toks[k]
	if t.kind != kPunct || t.poss {
		return false
	}
	switch d.r[t.s] {
	case '—', '-', '–':
		return true
	}
	return false
}

// sceneShift: a word that opens a sentence to move the story to another
// place or item ("Elsewhere", "Separately", "Farther east").
func (d *doc) sceneShift(k int32) bool {
	return d.lowerIn(k, sceneShifts)
}

var sceneShifts = newWordSet(`elsewhere separately farther further nearby`)

// placeWordAt: a compass direction ("east", "north").
func (d *doc) placeWordAt(k int32) bool {
	return d.lowerIn(k, compassWords)
}

var compassWords = newWordSet(`east west north south afield away`)

// skipObject passes the listener of "told": a name, a pronoun, or a known
// audience ("reporters", "the committee"); -1 when the object cannot be told
// from the clause ("told a press conference the plan …").
func (d *doc) skipObject(k, last int32) int32 {
	if m := d.mentAt[k]; m >= 0 && d.ments[m].fullFirst == k {
		// "told South African radio Sunday he sees …": a country's
		// channel is one listener.
		e := d.ments[m].last + 1
		if e <= last && d.toks[e].kind == kWord && !d.toks[e].cap && (pressNouns[string(d.wordKey(e))] ||
			d.lowerIs(e, "radio") || d.lowerIs(e, "television") || d.lowerIs(e, "media")) {
			e++
		}
		return e
	}
	if d.lowerIs(k, "him") || d.lowerIs(k, "her") || d.lowerIs(k, "them") || d.lowerIs(k, "us") || d.lowerIs(k, "me") {
		return k + 1
	}
	j := k
	if d.toks[j].kind == kWord && d.toks[j].flags&wDet != 0 {
		j++
	}
	// "told reporters", "told a news conference", "told a crowd of
	// supporters" (audience.go).
	if h := d.audienceHead(j, last); h >= 0 {
		return d.audienceOf(h+1, last)
	}
	if j > last {
		return -1
	}
	if m := d.mentAt[j]; m >= 0 && d.ments[m].fullFirst == j {
		return d.ments[m].last + 1
	}
	// "told South African radio Sunday he sees …": a listener of a few
	// words, then a day.
	for p := k + 1; p <= last && p <= k+4; p++ {
		t := &d.toks[p]
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			break
		}
		if d.dayWord(p) && !t.poss {
			return p
		}
	}
	// "told both sides she expected …": a short listener, then a subject
	// pronoun.
	for p := k + 1; p <= last && p <= k+3; p++ {
		t := &d.toks[p]
		if t.kind != kWord {
			return -1
		}
		if pk := d.pronounKind(p); pk != pNone {
			return p
		}
		if t.cap || t.flags&(wCue|wPrep) != 0 {
			return -1
		}
	}
	return -1
}

// listenerPlace passes where the listener was told ("told a news
// conference in Kabul Monday the money …", "told reporters at the summit in
// Abuja, Nigeria, Monday that …") up to the day or the "that" that ends
// it; k itself when no such phrase follows.
func (d *doc) listenerPlace(k, last int32) int32 {
	if k > last || !d.lowerIs(k, "in") && !d.lowerIs(k, "at") {
		return k
	}
	// "told reporters in Kampala the suspension will be lifted": a place
	// name, then a word that opens a clause with its verb soon after.
	m := int32(-1)
	if k+1 <= last {
		m = d.mentAt[k+1]
	}
	if m >= 0 && d.ments[m].first == k+1 && d.ments[m].last < k+4 {
		if e := d.ments[m].last + 1; e <= last && d.toks[e].kind == kWord && d.toks[e].flags&wClauseStart != 0 &&
			!d.lowerIs(e, "that") && d.finiteOrPastSoon(e, last) {
			return e
		}
	}
	for p := k + 1; p <= last && p <= k+12; p++ {
		t := &d.toks[p]
		if t.kind != kWord && !d.isPunct(p, ',') || t.flags&(wCue|wRelative) != 0 {
			return k
		}
		if d.dayWord(p) && !t.poss || d.lowerIs(p, "that") {
			return p
		}
	}
	return k
}

// clauseOpener: a word that can open a reported clause, not a phrase.
func (d *doc) clauseOpener(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord {
		return false
	}
	if d.countOpener(k) {
		return true
	}
	if t.flags&wPrep != 0 {
		// "said over 2,600 Iraqis had been killed": a preposition
		// before a number counts the subject.
		return (d.lowerIs(k, "over") || d.lowerIs(k, "about") || d.lowerIs(k, "around") || d.lowerIs(k, "nearly") ||
			d.lowerIs(k, "almost") || d.lowerIs(k, "under")) && d.numberAt(k+1)
	}
	if d.lowerIs(k, "once") {
		return d.subordinateOpener(k)
	}
	// "says last week's attacks were …": a possessive time opens the subject.
	if (d.lowerIs(k, "last") || d.lowerIs(k, "next")) && k+2 < int32(len(d.toks)) && d.toks[k+2].poss && d.timeNoun(k+1) {
		return true
	}
	if t.flags&wClauseStart != 0 || d.upperName(k) || d.possessedDay(k) {
		return true // "said US envoy Amos Hochstein was …"
	}
	// "Perhaps we are at the end …, said X": a sentence adverb of the
	// speaker's before the clause's own opener.
	if (d.lowerIs(k, "perhaps") || d.lowerIs(k, "maybe") || d.lowerIs(k, "indeed")) && k+1 < int32(len(d.toks)) &&
		d.toks[k+1].sent == t.sent && !(d.lowerIs(k+1, "perhaps") || d.lowerIs(k+1, "maybe") || d.lowerIs(k+1, "indeed")) {
		return d.clauseOpener(k+1) || d.toks[k+1].kind == kWord && d.toks[k+1].flags&wDet != 0
	}
	// "Promising new findings … will be published": an -ing word of
	// saying before a plain word is an adjective opening the subject.
	if t.flags&wCue != 0 && d.ingForm(k) && k+1 < int32(len(d.toks)) && d.toks[k+1].kind == kWord &&
		!d.toks[k+1].cap && d.toks[k+1].flags&(wFunc|wPrep|wCue|wDet) == 0 {
		return true
	}
	// "said such a move would …", "says other countries will …", "said
	// much more is needed": a determiner-like word opens a subject when an
	// auxiliary soon follows; alone it may open an object ("warned other
	// countries against …", "said such things before").
	if d.lowerIs(k, "such") || d.lowerIs(k, "other") || d.lowerIs(k, "much") {
		last := k
		for last+1 < int32(len(d.toks)) && d.toks[last+1].sent == t.sent && last < k+12 {
			last++
		}
		return d.finiteSoon(k, last)
	}
	// A noun opening the clause ("said investors had …"); not a verb form
	// or a function word.
	return t.flags&(wFunc|wCue|wAdv) == 0
}

// countOpener: "said at least 20 people died", "said as many as 200
// civilians …", "said up to 40 …": a phrase that counts the subject.
func (d *doc) countOpener(k int32) bool {
	n := int32(len(d.toks))
	switch {
	case k+2 < n && d.lowerIs(k, "at") && (d.lowerIs(k+1, "least") || d.lowerIs(k+1, "most")):
		return d.toks[k+2].kind == kWord
	case k+3 < n && d.lowerIs(k, "as") && (d.lowerIs(k+1, "many") || d.lowerIs(k+1, "much") || d.lowerIs(k+1, "few")) &&
		d.lowerIs(k+2, "as"):
		return d.toks[k+3].kind == kWord
	case k+2 < n && d.lowerIs(k, "up") && d.lowerIs(k+1, "to"):
		return d.numberAt(k + 2)
	case k+1 < n && d.onlyJust(k) && d.toks[k].sent == d.toks[k+1].sent && (d.figure(k+1) || d.shareAt(k+1, min(k+3, n-1))):
		// "said only six percent of …", "said just over half …"
		return true
	case k+1 < n && d.lowerIs(k, "between"):
		// "says between $5 million and $15 million worth of oil is missing"
		return d.numberAt(k+1) || d.toks[k+1].kind == kPunct && k+2 < n && d.numberAt(k+2)
	}
	return false
}

// onlyJust: "only", "just", "some", "roughly", "around", "nearly": a
// hedge before a figure.
func (d *doc) onlyJust(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.cap {
		return false
	}
	switch d.r[t.s] {
	case 'a':
		return d.lowerIs(k, "around") || d.lowerIs(k, "about") || d.lowerIs(k, "almost")
	case 'n':
		return d.lowerIs(k, "nearly")
	case 'o':
		return d.lowerIs(k, "only")
	case 'j':
		return d.lowerIs(k, "just")
	case 's':
		return d.lowerIs(k, "some")
	case 'r':
		return d.lowerIs(k, "roughly")
	}
	return false
}

// phraseOpener: a preposition ("after", "as of") whose phrase ends at a
// comma before a clause, after a verb of saying only: before an
// attribution ("Among the changes, Chiles added …") the clause after the
// comma is the writer's.
func (d *doc) phraseOpener(k int32) bool {
	return (d.toks[k].flags&wPrep != 0 || d.lowerIs(k, "as") && k+1 < int32(len(d.toks)) && d.lowerIs(k+1, "of")) && !d.lowerIs(k, "to") &&
		!d.lowerIs(k, "of") && d.subordinateOpener(k)
}

// subordinateOpener: "said once peace is won, the partners will …", "said
// as of June 30, there were …": a conjunction or a preposition that opens a
// clause or a phrase of its own before a comma and the main clause, not an
// adverb ("said once again", "said once that").
func (d *doc) subordinateOpener(k int32) bool {
	nx := k + 1
	if nx < int32(len(d.toks)) && d.lowerIs(k, "as") && d.lowerIs(nx, "of") {
		nx++
	}
	if nx >= int32(len(d.toks)) || d.toks[nx].kind != kWord || d.toks[nx].flags&(wAdv|wPrep|wCue) != 0 ||
		d.lowerIs(nx, "that") || d.lowerIs(nx, "more") {
		return false
	}
	for j := nx + 1; j < int32(len(d.toks)) && j <= k+14 && d.toks[j].sent == d.toks[k].sent; j++ {
		if d.isPunct(j, ',') {
			return j+1 < int32(len(d.toks)) && !d.lowerIs(j+1, "once") && d.toks[j+1].flags&wPrep == 0 && d.clauseOpener(j+1) &&
				d.finiteOrPastSoon(j+1, min(j+8, int32(len(d.toks))-1))
		}
	}
	return false
}

// numberAt: token k is a number in digits ("2,600", "40").
func (d *doc) numberAt(k int32) bool {
	return k < int32(len(d.toks)) && d.toks[k].kind == kWord && unicode.IsDigit(d.r[d.toks[k].s])
}

// allCaps: a word in capitals, as a dateline's place.
func (d *doc) allCaps(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.e-t.s < 2 {
		return false
	}
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// afterBreak: past the last colon or spaced dash in [first, end), where the
// writer's lead-in ends; first when there is none.
func (d *doc) afterBreak(first, end int32) int32 {
	// Only a colon or a dash stops the walk back: it goes from one to the
	// one before (scanmemo.go), not token by token.
	for k := d.breaks.before(d, first, end-1); k > first; k = d.breaks.before(d, first, k-1) {
		if d.isPunct(k, ':') && end-k >= 4 {
			return k + 1
		}
		// A dash only when a clause of its own follows ("— both were
		// said to …"), not a phrase ("— the first time since 1905") or
		// the end of an aside ("Braun, 38 – who reps … – has been").
		if (d.isPunct(k, '—') || d.isPunct(k, '–')) && d.toks[k-1].e < d.toks[k].s {
			if end-k >= 4 && d.clauseOpener(k+1) && d.finiteSoon(k+1, end) {
				return k + 1
			}
			break
		}
	}
	return first
}

// conjunctionAt: "…, according to X, so it is possible …": a conjunction
// after the attribution opens the writer's next clause.
func (d *doc) conjunctionAt(k int32) bool {
	return d.lowerIn(k, conjunctions)
}

var conjunctions = newWordSet(`so but and which while although though yet who whose`)

// gerundSubject: "Using weed occasionally is not thought to …": an -ing
// word that opens a clause whose finite verb comes before any comma is its
// subject, not a participle phrase ("Speaking to reporters, he …").
func (d *doc) gerundSubject(a, end int32) bool {
	for k := a + 1; k <= end && k <= a+8; k++ {
		if d.toks[k].kind != kWord {
			return false
		}
		if d.in(k, lFinite) {
			return true
		}
	}
	return false
}

// participle: a clause opened by "Asked …", "Speaking …" is not a report.
func (d *doc) participle(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.e-t.s < 4 {
		return false
	}
	w := d.r[t.e-3 : t.e]
	return d.lowerIs(k, "asked") || unicode.ToLower(w[0]) == 'i' && w[1] == 'n' && w[2] == 'g'
}

// markKept: mark k opens or closes a kept quote.
func (d *doc) markKept(k int32) bool {
	if k+1 < int32(len(d.toks)) && d.toks[k+1].quote >= 0 && d.kept[d.toks[k+1].quote] {
		return true
	}
	return k > 0 && d.toks[k-1].quote >= 0 && d.kept[d.toks[k-1].quote]
}

func (d *doc) commaIn(a, b int32) bool {
	for k := a; k < b; k++ {
		if d.isPunct(k, ',') {
			return true
		}
	}
	return false
}

// longPrepClause: "In pesticides and in animal health care products
// Agrimont maintained its share, Montedison said": a sentence that opens
// with a phrase and runs eight words or more before a closing attribution
// holds a clause of its own.
func (d *doc) longPrepClause(a, end int32) bool {
	if d.toks[a].kind != kWord || d.toks[a].flags&wPrep == 0 || end-a < 8 {
		return false
	}
	for k := a; k <= end; k++ {
		if d.toks[k].kind == kWord && finiteOrPast(d, k) {
			return true
		}
	}
	return false
}

// saysClause: event ev is "say" or "tell" with words after it, not an
// aside set off by commas ("which, the party says, was …").
func (d *doc) saysClause(ev *event) bool {
	n := ev.cue1 + 1
	return !ev.inverted && d.toks[ev.cue0].flags&wCueStrong != 0 && n < int32(len(d.toks)) && d.toks[n].sent == ev.sent &&
		d.toks[n].kind == kWord
}

// twoWordClause: "Smith said he disagreed", "The company said (that)
// exports rose": a subject and its past or finite verb that end the
// sentence right after the verb of saying are a whole clause, however
// short. Any other pair of words ("said this week", "said so too") is not.
func (d *doc) twoWordClause(ev *event, a, b, last int32) bool {
	if ev.inverted || b != a+1 || !(a == ev.cue1+1 || a == ev.cue1+2 && d.lowerIs(a-1, "that")) {
		return false
	}
	if e := b + 1; e <= last && !(d.isPunct(e, '.') || d.isPunct(e, '!') || d.isPunct(e, '?')) {
		return false
	}
	s, v := &d.toks[a], &d.toks[b]
	if s.kind != kWord || v.kind != kWord || s.cap && !subjectPronoun(d, a) || v.cap {
		return false
	}
	if !subjectPronoun(d, a) && (s.flags&(wFunc|wPrep|wDet|wAdv|wCue|wRelative) != 0 || finiteOrPast(d, a)) {
		return false
	}
	return finiteOrPast(d, b) || d.in(b, lIrregularPast)
}

// finiteIn: a finite verb or a past form among tokens [a, b]; not an
// adjective in -ed ("U.S.-based", "the embattled firm").
func (d *doc) finiteIn(a, b int32) bool {
	for k := a; k <= b; k++ {
		if d.toks[k].kind != kWord || d.hyphenJoined(k, d.toks[k].sent) || k > 0 && d.toks[k-1].flags&wDet != 0 {
			continue
		}
		if finiteOrPast(d, k) || d.in(k, lIrregularPast) && !d.toks[k].cap {
			return true
		}
	}
	return false
}

// finiteOrPast: an auxiliary or a lower-case word in -ed.
func finiteOrPast(d *doc, k int32) bool {
	t := &d.toks[k]
	if t.cap {
		return false
	}
	return d.in(k, lFinite) || t.e-t.s > 3 && d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e'
}

// openerAfterPhrase: a clause after a short introductory phrase and a comma
// ("After a year, his symptoms cleared"), ending before token end.
func (d *doc) openerAfterPhrase(a, end int32) bool {
	for k := a + 1; k < a+8 && k < end; k++ {
		if d.isPunct(k, ',') {
			return k+1 < end && d.clauseOpener(k+1)
		}
	}
	return false
}

func (d *doc) addIndirect(out []schemas.Quote, ev *event, a, b int32) []schemas.Quote {
	if b < a {
		return out
	}
	s, e := d.toks[a].s, d.toks[b].e
	sp := &ev.sp
	if ev.hasFor {
		sp = &ev.forSp
	}
	return append(out, schemas.Quote{Start: int(s), End: int(e), Text: d.text(s, e), Kind: schemas.KindIndirect,
		Speaker: d.speakerOut(sp), Cue: d.cueOut(ev)})
}

// subjectPronoun: he, she, it, they, we, I, you opening a bare clause.
func subjectPronoun(d *doc, k int32) bool {
	if d.toks[k].flags&wFunc == 0 {
		return false // the pronouns are function words
	}
	return d.lowerIn(k, subjectPronouns)
}

var subjectPronouns = newWordSet(`he she it they we i you`)

// upperName: a word in capitals with letters only, or with dots ("US",
// "U.S.", "EU"): an acronym that names.
func (d *doc) upperName(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.e-t.s < 2 {
		return false
	}
	letters := 0
	for _, c := range d.r[t.s:t.e] {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c != '.':
			return false
		}
	}
	return letters >= 2
}

// finiteSoon: an auxiliary or a past form of "be"/"have" within a few words
// after k, the sign of a clause rather than an object ("the figure was …",
// not "the case before the court").
func (d *doc) finiteSoon(k, last int32) bool {
	// A subject opened by a determiner may run longer before its verb
	// ("insisting its intelligence on rebels hiding in Gabon is
	// correct"): the determiner shows a noun phrase has begun.
	n := int32(6)
	if d.toks[k].kind == kWord && d.toks[k].flags&wDet != 0 {
		n = 11
	}
	for j := k + 1; j <= last && j <= k+n; j++ {
		t := &d.toks[j]
		// "reports the man who kidnapped the child, Michael Webb, was
		// sentenced": a relative clause and a name in apposition sit
		// between the subject and its verb.
		if t.kind == kWord && t.flags&wRelative != 0 && j > k+1 {
			return d.finiteAfterRelative(j, last)
		}
		// "says this year's rainy season has …": a possessive's "'s"
		// stays inside the subject.
		if t.poss {
			continue
		}
		if t.kind != kWord {
			return false
		}
		// "Both nations claim all of Kashmir and have fought …": an
		// auxiliary right after "and" is the main subject's second verb,
		// the words before it an object; not after a past verb of the
		// clause's own ("reports the ice reached its minimum but did not …").
		if j > k+1 && (d.lowerIs(j-1, "and") || d.lowerIs(j-1, "but")) && d.in(j, lFinite) && !d.pastBetween(k+1, j-2) {
			return false
		}
		// "denied suggestions that Rolls was …": a noun's "that" opens
		// its complement, not the verb's clause.
		if d.lowerIs(j, "that") {
			return false
		}
		// "the label was …", "the report is …": after a determiner a
		// word of saying is a noun.
		if t.flags&wCue != 0 && !(j == k+1 && d.toks[k].flags&wDet != 0) {
			return false
		}
		if d.in(j, lFinite) {
			return true
		}
	}
	return false
}

// pastBetween: a lower-case past form among tokens a..b.
func (d *doc) pastBetween(a, b int32) bool {
	for i := a; i <= b; i++ {
		if t := &d.toks[i]; t.kind == kWord && !t.cap && (finiteOrPast(d, i) || d.in(i, lIrregularPast)) {
			return true
		}
	}
	return false
}

// finiteAfterRelative: past the relative clause that opens at r and up to
// two segments closed by commas, an auxiliary or a past form of "be" or
// "have" comes first.
func (d *doc) finiteAfterRelative(r, last int32) bool {
	commas := 0
	for j := r + 1; j <= last && j <= r+25; j++ {
		t := &d.toks[j]
		if d.isPunct(j, ',') {
			if commas++; commas > 2 {
				return false
			}
			continue
		}
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			return false
		}
		if commas > 0 && d.isPunct(j-1, ',') && d.in(j, lFinite) {
			return true
		}
	}
	return false
}

// contracted: "there's", "it's", "they're": a subject with its verb, a
// clause already.
func (d *doc) contracted(k int32) bool {
	t := &d.toks[k]
	if t.flags&wClauseStart == 0 {
		return false
	}
	for _, c := range d.r[t.s:t.e] {
		if c == '\'' || c == '’' {
			return true
		}
	}
	// "there" + "’s": the tokenizer may split the contraction off.
	if n := k + 1; n < int32(len(d.toks)) && d.toks[n].s == t.e && d.toks[n].e-d.toks[n].s >= 2 {
		c := d.r[d.toks[n].s]
		return (c == '\'' || c == '’') && (d.lowerIs(k, "there") || d.pronounKind(k) != pNone)
	}
	return false
}

// finiteOrPastSoon: an auxiliary or a lower-case past form within six
// words after k.
func (d *doc) finiteOrPastSoon(k, last int32) bool {
	for j := k + 1; j <= last && j <= k+6; j++ {
		if d.toks[j].kind != kWord {
			return false
		}
		if finiteOrPast(d, j) || d.in(j, lIrregularPast) && !d.toks[j].cap {
			return true
		}
	}
	return false
}

// pastSoon: "claimed the label thought …", "insisted the firm knew …": a
// plain past verb right after a short subject (a determiner and up to two
// words) shows a clause, for verbs that take one as often as an object.
func (d *doc) pastSoon(k, last int32) bool { return d.pastAt(k, last) >= 0 }

// bareByPast: pastSoon for verb c; "reported", "announced" and "confirmed"
// take an object as often as a clause, and their object may carry a
// participle ("announced the deal signed yesterday"), so after them the
// past form must take an object of its own ("reports the spy joined a
// group of refugees"), as a finite verb does and a participle seldom does.
func (d *doc) bareByPast(c, k, last int32) bool {
	j := d.pastAt(k, last)
	if j < 0 {
		return false
	}
	if !d.lowerPrefix(c, "report") && !d.lowerPrefix(c, "announc") && !d.lowerPrefix(c, "confirm") {
		return true
	}
	o := j + 1
	return o <= last && d.toks[o].kind == kWord && (d.toks[o].flags&wDet != 0 && !d.lowerIs(o, "that") ||
		d.toks[o].cap || d.numberAt(o))
}

// lowerPrefix: word k begins with the lower-case ASCII prefix p.
func (d *doc) lowerPrefix(k int32, p string) bool {
	t := &d.toks[k]
	if int(t.e-t.s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if unicode.ToLower(d.r[int(t.s)+i]) != rune(p[i]) {
			return false
		}
	}
	return true
}

// pastAt is the plain past verb pastSoon finds, or -1.
func (d *doc) pastAt(k, last int32) int32 {
	if d.toks[k].flags&wDet == 0 {
		return -1
	}
	for j := k + 2; j <= last && j <= k+3; j++ {
		t := &d.toks[j]
		if t.kind != kWord || t.flags&(wCue|wFunc|wPrep) != 0 {
			return -1
		}
		if !t.cap && (d.in(j, lIrregularPast) || t.e-t.s > 3 && d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e') {
			return j
		}
	}
	return -1
}

// irregularPasts: common past forms that do not end in -ed.
var irregularPasts = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`thought knew made took gave saw went came found got felt kept left lost
		met paid put ran sent sold spent stood won began broke brought bought built caught chose drove fell
		fought grew heard held hid hit hurt led meant rose set shot sought spoke stole struck swore taught
		threw understood wore did had was were became withheld`) {
		irregularPasts[w] = true
	}
}

var finiteWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "had": true, "has": true,
	"have": true, "would": true, "will": true, "could": true, "should": true, "can": true, "must": true,
	"might": true, "may": true, "did": true, "does": true, "do": true}

// contextCut ends a reported clause that runs on from token a before a
// comma and a phrase of the writer's ("…, despite warnings", "…, amid
// protests", "…, days after the vote"): at the first cutAt from a+3 on,
// found through a per-sentence table (scanmemo.go), so that a sentence of
// many verbs is scanned once, not once a verb.
func (d *doc) contextCut(a, last int32) int32 {
	return d.cuts.first(d, a+3, last)
}

// cutAt is where a reported clause running to last ends when the writer's
// phrase starts at token k, or -1.
func (d *doc) cutAt(k, last int32) int32 {
	// "said he had watched the hearing and slammed it as a
	// disgrace": a verb of judging after "and" is the speaker's
	// next act, not part of what was said.
	if d.lowerIs(k, "and") && d.in(k+1, lJudgeVerb) {
		if d.isPunct(k-1, ',') {
			return k - 2
		}
		return k - 1
	}
	// "says there were heavy casualties but did not know how many": a
	// "but" with no subject of its own before a verb of telling or knowing
	// goes back to the speaker; the writer reports what was not said.
	if d.lowerIs(k, "but") && !d.isPunct(k-1, ',') && d.pronounKind(k+1) == pNone && d.writerAside(k, last) {
		return k - 1
	}
	if !d.isPunct(k, ',') || d.toks[k+1].kind != kWord {
		return -1
	}
	// "…, but Japan suspects they …": another party's view after "but".
	if d.otherView(k+1, last) {
		return k - 1
	}
	// "…, while the Arab League condemned …", "…, while 57 percent
	// disapprove": the writer sets another party beside the report.
	if d.lowerIs(k+1, "despite") || d.lowerIs(k+1, "amid") || d.lowerIs(k+1, "following") ||
		d.lowerIs(k+1, "correcting") || d.writerAside(k+1, last) || d.spanAfter(k+1, last) ||
		d.lowerIs(k+1, "while") && k+2 <= last && (d.toks[k+2].flags&wDet != 0 || d.shareAt(k+2, last)) ||
		k+2 <= last && d.lowerIs(k+2, "after") && (d.lowerIs(k+1, "days") || d.lowerIs(k+1, "hours") ||
			d.lowerIs(k+1, "weeks") || d.lowerIs(k+1, "months")) {
		return k - 1
	}
	return -1
}

// mayCut: cutAt(k, …) may find a cut, token k being a punctuation mark
// or a word of three letters ("and", "but"); most tokens are neither, and
// this test, inlined, spares them the call.
func (d *doc) mayCut(k int32) bool {
	t := &d.toks[k]
	return t.kind == kPunct || t.kind == kWord && t.e-t.s == 3
}

// spanAfter: "…, nearly two years after the tsunami", "…, three weeks
// before the vote": the writer dates the report against an event.
func (d *doc) spanAfter(k, last int32) bool {
	// The time word first: this runs at every comma of a reported clause.
	p := int32(-1)
	for q := k + 1; q <= k+3 && q < last; q++ {
		if d.timeNoun(q) || d.timePlural(q) {
			p = q
			break
		}
	}
	if p < 0 || !(d.lowerIs(p+1, "after") || d.lowerIs(p+1, "before") || d.lowerIs(p+1, "since")) {
		return false
	}
	// A count before it, after an approximation at most ("nearly two",
	// "more than 10").
	n := p - 1
	if n < k || d.toks[n].kind != kWord || !d.numberAt(n) && d.toks[n].flags&wFunc == 0 {
		return false
	}
	for a := k; a < n; a++ {
		if d.toks[a].kind != kWord || d.toks[a].flags&wFunc == 0 && !d.lowerIs(a, "nearly") && !d.lowerIs(a, "almost") &&
			!d.lowerIs(a, "barely") {
			return false
		}
	}
	return true
}

// timePlural: "days", "weeks", "months", "years", "hours".
func (d *doc) timePlural(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.e-t.s < 4 || d.r[t.e-1] != 's' {
		return false
	}
	return d.lowerIn(k, timePlurals)
}

var timePlurals = newWordSet(`days weeks months years hours decades`)

// skipAdverbial passes "on Wednesday", "Tuesday", "late Monday", "in a
// statement" right after a verb.
func (d *doc) skipAdverbial(k, last int32) int32 {
	if k+1 <= last && (d.lowerIs(k, "on") || d.lowerIs(k, "late") || d.lowerIs(k, "early")) && d.dayWord(k+1) {
		return k + 2
	}
	if k <= last && d.dayWord(k) && !d.possessedDay(k) {
		return k + 1
	}
	if k+2 <= last && d.lowerIs(k, "in") && d.toks[k+1].flags&wDet != 0 && d.in(k+2, lChannelNoun) {
		return k + 3
	}
	// "wrote in a blog post that", "said in a written statement".
	if k+3 <= last && d.lowerIs(k, "in") && d.toks[k+1].flags&wDet != 0 && d.toks[k+2].kind == kWord &&
		!d.toks[k+2].cap && d.in(k+3, lChannelNoun) {
		return k + 4
	}
	// "said earlier it had concluded", "said later the talks …".
	if k < last && (d.lowerIs(k, "earlier") || d.lowerIs(k, "later") || d.lowerIs(k, "separately")) {
		return k + 1
	}
	// "said last week it is ready", "said earlier this month the plan …".
	// Not "said last week's tsunami …": a possessive time opens the
	// clause's subject.
	if k+1 < last && (d.lowerIs(k, "last") || d.lowerIs(k, "this") || d.lowerIs(k, "next")) && d.timeNoun(k+1) && !d.toks[k+2].poss {
		return k + 2
	}
	return k
}

// modal: "will", "would", "could", "may", "might", "can", "should",
// "must".
func (d *doc) modal(k int32) bool {
	if d.toks[k].cap && d.toks[k].flags&wFunc == 0 {
		return false // a name: "Theresa May says" (modalNames)
	}
	return d.lowerIn(k, modalWords)
}

var modalWords = newWordSet(`will would could may might can should must`)

// qualifiersBefore walks back from a speaker's first token over the words
// that qualify it ("Israel's interim Prime Minister Ehud Olmert"): capitalised
// words, possessives and a few lower-case adjectives.
func (d *doc) qualifiersBefore(k int32) int32 {
	for n := 0; n < 6 && k > 0 && d.toks[k-1].sent == d.toks[k].sent; n++ {
		p := &d.toks[k-1]
		if p.kind != kWord && !p.poss || p.kind == kWord && !p.cap && p.flags&(wFunc|wCue|wPrep) != 0 {
			break
		}
		k--
	}
	return k
}

// stateMedia: "state" before "media", "television", "radio", "news" is
// the owner of a channel, no verb ("told state media that").
func (d *doc) stateMedia(j int32) bool {
	return d.lowerIs(j, "state") && j+1 < int32(len(d.toks)) && (d.lowerIs(j+1, "media") ||
		d.lowerIs(j+1, "television") || d.lowerIs(j+1, "radio") || d.lowerIs(j+1, "news"))
}

// listenerAnd: "assured the nation and its neighbors that": an "and"
// inside the listener of a verb of telling joins a second noun phrase.
func (d *doc) listenerAnd(j int32) bool {
	n := j + 1
	return n < int32(len(d.toks)) && d.toks[n].kind == kWord && (d.toks[n].flags&wDet != 0 || d.toks[n].cap)
}

// skipTime passes the adverbial after a verb or its listener, and the comma
// that may close it ("said Monday, it has suspended …"), when a clause
// opens after that comma.
func (d *doc) skipTime(k, last int32) int32 {
	j := d.skipAdverbial(k, last)
	if j > k && j < last && d.isPunct(j, ',') && d.toks[j+1].kind == kWord && d.toks[j+1].flags&wClauseStart != 0 &&
		d.finiteSoon(j+1, last) {
		return j + 1
	}
	return j
}

// otherView: "but" and a named party or pronoun with a verb of thought
// ("but Japan suspects", "but critics fear"): the writer turns to someone
// else's view; what was reported ends before it.
func (d *doc) otherView(k, last int32) bool {
	// "…, and Washington has expressed interest in …": another named
	// party's stance, the writer's background.
	if d.lowerIs(k, "and") {
		m := d.mention(k + 1)
		if m < 0 || d.ments[m].fullFirst != k+1 {
			return false
		}
		j := d.ments[m].last + 1
		return j+1 <= last && (d.lowerIs(j, "has") || d.lowerIs(j, "have")) && stanceVerbs[string(d.wordKey(j+1))]
	}
	if !d.lowerIs(k, "but") && !d.lowerIs(k, "while") {
		return false
	}
	j := k + 1
	if j > last {
		return false
	}
	if m := d.mention(j); m >= 0 && d.ments[m].fullFirst == j {
		j = d.ments[m].last + 1
	} else if d.pronounKind(j) != pNone || j <= last && d.toks[j].flags&wSpeakerNoun != 0 && d.toks[j].flags&wPlural != 0 {
		j++
	} else {
		return false
	}
	return j <= last && d.in(j, lThinkVerb)
}

// mention is the mention at token j, or -1 (also before mentions are
// found).
func (d *doc) mention(j int32) int32 {
	if int(j) >= len(d.mentAt) {
		return -1
	}
	return d.mentAt[j]
}

// stanceVerbs: what a party "has" done to take a stand ("has expressed
// interest", "has rejected the plan").
var stanceVerbs = map[string]bool{"expressed": true, "voiced": true, "signaled": true, "signalled": true,
	"indicated": true, "rejected": true, "denied": true, "dismissed": true, "welcomed": true, "offered": true}

// thinkVerbs: a party's view set beside a report ("Japan suspects").
var thinkVerbs = map[string]bool{"suspects": true, "suspect": true, "believes": true, "believe": true,
	"fears": true, "fear": true, "thinks": true, "think": true, "doubts": true, "doubt": true,
	"disputes": true, "dispute": true, "rejects": true, "reject": true}

// possessedDay: "say Monday's attack occurred": a day with "'s" is no
// time phrase but opens the clause's subject.
func (d *doc) possessedDay(k int32) bool {
	return k+1 < int32(len(d.toks)) && d.toks[k+1].poss && d.dayWord(k)
}

// dayWord: word k names a day. The days are function words in the
// lexicon (and keep the class: only modals lose it, modalname.go), so
// most words are turned away by their flags before a word is compared.
func (d *doc) dayWord(k int32) bool {
	if d.toks[k].flags&wFunc == 0 {
		return false
	}
	return d.lowerIn(k, dayWords)
}

var dayWords = newWordSet(`monday tuesday wednesday thursday friday saturday sunday yesterday today`)

var channelNouns = map[string]bool{"statement": true, "interview": true, "note": true, "letter": true,
	"post": true, "speech": true, "filing": true, "email": true, "video": true, "tweet": true, "briefing": true}

// timeNoun: "week", "month" … after "last", "this", "earlier": a time
// phrase between a verb and its clause ("said last week that").
func (d *doc) timeNoun(k int32) bool {
	if k >= int32(len(d.toks)) || d.toks[k].kind != kWord {
		return false
	}
	return d.in(k, lTimeNoun)
}

var timeNouns = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "time": true, "day": true, "quarter": true}

// noBareClause: verbs of naming put a name on their object ("called the
// process a sham", "described it as …"), and verbs of thought or sequence
// ("concluded the bridge was safe", "continued the talks") report no words
// without "that".
var noBareClause = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`conclude concludes concluded concluding continue continues continued
		continuing agree agrees agreed agreeing recall recalls recalled recalling observe observes observed
		call calls called calling describe describes described describing
		defend defends defended defending accuse accuses accused accusing dub dubs dubbed dubbing brand
		brands branded branding label labels labeled labelled labeling labelling term terms termed terming
		characterize characterizes characterized characterise characterises characterised charge charges
		charged charging`) {
		noBareClause[w] = true
	}
}

// pronounSubject: a subject pronoun opens a clause at k: "he", "she",
// "they", "we", "I" always ("added he …" is no English); "it" and "you"
// only before a verb form ("confirmed it granted", not "confirmed it.").
func (d *doc) pronounSubject(k, last int32) bool {
	switch d.pronounKind(k) {
	case pHe, pShe, pThey, pFirst:
		return true
	case pIt:
		return k+1 <= last && d.verbForm(k+1)
	}
	return d.lowerIs(k, "you") && k+1 <= last && d.verbForm(k+1)
}

// verbForm: after "it", an auxiliary or a lower-case content word that is
// no adverb in -ly ("it sold", "it still considers"; not "it on Sunday",
// "it strongly").
func (d *doc) verbForm(k int32) bool {
	for n := 0; n < 2 && k < int32(len(d.toks)); n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != kWord || t.cap {
			return false
		}
		if d.in(k, lFinite) {
			return true
		}
		if t.flags&wAdv != 0 && t.flags&wFunc == 0 || d.lowerIs(k, "still") || d.lowerIs(k, "also") {
			continue
		}
		if t.flags&(wFunc|wPrep|wDet) != 0 || t.e-t.s < 3 {
			return false
		}
		return !(d.r[t.e-1] == 'y' && d.r[t.e-2] == 'l')
	}
	return false
}

// placeThenClause passes a phrase of place or occasion that opens at k
// ("in Brussels", "at a news conference in Geneva") when a clause follows
// it: a word that opens one, right after a noun, with its verb soon after.
// k itself when none does.
func (d *doc) placeThenClause(k, last int32) int32 {
	// "said on leaving Tokyo today he had …": a participle's phrase of
	// occasion too.
	ing := k+1 < last && (d.lowerIs(k, "on") || d.lowerIs(k, "before") || d.lowerIs(k, "after") || d.lowerIs(k, "while")) &&
		d.ingForm(k+1)
	if k >= last || !d.lowerIs(k, "in") && !d.lowerIs(k, "at") && !ing {
		return k
	}
	for p := k + 2; p <= last && p <= k+9; p++ {
		t, b := &d.toks[p], &d.toks[p-1]
		if t.kind != kWord || t.flags&(wCue|wRelative) != 0 {
			return k
		}
		if t.flags&wClauseStart != 0 && !d.lowerIs(p, "that") && b.kind == kWord &&
			(b.flags&(wPrep|wDet|wFunc) == 0 || d.timeWord(p-1)) && d.finiteOrPastSoon(p, last) {
			return p
		}
	}
	return k
}
