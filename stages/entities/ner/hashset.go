package ner

import "slices"

// hashSet is a short list of word hashes (lowerHash) asked of nearly every
// token: a 64-bit mask of the hashes' top six bits turns most words away
// before the list is searched.
type hashSet struct {
	mask uint64
	hs   []uint64
}

func newHashSet(words ...string) hashSet {
	var s hashSet
	for _, w := range words {
		h := lowerHash(w)
		s.mask |= 1 << (h >> 58)
		s.hs = append(s.hs, h)
	}
	return s
}

func (s *hashSet) has(h uint64) bool {
	return s.mask&(1<<(h>>58)) != 0 && slices.Contains(s.hs, h)
}
