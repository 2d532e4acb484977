package quotes

// relativeReport: "vehicles that analysts say will boost sales", "a plan
// which officials said could cost $5 billion", "suspects who it claims
// were training": the speaker sits inside a
// relative clause and the verb's clause has no subject of its own; it runs
// from the finite verb to the next comma or the sentence end.
func (d *doc) relativeReport(ev *event, last int32) (int32, int32) {
	sp := d.spkStart(&ev.sp)
	rel := func(k int32) bool {
		return k >= 0 && (d.lowerIs(k, "that") || d.lowerIs(k, "which") || d.lowerIs(k, "who"))
	}
	// "that" may have been read as the speaker's determiner.
	if ev.inverted || ev.accord {
		return -1, -1
	}
	k := ev.cue1 + 1
	if k > last || d.toks[k].kind != kWord {
		return -1, -1
	}
	// "what Washington says is a lack of transparency", "what the
	// government says are only calls abroad": a free relative whose
	// speaker stands between "what" and the verb; its predicate follows.
	what := sp >= 1 && d.lowerIs(sp-1, "what") && d.toks[sp-1].sent == ev.sent && ev.cue0 == ev.sp.last+1
	if rel(sp) || rel(sp-1) || what {
		if !d.in(k, lFinite) {
			return -1, -1
		}
	} else if !d.contactRelative(ev, sp, k) {
		return -1, -1
	}
	// "What the company says is that prices will rise": the clause after
	// "that" is what was said.
	if what && k+2 <= last && d.lowerIs(k+1, "that") {
		k += 2
	}
	// Bounded: a clause runs to a comma within 60 words, else the end.
	for b := k + 1; b <= last && b <= k+60; b++ {
		if d.isPunct(b, ',') {
			return k, b - 1
		}
	}
	return k, last
}

// contactRelative: "elections they say were rigged", "a doctor they say
// lived 4,000 years ago": a relative clause without "that", its speaker a
// pronoun right after a plain noun and its verb right after "say".
func (d *doc) contactRelative(ev *event, sp, k int32) bool {
	if ev.sp.pron == pNone || ev.sp.first != ev.sp.last || ev.cue0 != sp+1 || sp < 1 {
		return false
	}
	n := &d.toks[sp-1]
	if n.kind != kWord || n.cap || n.flags&(wFunc|wPrep|wDet|wAdv) != 0 || d.toks[sp-1].sent != d.toks[sp].sent {
		return false
	}
	// "tax rules they say are unjust", "the claims it says are false": a
	// word of saying after a determiner or a modifier is a noun.
	if n.flags&wCue != 0 {
		if sp < 2 || d.toks[sp-2].kind != kWord || d.toks[sp-2].flags&(wDet|wFunc) == 0 && d.toks[sp-2].flags&(wCue|wPrep|wAdv|wPassive) != 0 ||
			d.toks[sp-2].flags&wFunc != 0 && d.toks[sp-2].flags&wDet == 0 {
			return false
		}
	}
	t := &d.toks[k]
	return !t.cap && (d.in(k, lFinite) || d.in(k, lIrregularPast) || t.e-t.s > 3 && d.r[t.e-1] == 'd' && d.r[t.e-2] == 'e')
}

// whoSpeaker: "rescued five singers who say they were held": the plural
// people just before "who" speak; a count ("the number who said") does not.
func (d *doc) whoSpeaker(c int32) spk {
	h := c - 2
	if h < 0 || !d.lowerIs(c-1, "who") || d.toks[h].sent != d.toks[c].sent || !d.pluralHead(h) || d.toks[h].cap {
		return noSpk()
	}
	return spk{first: h, last: h, ment: -1, ent: -1, plural: true}
}
