package ner

import "slices"

// hashSet is a short list of word hashes (lowerHash) asked of nearly every
// token: a 256-bit mask of the hashes' top eight bits turns most words
// away before the list is searched (a 64-bit one let a fifth of the words
// through to the search for a list of a dozen).
type hashSet struct {
	mask [4]uint64
	hs   []uint64
}

func newHashSet(words ...string) hashSet {
	var s hashSet
	for _, w := range words {
		h := lowerHash(w)
		s.mask[h>>62] |= 1 << (h >> 56 & 63)
		s.hs = append(s.hs, h)
	}
	return s
}

func (s *hashSet) has(h uint64) bool {
	return s.mask[h>>62]&(1<<(h>>56&63)) != 0 && slices.Contains(s.hs, h)
}
