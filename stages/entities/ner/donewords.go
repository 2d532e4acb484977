package ner

// doneWords finds, for a token completeRange is about to complete, an
// earlier token of the same text that it completed already and that
// holds the same bytes under the same caps mark: half the tokens
// completed in news are such repeats (a name, "the", a comma), and the
// completed fields are a function of the bytes, the caps mark and the
// lexicon alone, so they are copied instead of worked out again. Only
// ASCII words are kept (those basicInfo left without full).
type doneWords struct {
	slots []int32 // token index + 1 of a completed word; 0: empty
	mask  uint32
	shift uint8 // a word's slot: the top bits of its low hash, multiplied
}

// reset empties the table for a text of n tokens: larger than n, so
// that a probe ends even if every token is completed (about half of the
// tokens are, and half of those repeat a word).
func (d *doneWords) reset(n int) {
	size, bits := 64, uint8(6)
	for size <= n {
		size <<= 1
		bits++
	}
	if cap(d.slots) < size {
		d.slots = make([]int32, size)
	} else {
		d.slots = d.slots[:size]
		clear(d.slots)
	}
	d.mask, d.shift = uint32(size-1), 64-bits
}

// find returns the completed token that holds the bytes w under the caps
// mark caps (low is w's hash), or -1 and the slot where w is to be added.
func (d *doneWords) find(info []wordInfo, toks []token, text string, w string, low uint64, caps bool) (rep int, slot uint32) {
	for s := uint32(low * 0x9E3779B97F4A7C15 >> (d.shift & 63)); ; s = (s + 1) & d.mask {
		r := int(d.slots[s]) - 1
		if r < 0 {
			return -1, s
		}
		if rw := &info[r]; rw.low == low && rw.caps == caps && text[toks[r].b:toks[r].e] == w {
			return r, s
		}
	}
}
