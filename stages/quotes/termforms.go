package quotes

// namedAfter: `"the surge," as the buildup was called`, `"Black Friday," as
// it is known`: the clause after the quote says the words are a name, not
// anyone's speech.
func (d *doc) namedAfter(q *qspan) bool {
	if q.close < 0 {
		return false
	}
	k := q.close + 1
	if d.isPunct(k, ',') {
		k++
	}
	if k >= int32(len(d.toks)) || !d.lowerIs(k, "as") {
		return false
	}
	for n := k + 1; n < int32(len(d.toks)) && n <= k+6; n++ {
		t := &d.toks[n]
		if t.kind != kWord || t.quote >= 0 {
			return false
		}
		switch string(d.wordKey(n)) {
		case "called", "known", "dubbed", "named", "termed", "nicknamed":
			return true
		}
	}
	return false
}

// soCalledOpen: "so called" in two words before the quote marks a term, as
// "so-called" does.
func (d *doc) soCalledOpen(q *qspan) bool {
	p := q.open - 1
	return p >= 1 && d.lowerIs(p, "called") && d.lowerIs(p-1, "so")
}
