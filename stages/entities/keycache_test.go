package entities

import "testing"

// keyCache computes once per key.
func TestKeyCache(t *testing.T) {
	var c keyCache[int]
	calls := 0
	count := func(k string) int { calls++; return len(k) }
	if got := c.get("moscow", count); got != 6 || calls != 1 {
		t.Fatalf("first get = %d after %d calls", got, calls)
	}
	if got := c.get("moscow", count); got != 6 || calls != 1 {
		t.Fatalf("second get = %d after %d calls, want a cached 6", got, calls)
	}
	if got := c.get("kyiv", count); got != 4 || calls != 2 {
		t.Fatalf("get(kyiv) = %d after %d calls", got, calls)
	}
	held := 0
	for i := range c.slots {
		if e := c.slots[i].Load(); e != nil {
			held++
			if e.key != "moscow" && e.key != "kyiv" || e.v != len(e.key) {
				t.Errorf("cache holds %q: %d", e.key, e.v)
			}
		}
	}
	if held != 2 {
		t.Errorf("cache holds %d keys, want 2", held)
	}
}
