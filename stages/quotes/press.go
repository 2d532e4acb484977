package quotes

// pressNouns name a news outlet already introduced ("The newspaper says").
var pressNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "weekly": true,
	"magazine": true, "journal": true, "broadcaster": true}

// lastReporter: "South Korea's JoongAng Ilbo reports … The newspaper says":
// a name of two words reads as a person's, yet one that "reports" with no
// title nor "he" or "she" for it is the outlet. The last such speaker among
// the few in the two sentences before token at, or -1; one that a later "he" or "she" spoke for
// is a person.
func (d *doc) lastReporter(at int32) int32 {
	var persons [6]int32
	np := 0
	for k, n := d.firstEventFrom(at)-1, 0; k >= 0 && n < len(persons); k, n = k-1, n+1 {
		ev := &d.events[k]
		e := ev.sp.ent
		if ev.sent+2 < d.toks[at].sent {
			break // "the newspaper" names one just reported
		}
		if e < 0 {
			continue
		}
		if ev.sp.pron == pHe || ev.sp.pron == pShe {
			persons[np] = e
			np++
			continue
		}
		if en := &d.ents[e]; en.gender == 0 && !en.titled && en.typ != tPlace && d.reportVerb(ev.cue0) &&
			!hasEnt(persons[:np], e) {
			return e
		}
	}
	return -1
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
