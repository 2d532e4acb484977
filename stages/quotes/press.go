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
