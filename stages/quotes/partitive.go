package quotes

import (
	"bytes"
	"unicode"
)

// partitiveSubject: a share of a group before a verb of saying ("Forty
// percent of those polled said", "Half (53 percent) of the 1,600 people
// surveyed said", "Many of the residents say", "23 percent said"). Polls
// and counts report what people answered: the group answered, so it speaks;
// with no group named, the share does. The share must open its clause (or a
// nested report's, or follow a comma: "…, 23 percent said …"), so "prices
// rose 3 percent, analysts said" keeps its analysts. j is the last token
// before the verb c.
func (d *doc) partitiveSubject(j, c, sent int32) spk {
	// "the number of people who said": the relative's verb, not the
	// share's.
	if !d.wordOK(j, sent) || d.toks[j].flags&wRelative != 0 || d.toks[c].flags&(wCueWeak|wAsk) != 0 {
		return noSpk()
	}
	// Only "say" and "tell", or a verb of saying with "that": "cases
	// reported from June", "none of the cities broke rules" count things.
	if d.toks[c].flags&wCueStrong == 0 && !(c+1 < int32(len(d.toks)) && d.lowerIs(c+1, "that")) {
		return noSpk()
	}
	// A name ends a share's phrase only after "of" ("Half of Americans
	// say"); most speakers are names, and this spares them the scan.
	if m := d.mentAt[j]; m >= 0 {
		if f := d.ments[m].fullFirst - 1; f < 0 || d.toks[f].e-d.toks[f].s != 2 || !d.lowerIs(f, "of") {
			return noSpk()
		}
	}
	// The share's head: the word before "of", or j itself.
	h, of := j, int32(-1)
	for k := j; k > j-10 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if t.kind == kMark || d.isPunct(k, ',') && !d.digitComma(k) || t.kind == kWord && t.flags&wCue != 0 && k != j {
			break
		}
		if t.e-t.s == 2 && k < j && d.lowerIs(k, "of") {
			h, of = d.beforeAside(k-1, sent), k
			break
		}
	}
	// "Two of the victims said": a figure before "of" is a share too.
	if !d.wordOK(h, sent) || !d.shareHead(h) && !(of >= 0 && d.figure(h)) {
		return noSpk()
	}
	start := d.shareStart(h, sent)
	if start < 0 || !d.partitiveOpens(start, sent) {
		return noSpk()
	}
	if of < 0 {
		// "23 percent said", "A majority say"; a bare "Many said" is
		// groupSubject's.
		if d.in(h, lGroupWord) || d.lowerIs(h, "all") || d.lowerIs(h, "none") {
			return noSpk()
		}
		return spk{first: start, last: j, ment: -1, ent: -1, plural: true}
	}
	// The group: a plain phrase, a participle or a relative after its head
	// ("those who took part", "people surveyed").
	g := of + 1
	if g > j {
		return noSpk()
	}
	for k := g; k <= j; k++ {
		t := &d.toks[k]
		if d.digitComma(k) {
			continue
		}
		// A verb of the group's own only in a relative ("those who took
		// part", "those who replied"); a participle in -ed qualifies it
		// last ("people surveyed"): "voters supported the referendum that
		// X says" is a clause, not a group.
		afterWho := k > g && d.lowerIs(k-1, "who")
		if t.kind != kWord || t.flags&(wCue|wPrep) != 0 && !d.lowerIs(k, "asked") && !afterWho {
			return noSpk()
		}
		if (d.in(k, lFinite) || d.in(k, lIrregularPast) || k < j && finiteOrPast(d, k)) && !afterWho ||
			t.flags&wRelative != 0 && !d.lowerIs(k, "who") {
			return noSpk()
		}
	}
	if m := d.mentAt[j]; m >= 0 && d.ments[m].last == j && d.ments[m].fullFirst <= g+1 && d.ments[m].fullFirst >= g {
		return spk{first: d.ments[m].first, last: j, ment: m, ent: d.ments[m].entity, plural: true}
	}
	if d.lowerIs(g, "them") || d.lowerIs(g, "us") || d.lowerIs(g, "those") && g == j {
		// "Ten percent of them said": the share names the speakers.
		return spk{first: start, last: j, ment: -1, ent: -1, plural: true}
	}
	return spk{first: g, last: j, ment: -1, ent: -1, plural: true}
}

// beforeAside: "half (53 percent) of": the word before a parenthesis that
// ends at k, else k.
func (d *doc) beforeAside(k, sent int32) int32 {
	if !d.isPunct(k, ')') {
		return k
	}
	for p := k - 1; p > 0 && p > k-8 && d.wordOK(p, sent); p-- {
		if d.isPunct(p, '(') {
			return p - 1
		}
	}
	return k
}

// shareHead: a word that names a share of a group: "percent", "%",
// "half", "majority", "third", a quantifier standing for people ("many",
// "most", "some").
func (d *doc) shareHead(k int32) bool {
	if d.isPunct(k, '%') {
		return true
	}
	t := &d.toks[k]
	if t.kind != kWord || t.cap && !d.sentenceInitial(k) {
		return false
	}
	if d.lowerIs(k, "percent") || d.lowerIs(k, "cent") && d.lowerIs(k-1, "per") || d.lowerIs(k, "thirds") ||
		d.lowerIs(k, "quarters") || d.lowerIs(k, "fifth") || d.lowerIs(k, "fifths") || d.lowerIs(k, "tenth") ||
		d.lowerIs(k, "all") || d.lowerIs(k, "none") {
		return true
	}
	return d.in(k, lQuantityNoun) && !d.lowerIs(k, "total") && !d.lowerIs(k, "share") || d.in(k, lGroupWord)
}

// shareStart is the first token of the share phrase whose head is h: its
// figure, its article and the adverbs that hedge it ("only six percent",
// "just over half", "a majority", "Forty-three percent"); -1 when the
// phrase is not a share.
func (d *doc) shareStart(h, sent int32) int32 {
	k := h
	if d.lowerIs(h, "cent") {
		k-- // "per cent"
	}
	figure := false
	for n := 0; n < 6 && d.wordOK(k-1, sent); n++ {
		p := k - 1
		t := &d.toks[p]
		switch {
		case d.figure(p):
			figure = true
		case d.digitComma(p):
		case d.isPunct(p, '-') || d.isPunct(p, '~') || d.isPunct(p, '.'):
			// "Forty-three", "22.5": inside a figure only.
			if !d.wordOK(p-1, sent) || d.toks[p-1].e != t.s || t.e != d.toks[k].s {
				return k
			}
		case t.kind == kWord && hedgeWords[string(d.wordKey(p))]:
		case d.lowerIs(p, "a") || d.lowerIs(p, "the") || d.lowerIs(p, "an"):
			k = p
			return k
		default:
			if (d.lowerIs(h, "percent") || d.lowerIs(h, "cent") || d.isPunct(h, '%')) && !figure {
				return -1 // "the percent" is no share of people
			}
			return k
		}
		k = p
	}
	if (d.lowerIs(h, "percent") || d.lowerIs(h, "cent") || d.isPunct(h, '%')) && !figure {
		return -1
	}
	return k
}

// shareAt: a share opens at token k ("57 percent", "a majority"), not a
// count ("two NATO soldiers").
func (d *doc) shareAt(k, last int32) bool {
	if d.figure(k) && k+1 <= last {
		k++
	} else if (d.lowerIs(k, "a") || d.lowerIs(k, "the")) && k+1 <= last {
		k++
	}
	return d.toks[k].kind == kWord && d.shareHead(k) && !d.in(k, lGroupWord) || d.isPunct(k, '%')
}

// figure: a number in digits or in words ("40", "forty", "Forty-three").
func (d *doc) figure(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord {
		return false
	}
	if unicode.IsDigit(d.r[t.s]) {
		return true
	}
	w := d.wordKey(k)
	if i := bytes.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	return figureWords[string(w)]
}

// digitComma: the comma inside a figure ("1,600").
func (d *doc) digitComma(k int32) bool {
	return d.isPunct(k, ',') && k > 0 && k+1 < int32(len(d.toks)) && d.toks[k-1].e == d.toks[k].s && d.toks[k].e == d.toks[k+1].s &&
		d.numberAt(k-1) && d.numberAt(k+1)
}

// partitiveOpens: the share at token k opens its clause: the sentence's
// subject, a nested report's ("It said only six percent of respondents
// said"), or one answer in a list after a comma ("…, 23 percent said").
func (d *doc) partitiveOpens(k, sent int32) bool {
	if d.clauseHead(k) || d.opensReport(k) {
		return true
	}
	p := k - 1
	if d.wordOK(p, sent) && d.lowerIs(p, "that") {
		return true // "the survey found that half of those polled said"
	}
	if d.wordOK(p, sent) && (d.lowerIs(p, "and") || d.lowerIs(p, "while") || d.lowerIs(p, "but") || d.lowerIs(p, "whereas")) {
		// "… said they were Democrats and 34 percent said …": after a
		// whole clause, "and" opens the next answer.
		if f := d.sentFirst(p); p > f && d.finiteIn(f, p-1) {
			return true
		}
		p--
	}
	return d.wordOK(p, sent) && d.isPunct(p, ',')
}

var figureWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true}

// hedgeWords qualify a figure: "only six percent", "just over half",
// "nearly two-thirds", "about 40 percent".
var hedgeWords = map[string]bool{"only": true, "just": true, "over": true, "under": true, "about": true,
	"nearly": true, "almost": true, "roughly": true, "some": true, "around": true, "more": true, "less": true,
	"than": true, "fewer": true, "slightly": true, "another": true, "overwhelming": true, "vast": true,
	"large": true, "small": true, "slim": true, "narrow": true, "clear": true}
