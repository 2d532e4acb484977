package quotes

// quotedAsLead: at the "saying" of "Y quoted X as saying" (quotedAs finds
// X), the first token of the whole attribution: Y's, or the verb's when Y
// is not written. "Sales will recover, the company quoted its chairman as
// saying": the clause ends before "the company".
func (d *doc) quotedAsLead(c int32) (spk, int32) {
	s := d.quotedAs(c)
	if !s.ok() {
		return s, -1
	}
	// The verb: back over the role and determiner quotedAs passed.
	v := d.spkStart(&s) - 1
	for v > 0 && !d.quoteVerb(v) {
		v--
	}
	lead := v
	if y, _ := d.leftSpeaker(v); y.ok() {
		lead = d.spkStart(&y)
	}
	return s, lead
}

// quotedAsApposed: "quotes the governor, Ali Khan, as saying", "quoted Ali
// Khan, the governor, as saying": a role and a name apposed between the
// verb and "as saying" (comma is the comma before "as"). The name speaks.
func (d *doc) quotedAsApposed(comma, sent int32) spk {
	inner := int32(-1)
	for k := comma - 1; k > comma-16 && d.wordOK(k, sent); k-- {
		switch {
		case d.isPunct(k, ','):
			if inner >= 0 {
				return noSpk()
			}
			inner = k
		case d.toks[k].kind != kWord:
			return noSpk()
		case d.quoteVerb(k):
			if inner < 0 || inner == k+1 {
				return noSpk()
			}
			if s := d.npEndingAt(comma-1, sent); s.ok() && s.ment >= 0 {
				return s // the role first, the name after it
			}
			if s := d.npEndingAt(inner-1, sent); s.ok() {
				return s
			}
			return noSpk()
		case d.toks[k].flags&wCue != 0:
			return noSpk()
		}
	}
	return noSpk()
}

// quotedPlainNP: "quotes a 60-year-old local man as saying": any plain noun
// phrase ending at e between the verb and "as saying" is the one quoted,
// whatever its head noun.
func (d *doc) quotedPlainNP(e, sent int32) spk {
	for k := e; k > e-7 && d.wordOK(k, sent); k-- {
		t := &d.toks[k]
		if d.quoteVerb(k) {
			if k == e || d.toks[k+1].flags&wDet == 0 && d.toks[k+1].cap {
				return noSpk()
			}
			return spk{first: k + 1, last: e, ment: -1, ent: -1, plural: d.toks[e].flags&wPlural != 0}
		}
		if t.kind != kWord || t.flags&(wCue|wPrep|wRelative) != 0 || d.mentAt[k] >= 0 && !t.poss {
			return noSpk()
		}
	}
	return noSpk()
}

// quoteVerb: "quotes", "quoted", "quoting", "cites", "cited"; "quote"
// after a plural subject ("state media quote officials"), not "a quote".
func (d *doc) quoteVerb(k int32) bool {
	return d.lowerIs(k, "quotes") || d.lowerIs(k, "quoted") || d.lowerIs(k, "quoting") || d.lowerIs(k, "cites") ||
		d.lowerIs(k, "cited") || d.lowerIs(k, "quote") && k > 0 && d.toks[k-1].flags&wDet == 0
}

// passiveQuotedAs: "Salehi was quoted as saying that …", "… was quoted by
// Reuters as saying": at the "saying", the subject before "was quoted"
// speaks, as with "said".
func (d *doc) passiveQuotedAs(c int32) spk {
	if c < 4 || !d.lowerIs(c, "saying") || !d.lowerIs(c-1, "as") {
		return noSpk()
	}
	q := c - 2
	// "Hanegbi was quoted by Reuters as saying": the agent only reports.
	if m := d.mentAt[q]; m >= 0 && d.ments[m].first > 2 {
		b := d.ments[m].first - 1
		if d.lowerIs(b, "the") {
			b--
		}
		if d.lowerIs(b, "by") {
			q = b - 1
		}
	}
	if q < 2 || !d.lowerIs(q, "quoted") || d.toks[q-1].kind != kWord || d.toks[q-1].flags&wPassive == 0 {
		return noSpk()
	}
	return d.npEndingAt(q-2, d.toks[c].sent)
}
