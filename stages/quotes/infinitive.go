package quotes

// toSay: "went on to say", "shifted his account to say", "took to Twitter
// to claim": a verb of saying after "to" reports for the subject of the
// sentence, unless the verb before refuses or looks ahead ("declined to
// say", "is expected to say", "did not want to say").
func (d *doc) toSay(c int32) spk {
	sent := d.toks[c].sent
	if !d.wordOK(c-2, sent) || !d.lowerIs(c-1, "to") || !d.in(c, lBareSay) {
		return noSpk()
	}
	for k := c - 2; k >= 0 && k >= c-8 && d.wordOK(k, sent); k-- {
		if d.toks[k].kind == kWord && (d.in(k, lNotSaying) || d.toks[k].flags&wNeg != 0) {
			return noSpk()
		}
	}
	s := d.subjectOf(c)
	// "It is far too early to say", "it was hard to tell": "it" before a
	// form of "be" holds the place of the infinitive; no one reports.
	if s.pron == pIt && s.first == s.last && d.wordOK(s.last+1, sent) && d.toks[s.last+1].flags&wPassive != 0 {
		return noSpk()
	}
	// "Another diplomat, former envoy Kurt Volker, shifted his account to
	// say": the name in apposition to a role is who speaks.
	if s.ok() && s.ment < 0 && s.pron == pNone && d.isPunct(s.last+1, ',') {
		for e := s.last + 3; e < c && e <= s.last+9 && d.wordOK(e, sent); e++ {
			if !d.isPunct(e, ',') {
				continue
			}
			if m := d.mentAt[e-1]; m >= 0 && d.ments[m].last == e-1 && d.ments[m].typ != tOrg && d.ments[m].typ != tPlace {
				mm := &d.ments[m]
				return spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity}
			}
			break
		}
	}
	return s
}

// bareSays are base forms of verbs of saying; notSaying the verbs and
// adjectives before "to say" that tell it was not said ("declined to
// say", "unable to confirm", "is expected to announce").
var bareSays = map[string]bool{}
var notSaying = map[string]bool{}

func init() {
	for _, w := range []string{"say", "tell", "argue", "insist", "claim", "warn", "note", "explain",
		"confirm", "deny", "acknowledge", "admit", "announce", "assert", "declare", "stress", "predict",
		"add", "suggest"} {
		bareSays[w] = true
	}
	for _, w := range []string{"declined", "declines", "decline", "refused", "refuses", "refuse",
		"failed", "fails", "unable", "unwilling", "reluctant", "hesitant", "expected", "due", "scheduled",
		"set", "likely", "going", "plans", "planned", "want", "wanted", "wants", "asked", "hard",
		"difficult", "fair", "safe", "needless", "goes", "ready", "able", "willing", "would", "will",
		"like", "likes", "liked", "love", "loves", "loved"} {
		notSaying[w] = true
	}
}

// suggestsFact: "tried to suggest that he barely knows him": a proposal
// verb with "that", a subject pronoun and a verb that agrees with it
// reports a claim, not a proposal ("suggested that he resign").
func (d *doc) suggestsFact(ev *event) bool {
	k := ev.cue1 + 1
	if !d.lowerIs(ev.cue0, "suggest") && !d.lowerIs(ev.cue0, "suggests") && !d.lowerIs(ev.cue0, "suggested") ||
		!d.wordOK(k+2, ev.sent) || !d.lowerIs(k, "that") || d.pronounKind(k+1) == pNone {
		return false
	}
	for j := k + 2; j <= k+3 && d.wordOK(j, ev.sent); j++ {
		t := &d.toks[j]
		if t.kind != kWord || t.cap {
			return false
		}
		if d.in(j, lFinite) && !d.lowerIs(j, "should") || d.in(j, lIrregularPast) ||
			t.e-t.s > 3 && (d.r[t.e-1] == 's' || d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e') && t.flags&wAdv == 0 {
			return true
		}
	}
	return false
}

// forToSay: "it is dishonest for some senators to say …": the noun
// phrase after "for" is the subject of the verb of saying after "to", even
// inside another report's clause.
func (d *doc) forToSay(c int32) spk {
	sent := d.toks[c].sent
	if !d.wordOK(c-3, sent) || !d.lowerIs(c-1, "to") || !d.in(c, lBareSay) {
		return noSpk()
	}
	for k := c - 2; k >= c-7 && d.wordOK(k, sent) && d.toks[k].kind == kWord && d.toks[k].flags&(wCue|wRelative) == 0; k-- {
		if d.in(k, lNotSaying) || d.toks[k].flags&wNeg != 0 {
			return noSpk()
		}
		if !d.lowerIs(k, "for") {
			continue
		}
		if k < c-2 {
			if s := d.npEndingAt(c-2, sent); s.ok() && d.spkStart(&s) >= k+1 && s.pron == pNone {
				return s
			}
			if d.plainHead(c - 2) {
				return spk{first: k + 1, last: c - 2, ment: -1, ent: -1, plural: d.pluralShape(c - 2)}
			}
		}
		return noSpk()
	}
	return noSpk()
}
