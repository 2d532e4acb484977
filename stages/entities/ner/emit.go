package ner

import "math"

// Emission scores are summed four tags at a time, from one 16-byte
// laneRow per feature row built at load (pack):
//
//   - Only differences count: adding a constant to all nine scores of a
//     token leaves Viterbi's choice alone, so tag O's weight is taken from
//     the others and O scores 0. Eight lanes are left, four in each word.
//   - Each difference is requantised to ±laneMax (1364 at 24 features)
//     plus laneBias with a scale per tag, so that the sum of nFeat lanes
//     never carries into the next: a row's words are summed as they are.
//     Against the nine lanes of ±1023 before, typed F1 is unchanged on
//     UNER-PUD, +0.0001 on WikiGold, -0.0001 on GMB dev.
//   - The table is read at random, one row per feature, and is far larger
//     than the L1 cache: 16 bytes a row (2 MiB at 2^17 rows) rather than
//     32 for nine 16-bit lanes and padding, and two adds a feature
//     rather than three.
const (
	laneMax  = (1<<16/nFeat - 1) / 2
	laneBias = laneMax + 1
)

// A laneRow holds tags 1–4 in lo and 5–8 in hi, 16 bits each.
type laneRow struct{ lo, hi uint64 }

// pack builds the lane rows from the int16 weights.
func (m *Model) pack() {
	rows := len(m.w) / nTags
	var maxAbs [nTags]int32
	for r := range rows {
		w := m.w[r*nTags : (r+1)*nTags]
		for k := 1; k < nTags; k++ {
			d := int32(w[k]) - int32(w[0])
			maxAbs[k] = max(maxAbs[k], d, -d, 1)
		}
	}
	var f [nTags]float64
	for k := 1; k < nTags; k++ {
		f[k] = float64(laneMax) / float64(maxAbs[k])
		m.laneScale[k] = m.scale / float32(f[k])
	}
	m.packed = make([]laneRow, rows)
	if m.bits == emitBits {
		m.packed17 = (*[1 << emitBits]laneRow)(m.packed)
	}
	for r := range rows {
		w := m.w[r*nTags : (r+1)*nTags]
		p := &m.packed[r]
		for k := 1; k < nTags; k++ {
			d := float64(int32(w[k]) - int32(w[0]))
			q := uint64(int64(math.Round(d*f[k])) + laneBias)
			if k <= 4 {
				p.lo |= q << (16 * (k - 1))
			} else {
				p.hi |= q << (16 * (k - 5))
			}
		}
	}
}

// emit writes the emission scores of the segment's tokens into score,
// for a model of another size than the shipped one (see scoreToken).
func (m *Model) emit(score []float32, feats []uint64) {
	shift := uint(64 - m.bits)
	k := &m.laneScale
	for t := range len(feats) / nFeat {
		lo, hi := sumRows(m.packed, (*[nFeat]uint64)(feats[t*nFeat:(t+1)*nFeat]), shift)
		laneScores((*[nTags]float32)(score[t*nTags:(t+1)*nTags]), lo, hi, k)
	}
}

// laneScores writes the nine scores of a token from its summed lanes.
func laneScores(s *[nTags]float32, lo, hi uint64, k *[nTags]float32) {
	const bias = nFeat * laneBias
	s[0] = 0
	s[1] = float32(int32(lo&0xffff)-bias) * k[1]
	s[2] = float32(int32(lo>>16&0xffff)-bias) * k[2]
	s[3] = float32(int32(lo>>32&0xffff)-bias) * k[3]
	s[4] = float32(int32(lo>>48)-bias) * k[4]
	s[5] = float32(int32(hi&0xffff)-bias) * k[5]
	s[6] = float32(int32(hi>>16&0xffff)-bias) * k[6]
	s[7] = float32(int32(hi>>32&0xffff)-bias) * k[7]
	s[8] = float32(int32(hi>>48)-bias) * k[8]
}

// sumRows adds up the lane rows of one token's features. It is a function
// of its own so that its few values stay in registers: inside emit's
// loop the compiler spilled the sums, at three times the instructions.
//
//go:noinline
func sumRows(rows []laneRow, fs *[nFeat]uint64, shift uint) (lo, hi uint64) {
	// three rows a step: fewer loop counter updates, which compete with
	// the shift for its register
	for i := range nFeat / 3 {
		g := (*[3]uint64)(fs[3*i : 3*i+3])
		a, b, c := &rows[g[0]>>(shift&63)], &rows[g[1]>>(shift&63)], &rows[g[2]>>(shift&63)]
		lo += a.lo + b.lo + c.lo
		hi += a.hi + b.hi + c.hi
	}
	for _, g := range fs[nFeat/3*3:] {
		a := &rows[g>>(shift&63)]
		lo += a.lo
		hi += a.hi
	}
	return lo, hi
}

// emitBits is the size of the shipped model, 2^17 rows, which the tagger
// scores with scoreToken; emit serves models of other sizes.
const emitBits = 17
