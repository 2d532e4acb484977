package quotes

// pressNouns name a news outlet already introduced ("The newspaper says").
var pressNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "weekly": true,
	"magazine": true, "journal": true, "broadcaster": true}

// lastReporter: "South Korea's JoongAng Ilbo reports … The newspaper says":
// a name of two words reads as a person's, yet one that "reports" with no
// title nor "he" or "she" for it is the outlet. The last such speaker in
// the two sentences before token at, or -1.
func (d *doc) lastReporter(at int32) int32 {
	return d.lastSpeakerWhere(at, func(ev *event, en *entity) bool {
		return en.gender == 0 && !en.titled && en.typ != tPlace && d.reportVerb(ev.cue0)
	})
}

func hasEnt(es []int32, e int32) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// reportVerb: "reports", "reported", "reporting".
func (d *doc) reportVerb(k int32) bool {
	return d.lowerIs(k, "reports") || d.lowerIs(k, "reported") || d.lowerIs(k, "reporting")
}

// outletNouns: words for an outlet that may follow its name.
var outletNouns = map[string]bool{"newspaper": true, "daily": true, "weekly": true, "magazine": true,
	"radio": true, "television": true, "broadcaster": true, "agency": true}

// outletOfPlace: "The state-run New Light of Myanmar newspaper says", "the
// Voice of Freedom radio": an outlet's name joined to a place by "of"
// before the word for the outlet is one name, cut off where the speaker
// phrase stopped at "of" (a role "Myanmar newspaper"). The whole name, or
// "".
func (d *doc) outletOfPlace(sp *spk) string {
	if sp.ment >= 0 || sp.pron != pNone || sp.first < 2 || !outletNouns[string(d.wordKey(sp.last))] {
		return ""
	}
	m := d.mentAt[sp.first]
	if m < 0 || d.ments[m].fullFirst != sp.first || d.ments[m].last+1 != sp.last || !d.lowerIs(sp.first-1, "of") {
		return ""
	}
	p := d.mentAt[sp.first-2]
	if p < 0 || d.ments[p].last != sp.first-2 || d.ments[p].typ == tPlace || d.toks[sp.first-2].sent != d.toks[sp.first].sent {
		return ""
	}
	return d.textT(d.ments[p].first, d.ments[m].last)
}
