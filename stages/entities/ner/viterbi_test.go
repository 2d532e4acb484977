package ner

import (
	"math/rand"
	"testing"
)

// TestViterbiBest: on random scores the decoded tags of short segments
// are the best-scoring BIO sequence found by trying them all.
func TestViterbiBest(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	trans := &tg.model.trans
	r := rand.New(rand.NewSource(3))
	for range 300 {
		n := 1 + r.Intn(3)
		score := make([]float32, n*nTags)
		for i := range score {
			score[i] = float32(r.NormFloat64() * 4)
		}
		got := make([]uint8, n)
		viterbi(got, score, make([]uint8, n*nTags), trans)
		want, best := []uint8(nil), float32(-1e30)
		seq := make([]uint8, n)
		var try func(t int)
		try = func(t int) {
			if t == n {
				prev, s := uint8(0), float32(0)
				for i, k := range seq {
					if !allowed(prev, k) {
						return
					}
					s += trans[prev][k] + score[i*nTags+int(k)]
					prev = k
				}
				if s > best {
					best, want = s, append(want[:0], seq...)
				}
				return
			}
			for k := range uint8(nTags) {
				seq[t] = k
				try(t + 1)
			}
		}
		try(0)
		if string(got) != string(want) {
			t.Fatalf("scores %v: tags %v, want %v", score, got, want)
		}
	}
}
