package entities

// wordIndex finds the clusters whose fullest name starts or ends with a
// word, so that a mention is compared with the few clusters it can be a
// short form of instead of every earlier one (coreference was quadratic
// in the article's names).
type wordIndex struct {
	head strTable // word -> 1 + index in ent of its newest entry
	ent  []wordEntry
}

type wordEntry struct{ ci, next int32 }

func (x *wordIndex) reset() {
	x.head.reset()
	x.ent = x.ent[:0]
}

// first is 1 + the index in ent of the newest entry of w, 0 for none;
// wh = strHash(w).
func (x *wordIndex) first(w string, wh uint64) int32 {
	h, _ := x.head.getH(w, wh)
	return h
}

func (x *wordIndex) add(w string, wh uint64, ci int) {
	h := x.first(w, wh)
	if h > 0 && x.ent[h-1].ci == int32(ci) {
		return
	}
	x.ent = append(x.ent, wordEntry{int32(ci), h})
	x.head.setH(w, wh, int32(len(x.ent)))
}

// indexCluster files cluster ci under the first and last words of its
// fullest name; called whenever the cluster gains a new fullest name, so
// its current fullest name is always filed (stale entries are
// re-checked).
func (d *doc) indexCluster(ci int) {
	f := d.fullest(ci)
	d.idx.add(f.core[0], f.firstH, ci)
	if len(f.core) > 1 { // a one-word name is filed once
		d.idx.add(f.core[len(f.core)-1], f.lastH, ci)
	}
}

// acronymShaped is the part of isAcronymOf that depends on m alone.
func acronymShaped(m *mention) bool {
	if len(m.toks) != 1 || len(m.toks[0]) < 2 || len(m.toks[0]) > 12 {
		return false
	}
	for i := 0; i < len(m.toks[0]); i++ {
		if c := m.toks[0][i]; !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// ownerIndex lists, for each description word, the clusters whose first
// choice's description has it (see cohere). The words are hashes already,
// so their heads sit in an open-addressed table of their own: a Go map
// spent most of coherence's time hashing them again.
type ownerIndex struct {
	slots []ownerSlot // a power of two, at most half full
	n     int
	ent   []wordEntry
}

type ownerSlot struct {
	h    uint64
	head int32 // 1 + index in ent of h's newest entry; 0: empty slot
}

func (x *ownerIndex) reset() {
	if x.n > 0 {
		clear(x.slots)
		x.n = 0
	}
	x.ent = x.ent[:0]
}

// slot returns h's slot, or the empty slot where it would go.
func (x *ownerIndex) slot(h uint64) *ownerSlot {
	mask := uint64(len(x.slots) - 1)
	for i := (h ^ h>>29) & mask; ; i = (i + 1) & mask {
		if s := &x.slots[i]; s.head == 0 || s.h == h {
			return s
		}
	}
}

// first is 1 + the index in ent of h's newest entry, 0 for none.
func (x *ownerIndex) first(h uint64) int32 {
	if x.n == 0 {
		return 0
	}
	return x.slot(h).head
}

func (x *ownerIndex) add(h uint64, ci int) {
	if (x.n+1)*2 > len(x.slots) {
		x.grow()
	}
	s := x.slot(h)
	if s.head == 0 {
		s.h = h
		x.n++
	}
	x.ent = append(x.ent, wordEntry{int32(ci), s.head})
	s.head = int32(len(x.ent))
}

func (x *ownerIndex) grow() {
	old := x.slots
	x.slots = make([]ownerSlot, max(256, 2*len(old)))
	for _, o := range old {
		if o.head != 0 {
			*x.slot(o.h) = o
		}
	}
}
