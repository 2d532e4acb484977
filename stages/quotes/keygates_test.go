package quotes

import "testing"

// Some lookups build no key for a word of a length no listed word has
// (timeWord, speechOwner): a word added to a list must stay in the range.
func TestKeyLengthGates(t *testing.T) {
	for _, c := range []struct {
		name     string
		list     map[string]bool
		min, max int
	}{
		{"timeWords", timeWords, 4, 9},
		{"speechNouns", speechNouns, 5, 10},
	} {
		for w := range c.list {
			if len(w) < c.min || len(w) > c.max {
				t.Errorf("%s: %q is outside the %d-%d letters its lookup is gated on", c.name, w, c.min, c.max)
			}
		}
	}
}
