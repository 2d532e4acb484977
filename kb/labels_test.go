package kb

import (
	"fmt"
	"testing"
)

// MayBeLabel never says no to a label of any layer, says no to an
// alias or an id that is no label, and lets few made-up keys through.
func TestMayBeLabel(t *testing.T) {
	var lower, upper []Entity
	for i := range 20000 {
		e := Entity{ID: fmt.Sprintf("Q%d", i+1), Label: fmt.Sprintf("Harbour %d", i), Aliases: []string{fmt.Sprintf("Port %d", i)}, Type: LOC}
		if i%2 == 0 {
			lower = append(lower, e)
		} else {
			upper = append(upper, e)
		}
	}
	k := New(table(t, lower), table(t, upper))
	for i := range 20000 {
		if key := fmt.Sprintf("harbour %d", i); !k.MayBeLabel(key) {
			t.Fatalf("MayBeLabel(%q) = false for a label", key)
		}
	}
	passed := 0
	for i := range 20000 {
		if k.MayBeLabel(fmt.Sprintf("port %d", i)) {
			passed++
		}
		if k.MayBeLabel(fmt.Sprintf("harbuor %d", i)) {
			passed++
		}
	}
	if passed > 400 {
		t.Errorf("%d of 40000 keys that are no label pass, want under 1%%", passed)
	}
	if New().MayBeLabel("harbour 1") || New(table(t, nil)).MayBeLabel("") {
		t.Error("an empty KB has a label")
	}
}
