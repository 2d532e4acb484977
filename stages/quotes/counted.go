package quotes

// countedModifier: "the two member states", "three party reports": a
// singular role noun after a number above one cannot be the subject; it
// modifies the noun after it, so the word read as a verb ("states",
// "reports") is that plural noun.
func (d *doc) countedModifier(sp spk) bool {
	if !sp.ok() || sp.ment >= 0 || sp.pron != pNone || sp.last == 0 {
		return false
	}
	t := &d.toks[sp.last]
	// "23 percent said": a share, whose verb follows it.
	// "Both sides say", "Several automakers say": a plural in no list of
	// words is plural by its shape, the subject itself.
	if t.kind != kWord || t.cap || t.flags&wPlural != 0 || d.pluralShape(sp.last) && !d.lowerIs(sp.last, "news") ||
		d.lowerIs(sp.last, "percent") || d.lowerIs(sp.last, "cent") {
		return false
	}
	p := sp.last - 1
	switch string(d.wordKey(p)) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "both", "several", "many":
		return true
	}
	// A figure other than 1: "27 member states"; after a month it is a
	// date ("the March 7 violence").
	if p > 0 && monthWords[string(d.wordKey(p-1))] {
		return false
	}
	n := &d.toks[p]
	if n.e-n.s > 6 || n.e-n.s == 1 && d.r[n.s] == '1' {
		return false
	}
	for _, c := range d.r[n.s:n.e] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return n.e > n.s
}

var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}
