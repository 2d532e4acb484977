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
// fullest name; called whenever the cluster gains a mention, so its
// current fullest name is always filed (stale entries are re-checked).
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
// choice's description has it (see cohere).
type ownerIndex struct {
	head map[uint64]int32 // word -> 1 + index in ent of its newest entry
	ent  []wordEntry
}

func (x *ownerIndex) reset() {
	clear(x.head)
	x.ent = x.ent[:0]
}

func (x *ownerIndex) add(h uint64, ci int) {
	if x.head == nil {
		x.head = make(map[uint64]int32, 256)
	}
	x.ent = append(x.ent, wordEntry{int32(ci), x.head[h]})
	x.head[h] = int32(len(x.ent))
}
