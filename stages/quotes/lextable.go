package quotes

// lexTable is an open-addressing hash table over the lexicon, looked up with
// the hash computed while a word is lower-cased: cheaper than a Go map on
// the hot path, which looks up every word of every article.
type lexTable struct {
	slots []lexSlot // 4 bytes each: the probe stays in cache
	ents  []lexEntry
	mask  uint64
}

// lexSlot holds 16 bits of the hash and 1 + the entry's index (0: empty), so
// a word not in the lexicon usually ends its probe without a key compare.
type lexSlot struct{ tag, idx uint16 }

type lexEntry struct {
	key   string
	flags uint32
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashAdd(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = hashAdd(h, c)
	}
	return h
}

func newLexTable(m map[string]uint32) *lexTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint64(size - 1)}
	for k, v := range m {
		h := hashBytes([]byte(k))
		i := h & t.mask
		for t.slots[i].idx != 0 {
			i = (i + 1) & t.mask
		}
		t.ents = append(t.ents, lexEntry{key: k, flags: v})
		if len(t.ents) > 0xffff {
			panic("quotes: lexicon too large for 16-bit slots")
		}
		t.slots[i] = lexSlot{tag: uint16(h >> 48), idx: uint16(len(t.ents))}
	}
	return t
}

// get returns the flags of the lower-cased word b whose hash is h.
func (t *lexTable) get(b []byte, h uint64) uint32 {
	tag := uint16(h >> 48)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.idx == 0 {
			return 0
		}
		if s.tag == tag {
			if e := &t.ents[s.idx-1]; e.key == string(b) {
				return e.flags
			}
		}
	}
}

var lexFast *lexTable

func init() { lexFast = newLexTable(lexicon) }
