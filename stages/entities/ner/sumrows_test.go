package ner

import (
	"math/rand/v2"
	"testing"
)

// sumRows17 must add the same rows as sumRows at a shift of 64-17.
func TestSumRows17(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([]laneRow, 1<<emitBits)
	for i := range rows {
		rows[i] = laneRow{r.Uint64() >> 8, r.Uint64() >> 8}
	}
	for range 100 {
		var fs [nFeat]uint64
		for i := range fs {
			fs[i] = r.Uint64()
		}
		lo, hi := sumRows(rows, &fs, 64-emitBits)
		lo17, hi17 := sumRows17((*[1 << emitBits]laneRow)(rows), &fs)
		if lo != lo17 || hi != hi17 {
			t.Fatalf("sumRows17 = %x %x, sumRows = %x %x", lo17, hi17, lo, hi)
		}
	}
}
