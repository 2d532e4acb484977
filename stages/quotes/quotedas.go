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
	for !(d.lowerIs(v, "quotes") || d.lowerIs(v, "quoted") || d.lowerIs(v, "quoting") || d.lowerIs(v, "cites") ||
		d.lowerIs(v, "cited")) {
		v--
	}
	lead := v
	if y, _ := d.leftSpeaker(v); y.ok() {
		lead = d.spkStart(&y)
	}
	return s, lead
}
