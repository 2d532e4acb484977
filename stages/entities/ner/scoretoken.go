package ner

// scoreToken is features and sumRows in one, for the shipped model's
// 2^emitBits rows: each feature's hash picks its row as it is made, so
// the nFeat hashes of a token are neither stored nor read back. The
// features are features' own, in its order (TestScoreTokenMatchesFeatures
// holds the two together); training still reads features.
func scoreToken(rows *[1 << emitBits]laneRow, info []wordInfo, from, to, i, sb, se int, gz uint16) (lo, hi uint64) {
	at := func(j int) *wordInfo {
		if j < from || j >= to {
			return &boundaryInfo
		}
		return &info[j]
	}
	w0, m1, p1 := &info[i], at(i-1), at(i+1)
	first := uint64(0)
	if i == from || (i == from+1 && info[from].kind == kindPunct) {
		first = 1
	}
	pos := uint64(i - sb)
	if pos > 3 {
		pos = 3
	}
	rest := uint64(se - 1 - i)
	if rest > 3 {
		rest = 3
	}
	cs, ci := uint64(0), 0
	if w0.caps {
		cs, ci = capsSalt, 1
	}
	ti := 0
	if m1.cls&clsTitle != 0 {
		ti = 1
	}
	kinds := uint64(m1.kind)<<40 | uint64(m1.cls)<<32 | uint64(w0.kind)<<24 | uint64(w0.cls)<<16 | uint64(p1.kind)<<8 | uint64(p1.cls)
	// four rows a step: the sums stay in registers
	const s = 64 - emitBits
	a := &rows[biasFeature>>s]
	b := &rows[mixTop(fW0, w0.low)>>s]
	c := &rows[mixTop(fShape0^cs, w0.shape)>>s]
	d := &rows[mixTop(fPre3, w0.pre3)>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	a = &rows[mixTop(fSuf2, w0.suf2)>>s]
	b = &rows[mixTop(fSuf3, w0.suf3)>>s]
	c = &rows[mixTop(fSuf4, w0.suf4)>>s]
	d = &rows[mixTop(fWm1, m1.low)>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	a = &rows[mixTop(fWp1, p1.low)>>s]
	b = &rows[mixTop(fShm1^cs, m1.shape)>>s]
	c = &rows[mixTop(fShp1^cs, p1.shape)>>s]
	d = &rows[mixTop(firstW0Mix[first&1], w0.low)>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	a = &rows[mixTop(mix(firstShapeMix[ci][first&1], w0.shape), uint64(w0.cls))>>s]
	b = &rows[mixTop(fKinds^cs, kinds)>>s]
	c = &rows[mixTop(mix(mix(fShapes3^cs, m1.shape), w0.shape), p1.shape)>>s]
	d = &rows[mixTop(fSegPos^cs, pos<<8|rest)>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	a = &rows[mixTop(fClsPos^cs, uint64(w0.cls)<<24|uint64(w0.kind)<<16|pos<<8|rest|first<<32)>>s]
	b = &rows[mixTop(wm1TitleMix[ci][ti], uint64(w0.kind)<<8|uint64(w0.cls))>>s]
	c = &rows[mixTop(fGazSpan, uint64(gz))>>s]
	d = &rows[mixTop(fGazWord^cs, uint64(w0.gaz)<<8|uint64(w0.kind))>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	a = &rows[mixTop(fGazContext, uint64(m1.gaz)<<8|uint64(p1.gaz))>>s]
	b = &rows[mixTop(fClus, uint64(w0.clus))>>s]
	c = &rows[mixTop(fClusKind, uint64(w0.clus>>4)<<8|uint64(w0.kind))>>s]
	d = &rows[mixTop(fClusContext, uint64(m1.clus>>4)<<8|uint64(p1.clus>>4))>>s]
	lo += a.lo + b.lo + c.lo + d.lo
	hi += a.hi + b.hi + c.hi + d.hi
	return lo, hi
}

// scoreToken adds exactly 24 rows: these fail to compile when nFeat
// changes, so that it changes with features.
var (
	_ [nFeat - 24]struct{}
	_ [24 - nFeat]struct{}
)
