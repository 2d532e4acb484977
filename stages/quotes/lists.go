package quotes

// joined: spans a and b (a before b) follow each other with only commas
// and one "and" or "or" between, or "to" after "from"; or is whether that
// word offers alternatives ("or", "from … to").
func (d *doc) joined(a, b *qspan) (ok, or bool) {
	if a.close < 0 || b.open <= a.close || b.open-a.close > 4 || a.para != b.para {
		return false, false
	}
	for k := a.close + 1; k < b.open; k++ {
		switch {
		case d.isPunct(k, ','):
		case d.lowerIs(k, "and"):
		case d.lowerIs(k, "or"):
			or = true
		case d.lowerIs(k, "to") && a.open > 0 && d.lowerIs(a.open-1, "from"):
			or = true // a range, `from "low" to "elevated"`
		default:
			return false, false
		}
	}
	return true, or
}

// listedName: a quote in a list of names in title case, `such songs as
// "Please, Please, Please," "It's a Man's World," and "Papa's Got a Brand
// New Bag."`, or one of two short terms offered as alternatives (`"low
// tar" or "light" cigarettes`, `from "low" to "elevated"`): labels,
// nobody's words.
func (d *doc) listedName(i int) bool {
	q := &d.spans[i]
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(d.spans) {
			continue
		}
		o := &d.spans[j]
		a, b := q, o
		if j < i {
			a, b = o, q
		}
		ok, or := d.joined(a, b)
		if !ok {
			continue
		}
		if d.titleCase(q) && d.titleCase(o) || or && d.words(q) <= 2 && d.words(o) <= 2 {
			return true
		}
	}
	return false
}

// labelInClause: a word or two in marks before a noun ("to advertise
// "light" brand cigarettes") inside a purpose or relative clause past the
// verb of saying: the label of the thing that clause's actor sells or
// does, a scare quote, not the words of the one who speaks.
func (d *doc) labelInClause(q *qspan, ev *event) bool {
	if q.close < 0 || d.words(q) > 2 || ev.cue1 >= q.open || q.close+1 >= int32(len(d.toks)) {
		return false
	}
	if n := &d.toks[q.close+1]; n.kind != kWord || n.cap || n.flags&(wFunc|wPrep) != 0 {
		return false // no noun after it
	}
	for k := ev.cue1 + 2; k < q.open-1; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		if t.flags&wRelative != 0 {
			return true
		}
		if d.lowerIs(k, "to") {
			if n := &d.toks[k+1]; n.kind == kWord && !n.cap && n.flags&(wFunc|wDet) == 0 {
				return true
			}
		}
	}
	return false
}

// planName: a quote of three words or fewer right before a noun for a plan,
// a policy or a deal ("the U.S.-backed "road map" peace plan", "his "Clear
// Skies" initiative") names it; nobody says it.
func (d *doc) planName(q *qspan) bool {
	if q.close < 0 || q.close+1 >= int32(len(d.toks)) {
		return false
	}
	k := q.close + 1
	if n := &d.toks[k]; n.kind != kWord || n.cap || n.e-n.s < 3 || d.words(q) > 3 {
		return false
	}
	if d.toks[k].flags&(wFunc|wPrep|wCue) == 0 && k+1 < int32(len(d.toks)) && d.toks[k+1].kind == kWord && planNouns[string(d.wordKey(k+1))] {
		k++ // "peace plan"
	}
	return planNouns[string(d.wordKey(k))]
}

var planNouns = map[string]bool{"plan": true, "plans": true, "initiative": true, "program": true, "programme": true,
	"policy": true, "law": true, "bill": true, "campaign": true, "project": true, "strategy": true, "deal": true,
	"accord": true, "agreement": true, "operation": true, "exercise": true, "exercises": true, "doctrine": true,
	"proposal": true, "scheme": true, "reforms": true, "package": true, "treaty": true}
