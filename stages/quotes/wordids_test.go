package quotes

import "testing"

// Two tokens get one number exactly when their lower-cased texts are equal,
// beyond ASCII too, and numbers run from 0 without gaps.
func TestWordIDs(t *testing.T) {
	text := "Zoë ZOË zoë Zoe PUTIN Putin putin Putin’s O’Neil o’neil İstanbul Ünal ünal Peskov Dmitry Peskov " +
		"\u212Aate kate KATE Internationalisation-Committee INTERNATIONALISATION-COMMITTEE Ülkeninbaşkentiankaradır ÜLKENINBAŞKENTIANKARADIR"
	d := doc{src: text}
	d.decode(text)
	d.toks, _, _ = tokenize(d.r, text, d.boff, nil, nil, nil, 0)
	d.wids.reset(3) // smaller than needed: the table must grow
	d.wids.reset(len(d.toks))
	ids := make([]int32, len(d.toks))
	seen := map[int32]bool{}
	for k := range d.toks {
		ids[k] = d.wordID(int32(k))
		seen[ids[k]] = true
	}
	for id := range d.wids.n {
		if !seen[id] {
			t.Errorf("number %d unused of %d", id, d.wids.n)
		}
	}
	for a := range d.toks {
		for b := range d.toks {
			// One at a time: wordKey's buffer is reused.
			ka := string(d.wordKey(int32(a)))
			kb := string(d.wordKey(int32(b)))
			if (ids[a] == ids[b]) != (ka == kb) {
				t.Errorf("%q #%d and %q #%d: numbers %d, %d", ka, a, kb, b, ids[a], ids[b])
			}
		}
	}
}
