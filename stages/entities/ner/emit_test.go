package ner

import (
	"math"
	"math/rand"
	"testing"
)

// TestEmitLanes: the packed sums give every tag's score over O's, as the
// int16 weights do, within the 8-bit rounding of each feature's row; also
// when every feature hits the row of the largest weights (no lane carries
// into the next).
func TestEmitLanes(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	m := &Model{bits: 8, scale: 0.01}
	rows := 1 << m.bits
	m.w = make([]int16, rows*nTags)
	for i := range m.w {
		m.w[i] = int16(r.NormFloat64() * 3000)
	}
	// row 0 holds the extremes of every difference from O
	for k := range nTags {
		m.w[k] = 30000
		if k%2 == 1 {
			m.w[k] = -30000
		}
	}
	m.w[0] = 0
	m.pack()
	const tokens = 50
	feats := make([]uint64, tokens*nFeat)
	for i := range feats {
		if i >= nFeat { // token 0: all features in row 0
			feats[i] = r.Uint64()
		}
	}
	score := make([]float32, tokens*nTags)
	m.emit(score, feats)
	shift := 64 - m.bits
	for tk := range tokens {
		var exact [nTags]float64
		for _, f := range feats[tk*nFeat : (tk+1)*nFeat] {
			row := m.w[int(f>>shift)*nTags:]
			for k := range nTags {
				exact[k] += float64(row[k]) * float64(m.scale)
			}
		}
		s := score[tk*nTags : (tk+1)*nTags]
		for k := 1; k < nTags; k++ {
			got, want := float64(s[k]-s[0]), exact[k]-exact[0]
			if tol := nFeat * 0.5 * float64(m.laneScale[k]) * 1.001; math.Abs(got-want) > tol {
				t.Fatalf("token %d tag %d: score over O %.3f, want %.3f ± %.3f", tk, k, got, want, tol)
			}
		}
	}
}

// mixTop keeps the top bits of mix that a model's row is read from, for
// every size a model may have.
func TestMixTopKeepsRowBits(t *testing.T) {
	h, v := uint64(fnvOff), uint64(1)
	for range 100000 {
		h, v = mix(h, v), h^v<<7
		if got, want := mixTop(h, v)>>(64-maxModelBits), mix(h, v)>>(64-maxModelBits); got != want {
			t.Fatalf("mixTop(%#x, %#x) row %#x, mix's %#x", h, v, got, want)
		}
	}
	if maxModelBits > 29 {
		t.Fatalf("maxModelBits %d: mixTop keeps 29 bits of mix", maxModelBits)
	}
}
