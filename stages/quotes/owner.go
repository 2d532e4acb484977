package quotes

// speechNouns name words someone said; their owner is the speaker of a
// quote that gives them ("asked him to apologize for comments he made
// regarding "…"", "urged her to retract Smith's remark that "…"").
var speechNouns = map[string]bool{"comments": true, "comment": true, "remarks": true, "remark": true,
	"words": true, "statement": true, "statements": true, "speech": true}

// speechOwner: the person whose words a quote gives, named with a speech
// noun between the last verb of saying and the quote: "X's remark", "his
// comments", "comments he made". The mention of that person, or -1. The
// owner outranks the subject of the verb, who only reports the request or
// the charge about those words.
func (d *doc) speechOwner(q *qspan) int32 {
	sent := d.toks[q.open].sent
	for k, n := q.open-1, 0; k > 0 && n < 30 && d.toks[k].sent == sent; k, n = k-1, n+1 {
		t := &d.toks[k]
		if t.kind != kWord || t.quote >= 0 {
			continue
		}
		// No key is built for a word of a length no listed word has
		// (speechNouns: 5 to 10 letters; the verbs below: 2 to 5).
		l := t.e - t.s
		if !t.cap && l >= 5 && l <= 10 && speechNouns[string(d.wordKey(k))] {
			if m := d.ownerOf(k); m >= 0 {
				return m
			}
			continue
		}
		// "said Mashaal's statement was "irresponsible"": the noun is the
		// subject there, judged in the quote, not its content. The
		// auxiliaries are function words, but a capitalised "Will" that
		// lost the class as a name (modalname.go): the flags turn most
		// words away before any is compared.
		if l >= 2 && l <= 5 && (t.flags&wFunc != 0 || t.cap) && d.auxiliary(k) {
			return -1
		}
		if t.flags&wCue != 0 && !t.cap {
			return -1 // a verb of saying nearer the quote governs it
		}
	}
	return -1
}

// auxiliary: word k is a form of "be", "have", "will" or "would".
func (d *doc) auxiliary(k int32) bool {
	return d.lowerIn(k, auxiliaries)
}

var auxiliaries = newWordSet(`is was are were will would has had have`)

// ownerOf speech noun k: a name with "'s" before it, or "his"/"her"
// before it or "he/she made" after it, which stand for the nearest person
// of that gender named before in the sentence.
func (d *doc) ownerOf(k int32) int32 {
	if k < 2 {
		return -1
	}
	if p := k - 1; p > 0 && d.toks[p].poss {
		if m := d.mentAt[p-1]; m >= 0 && d.ents[d.ments[m].entity].typ == tPer {
			return m
		}
		return -1
	}
	if d.lowerIs(k-2, "in") && d.lowerIs(k, "words") {
		return -1 // "in his words": the verb around it names the speaker
	}
	var pron int8
	switch {
	case d.lowerIs(k-1, "his"):
		pron = pHe
	case d.lowerIs(k-1, "her"):
		pron = pShe
	case k+2 < int32(len(d.toks)) && d.lowerIs(k+2, "made") && d.lowerIs(k+1, "he"):
		pron = pHe
	case k+2 < int32(len(d.toks)) && d.lowerIs(k+2, "made") && d.lowerIs(k+1, "she"):
		pron = pShe
	default:
		return -1
	}
	sent := d.toks[k].sent
	for m := d.mentionBefore(k); m >= 0 && d.toks[d.ments[m].first].sent == sent; m-- {
		mm := &d.ments[m]
		if e := mm.entity; !mm.inQuote && d.ents[e].typ == tPer && genderOK(d.ents[e].gender, pron) {
			return m
		}
	}
	return -1
}

// answerOwner: `"…," was the Crow's answer`, `"…" came Smith's reply`:
// a speech noun after the quote names its owner, who said it. The mention
// of that owner, or -1.
func (d *doc) answerOwner(q *qspan) int32 {
	if q.close < 0 {
		return -1
	}
	k := q.close + 1
	if d.isPunct(k, ',') {
		k++
	}
	n := int32(len(d.toks))
	if k+3 >= n || d.toks[k].para != q.para || !(d.lowerIs(k, "was") || d.lowerIs(k, "is") || d.lowerIs(k, "came")) {
		return -1
	}
	k++
	if d.lowerIs(k, "the") {
		k++
	}
	m := d.mentAt[k]
	if m < 0 || d.ments[m].fullFirst != k && d.ments[m].first != k || d.ments[m].last+2 >= n {
		return -1
	}
	p := d.ments[m].last + 1
	if !d.toks[p].poss || !answerNouns[string(d.wordKey(p+1))] {
		return -1
	}
	return m
}

var answerNouns = map[string]bool{"answer": true, "reply": true, "response": true, "retort": true,
	"rejoinder": true, "comment": true, "remark": true, "words": true, "verdict": true}
