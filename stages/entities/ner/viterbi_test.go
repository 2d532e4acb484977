package ner

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
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

// viterbi decodes the second token with the O and B-X predecessors only;
// its tags and back-pointers must be those of the full loop
// (viterbiRef, the loop as it was), ties included: scores on a coarse
// grid make ties common.
func TestViterbiMatchesRef(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	trans := &tg.model.trans
	r := rand.New(rand.NewSource(5))
	for it := range 2000 {
		n := 1 + r.Intn(5)
		score := make([]float32, n*nTags)
		for i := range score {
			if it%2 == 0 {
				score[i] = float32(r.NormFloat64() * 4)
			} else {
				score[i] = float32(r.Intn(3)) // ties
			}
		}
		got, want := make([]uint8, n), make([]uint8, n)
		gb, wb := make([]uint8, n*nTags), make([]uint8, n*nTags)
		viterbi(got, score, gb, trans)
		viterbiRef(want, score, wb, trans)
		if string(got) != string(want) {
			t.Fatalf("scores %v: tags %v, the full loop's %v", score, got, want)
		}
	}
}

// viterbiRef is viterbi as it was before the second token was decoded
// apart: the reference TestViterbiMatchesRef holds it to.
func viterbiRef(tags []uint8, score []float32, back []uint8, trans *[nTags][nTags]float32) {
	n := len(tags)
	const neg = -1e30
	s0 := (*[nTags]float32)(score[:nTags])
	t0 := &trans[0]
	cur := [nTags]float32{s0[0] + t0[0], s0[1] + t0[1], s0[2] + t0[2], s0[3] + t0[3], s0[4] + t0[4], neg, neg, neg, neg}
	for t := 1; t < n; t++ {
		sc := (*[nTags]float32)(score[t*nTags : (t+1)*nTags])
		bk := (*[nTags]uint8)(back[t*nTags : (t+1)*nTags])
		var nxt [nTags]float32
		// O and B-X may follow any tag
		for k := range 5 {
			best, arg := cur[0]+trans[0][k], uint8(0)
			if v := cur[1] + trans[1][k]; v > best {
				best, arg = v, 1
			}
			if v := cur[2] + trans[2][k]; v > best {
				best, arg = v, 2
			}
			if v := cur[3] + trans[3][k]; v > best {
				best, arg = v, 3
			}
			if v := cur[4] + trans[4][k]; v > best {
				best, arg = v, 4
			}
			if v := cur[5] + trans[5][k]; v > best {
				best, arg = v, 5
			}
			if v := cur[6] + trans[6][k]; v > best {
				best, arg = v, 6
			}
			if v := cur[7] + trans[7][k]; v > best {
				best, arg = v, 7
			}
			if v := cur[8] + trans[8][k]; v > best {
				best, arg = v, 8
			}
			nxt[k] = best + sc[k]
			bk[k] = arg
		}
		// I-X only follows B-X or I-X
		for k := 5; k < nTags; k++ {
			b := k - 4
			v1, v2 := cur[b]+trans[b][k], cur[k]+trans[k][k]
			if v1 >= v2 {
				nxt[k], bk[k] = v1+sc[k], uint8(b)
			} else {
				nxt[k], bk[k] = v2+sc[k], uint8(k)
			}
		}
		cur = nxt
	}
	// the best last tag, unrolled as above (ties to the lowest)
	best, arg := cur[0], uint8(0)
	if cur[1] > best {
		best, arg = cur[1], 1
	}
	if cur[2] > best {
		best, arg = cur[2], 2
	}
	if cur[3] > best {
		best, arg = cur[3], 3
	}
	if cur[4] > best {
		best, arg = cur[4], 4
	}
	if cur[5] > best {
		best, arg = cur[5], 5
	}
	if cur[6] > best {
		best, arg = cur[6], 6
	}
	if cur[7] > best {
		best, arg = cur[7], 7
	}
	if cur[8] > best {
		arg = 8
	}
	for t := n - 1; t >= 0; t-- {
		tags[t] = arg
		arg = back[t*nTags+int(arg)]
	}
}

// TestViterbiGenerated: viterbi_gen.go is what gen_viterbi.go writes, so
// that an edit of either shows.
func TestViterbiGenerated(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "viterbi_gen.go")
	if b, err := exec.Command("go", "run", "gen_viterbi.go", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("go run gen_viterbi.go: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("viterbi_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("viterbi_gen.go is not what gen_viterbi.go writes: run go generate")
	}
}
