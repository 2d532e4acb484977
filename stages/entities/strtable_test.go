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
