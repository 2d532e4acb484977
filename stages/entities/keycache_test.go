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
	for k := range c.m {
		if k != "moscow" && k != "kyiv" {
			t.Errorf("cache holds %q", k)
		}
	}
}
