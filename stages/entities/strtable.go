package entities

// strTable maps the short strings of one article (names' keys and words)
// to int32: open addressing over a power-of-two table with an inline
// FNV-1a hash. Coreference asks thousands of such questions per article,
// and a Go map spent about a hundred instructions on each, most of them
// hashing and probing machinery this table does without.
type strTable struct {
	slots []strSlot
	n     int
}

type strSlot struct {
	key string
	h   uint64 // strHash(key); 0: empty
	val int32
}

// strHash hashes eight bytes a step, and the last one to seven bytes in
// one step too (two overlapping loads; the length, mixed in first, tells
// the overlaps apart); never 0.
func strHash(s string) uint64 {
	h := uint64(len(s)) * 0x9E3779B97F4A7C15
	for ; len(s) >= 8; s = s[8:] {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
	}
	var w uint64
	switch n := len(s); {
	case n >= 4:
		t := s[n-4:]
		w = uint64(uint32(s[0])|uint32(s[1])<<8|uint32(s[2])<<16|uint32(s[3])<<24) |
			uint64(uint32(t[0])|uint32(t[1])<<8|uint32(t[2])<<16|uint32(t[3])<<24)<<32
	case n > 0:
		w = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (h ^ w) * 0xBF58476D1CE4E5B9
	return h ^ h>>29 | 1
}

// reset empties t, keeping its array.
func (t *strTable) reset() {
	if t.n > 0 {
		clear(t.slots)
		t.n = 0
	}
}

// get returns the value of key, or 0 and false.
func (t *strTable) get(key string) (int32, bool) { return t.getH(key, strHash(key)) }

// getH is get with h = strHash(key).
func (t *strTable) getH(key string, h uint64) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.h == 0 {
			return 0, false
		}
		if s.h == h && s.key == key {
			return s.val, true
		}
	}
}

// setH sets the value of key, h = strHash(key).
func (t *strTable) setH(key string, h uint64, v int32) {
	if (t.n+1)*2 > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.h == 0 {
			*s = strSlot{key: key, h: h, val: v}
			t.n++
			return
		}
		if s.h == h && s.key == key {
			s.val = v
			return
		}
	}
}

func (t *strTable) grow() {
	old := t.slots
	t.slots = make([]strSlot, max(64, 2*len(old)))
	t.n = 0
	for _, s := range old {
		if s.h != 0 {
			t.setH(s.key, s.h, s.val)
		}
	}
}
