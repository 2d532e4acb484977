package quotes

// chargedWith: "Tom Reed, a farmer accused of poaching, …", "a nurse
// charged with theft", "a senator criticized for his remarks": a verb of
// saying that takes an object before "of"/"with"/"for" ("accused the
// governor of lying") is a passive participle when that preposition (or
// the agent's "by") comes right after it; it qualifies the noun before it
// and reports nothing. After a relative word its object went before it
// ("the media, which he accused of a campaign"): finite, as the verb is
// right after a subject pronoun.
func (d *doc) chargedWith(c int32) bool {
	n := c + 1
	if n >= int32(len(d.toks)) || d.toks[n].sent != d.toks[c].sent || d.toks[n].kind != kWord ||
		d.toks[n].flags&wPrep == 0 || d.toks[c].e-d.toks[c].s < 7 {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-4 && d.toks[k].sent == d.toks[c].sent && d.toks[k].kind == kWord; k-- {
		if k == c-1 && subjectPronoun(d, k) || d.toks[k].flags&wRelative != 0 || d.lowerIs(k, "that") || d.lowerIs(k, "whom") {
			return false
		}
	}
	switch {
	case d.lowerIs(c, "accused"):
		return d.lowerIs(n, "of") || d.lowerIs(n, "by")
	case d.lowerIs(c, "charged"):
		return d.lowerIs(n, "with") || d.lowerIs(n, "by")
	case d.lowerIs(c, "criticized") || d.lowerIs(c, "criticised"):
		return d.lowerIs(n, "for") || d.lowerIs(n, "by")
	}
	return false
}
