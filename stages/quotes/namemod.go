package quotes

// nameModifier: "the Amnesty report", "a Pentagon claim": a singular name
// after an article, then a cue word that is also a noun in its base form,
// is a noun phrase the name modifies, not a report ("the Pentagon
// reports"). Only noun-like cues: a body may take a plural verb ("the
// Yekiti Kurdish Party say").
func (d *doc) nameModifier(sp spk, c int32) bool {
	if !sp.ok() || sp.ment < 0 || sp.last != c-1 {
		return false
	}
	p := d.spkStart(&sp) - 1
	if p < 0 || !(d.lowerIs(p, "the") || d.lowerIs(p, "a") || d.lowerIs(p, "an")) {
		return false
	}
	switch string(d.wordKey(c)) {
	case "report", "claim", "comment", "estimate", "promise", "pledge", "charge", "call", "post", "tweet",
		"note", "remark", "warning", "statement":
		w := d.r[d.toks[sp.last].s:d.toks[sp.last].e]
		return w[len(w)-1] != 's' // "the Smiths claim"
	}
	return false
}
