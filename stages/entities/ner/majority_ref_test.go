package ner

import (
	"math/bits"
	"math/rand"
	"slices"
	"testing"
)

// majorityTypesRef is majorityTypes as it was before a group of one
// mention skipped the vote count (TestMajorityTypesMatchesRef holds it
// to it).
func majorityTypesRef(sc *scratch) {
	ms := sc.ments
	if len(ms) < 2 {
		return
	}
	size := 1 << bits.Len(uint(2*len(ms)))
	sc.slots = grow(sc.slots, size)
	clear(sc.slots)
	sc.groupOf = grow(sc.groupOf, len(ms))
	sc.groups = sc.groups[:0]
	mask := uint64(size - 1)
	for i, m := range ms {
		h := uint64(m.b - m.a)
		for k := m.a; k < m.b; k++ {
			h = mix(h, sc.info[k].low)
		}
		for j := h & mask; ; j = (j + 1) & mask {
			s := &sc.slots[j]
			if s.group == 0 {
				*s = groupSlot{h, int32(len(sc.groups)) + 1}
				sc.groups = append(sc.groups, mentionGroup{first: m.typ})
			}
			if s.hash == h {
				sc.groupOf[i] = s.group - 1
				sc.groups[s.group-1].votes[m.typ]++
				break
			}
		}
	}
	for g := range sc.groups {
		gr := &sc.groups[g]
		for t, v := range gr.votes {
			if v > gr.votes[gr.first] {
				gr.first = t
			}
		}
	}
	for i := range ms {
		ms[i].typ = sc.groups[sc.groupOf[i]].first
	}
}

// TestMajorityTypes: a name typed differently takes its majority type,
// the first mention's on a tie; a name seen once keeps its own.
func TestMajorityTypes(t *testing.T) {
	text := "Jordan met Lee . Jordan left Jordan for Lee Park ."
	sc := new(scratch)
	sc.sentences(text, nil, fallbackLexicon.classes)
	fillInfo(sc, text, &fallbackLexicon)
	// Jordan 0 PER, Lee 2 LOC, Jordan 4 LOC, Jordan 6 LOC, Lee 8 ORG,
	// Lee Park 8-10 LOC (a name of its own)
	sc.ments = []span{{0, 1, 0}, {2, 3, 1}, {4, 5, 1}, {6, 7, 1}, {8, 9, 2}, {8, 10, 3}}
	majorityTypes(sc)
	var got []int
	for _, m := range sc.ments {
		got = append(got, m.typ)
	}
	if want := []int{1, 1, 1, 1, 1, 3}; !slices.Equal(got, want) {
		t.Errorf("types %v, want %v", got, want)
	}
}

// TestMajorityTypesMatchesRef: majorityTypes types random mentions over
// a few repeated words as majorityTypesRef does.
func TestMajorityTypesMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	multi := 0
	for round := range 2000 {
		sc := new(scratch)
		n := 1 + rng.Intn(40)
		sc.info = make([]wordInfo, n)
		for i := range sc.info {
			sc.info[i].low = uint64(rng.Intn(1 + round%6))
		}
		for range rng.Intn(30) {
			a := rng.Intn(n)
			b := min(n, a+1+rng.Intn(3))
			sc.ments = append(sc.ments, span{a, b, rng.Intn(4)})
		}
		ref := slices.Clone(sc.ments)
		rs := &scratch{info: sc.info, ments: ref}
		majorityTypesRef(rs)
		majorityTypes(sc)
		if !slices.Equal(sc.ments, ref) {
			t.Fatalf("round %d: %v, want %v", round, sc.ments, ref)
		}
		for _, g := range sc.groups {
			if g.more {
				multi++
			}
		}
	}
	if multi == 0 {
		t.Error("no name mentioned twice: the votes were never counted")
	}
}
