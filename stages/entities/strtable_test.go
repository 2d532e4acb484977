package entities

import (
	"fmt"
	"testing"
)

// strTable must answer as a Go map does, across growth, overwrites and
// resets, for keys of every length around its eight-byte steps.
func TestStrTable(t *testing.T) {
	var tb strTable
	for round := range 3 {
		want := map[string]int32{}
		for i := range 500 {
			k := fmt.Sprintf("%0*d", i%19, i*(round+1)) // lengths 0..18
			v := int32(i * 7)
			tb.setH(k, strHash(k), v)
			want[k] = v
		}
		for k, v := range want {
			if got, ok := tb.get(k); !ok || got != v {
				t.Fatalf("round %d: get(%q) = %d, %v, want %d", round, k, got, ok, v)
			}
		}
		for _, k := range []string{"x", "missing key", "0000000000000000000000"} {
			if _, ok := want[k]; ok {
				continue
			}
			if got, ok := tb.get(k); ok {
				t.Fatalf("round %d: get(%q) = %d, want none", round, k, got)
			}
		}
		if tb.n != len(want) {
			t.Fatalf("round %d: %d keys, want %d", round, tb.n, len(want))
		}
		tb.reset()
		if _, ok := tb.get("0"); ok {
			t.Fatal("a key survived reset")
		}
	}
}

// ownerIndex lists each hash's clusters newest first, as a map of heads
// did, across growth and resets; hash 0 is a hash like any other.
func TestOwnerIndex(t *testing.T) {
	var x ownerIndex
	for round := range 2 {
		want := map[uint64][]int{}
		for i := range 700 {
			h := uint64(i%300) * 0x9E3779B97F4A7C15 // 0 included
			x.add(h, i)
			want[h] = append([]int{i}, want[h]...)
		}
		for h, cis := range want {
			var got []int
			for e := x.first(h); e > 0; e = x.ent[e-1].next {
				got = append(got, int(x.ent[e-1].ci))
			}
			if fmt.Sprint(got) != fmt.Sprint(cis) {
				t.Fatalf("round %d: hash %x lists %v, want %v", round, h, got, cis)
			}
		}
		if x.first(12345) != 0 {
			t.Fatalf("round %d: an unknown hash has entries", round)
		}
		x.reset()
		if x.first(0) != 0 {
			t.Fatal("an entry survived reset")
		}
	}
}
