package quotes

// otherNation: description sp names a nation ("the Iranian president") and
// the role phrase before mention mm names another ("U.S. President George
// Bush"): not the person described, though the office is the same.
func (d *doc) otherNation(sp *spk, mm *mention) bool {
	want := int32(-1)
	for k := sp.first + 1; k < sp.last; k++ {
		if d.nationWord(k) {
			want = k
			break
		}
	}
	if want < 0 {
		return false
	}
	sent := d.toks[mm.first].sent
	other := false
	for k, n := mm.first-1, 0; k >= 0 && n < 6 && d.toks[k].sent == sent; k, n = k-1, n+1 {
		t := &d.toks[k]
		if t.kind != kWord && !t.poss {
			break
		}
		if d.nationWord(k) {
			if d.sameWord(k, want) {
				return false
			}
			other = true
		}
	}
	return other
}

// nationWord: a capitalised adjective of a nation ("Iranian", "U.S.").
func (d *doc) nationWord(k int32) bool {
	t := &d.toks[k]
	return t.kind == kWord && t.cap && (t.flags&wNationality != 0 || d.in(k, lDemonym)) && !d.lowerIs(k, "former")
}

// sameWord: tokens a and b are one word, case aside.
func (d *doc) sameWord(a, b int32) bool {
	x, y := d.r[d.toks[a].s:d.toks[a].e], d.r[d.toks[b].s:d.toks[b].e]
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if lowerRune(x[i]) != lowerRune(y[i]) {
			return false
		}
	}
	return true
}
