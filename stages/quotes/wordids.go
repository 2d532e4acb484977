package quotes

// wordIDs numbers the distinct lower-cased words of the tokens it is asked
// about, per article: linkEntities joins names by their first and last
// words through these numbers, with no key strings built and hashed into
// maps.
type wordIDs struct {
	slots []wordSlot // open addressing, a power of two, at most half full
	shift uint       // the index is the hash's top bits
	n     int32
}

type wordSlot struct {
	h, w0, w1 uint64 // w0, w1: the word packed, when packed
	tok       int32  // 1 + a token holding the word; 0: empty
	id        int32
	n         int32 // bytes packed, 0 when not
}

// reset makes room for up to words distinct words.
func (w *wordIDs) reset(words int) {
	size, shift := 8, uint(61)
	for size < 2*words {
		size, shift = size*2, shift-1
	}
	w.slots = grow(w.slots, size)
	w.shift, w.n = shift, 0
}

// wordID is the number of word k: equal for two tokens exactly when their
// lower-cased texts (wordKey) are equal.
func (d *doc) wordID(k int32) int32 {
	w := &d.wids
	h, w0, w1, n := d.wordHash(k)
	mask := uint64(len(w.slots) - 1)
	for i := h >> w.shift; ; i = (i + 1) & mask {
		s := &w.slots[i]
		if s.tok == 0 {
			*s = wordSlot{h: h, w0: w0, w1: w1, tok: k + 1, id: w.n, n: n}
			w.n++
			return s.id
		}
		if s.h != h {
			continue
		}
		// Two packed words compare as words; any other pair rune by rune.
		if n > 0 && s.n > 0 {
			if s.n == n && s.w0 == w0 && s.w1 == w1 {
				return s.id
			}
		} else if d.sameWords(k, k, s.tok-1, s.tok-1) {
			return s.id
		}
	}
}

// wordHash hashes the lower-cased bytes of token k (its wordKey): a word of
// up to 16 ASCII bytes is packed straight from the text, as the lexicon's
// keys are, and returned packed with its length; any other goes through
// wordKey and hashes the same.
func (d *doc) wordHash(k int32) (h, w0, w1 uint64, n int32) {
	t := &d.toks[k]
	b0, b1 := int(d.boff[t.s]), int(d.boff[t.e])
	if n := b1 - b0; n == int(t.e-t.s) && n <= 16 {
		w0, w1 := packLowerASCII(d.src, b0, n)
		return lexHash(w0, w1), w0, w1, int32(n)
	}
	key := d.wordKey(k)
	if len(key) <= 16 {
		return lexHash(packBytes(key)), 0, 0, 0
	}
	h = 0xcbf29ce484222325
	for _, c := range key {
		h = (h ^ uint64(c)) * 0x100000001b3
	}
	return (h ^ h>>32) * 0x9e3779b97f4a7c15, 0, 0, 0
}

// fill returns s with length n, every element v, reusing its array. The
// filled part is copied onto the rest, doubling: a few memmoves, not a
// store per element after a clear.
func fill(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	if n == 0 {
		return s
	}
	s[0] = v
	for j := 1; j < n; j *= 2 {
		copy(s[j:], s[:j])
	}
	return s
}
