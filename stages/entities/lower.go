package entities

import (
	"strings"
	"unicode/utf8"
)

// lowerSet is a set of lower-case words looked up case-insensitively.
// Most words looked up next to a name are in no such set, so the length
// range and the first byte turn them away before the map: the look-ups
// by every mention's neighbours were a tenth of the stage outside linking.
type lowerSet struct {
	m      map[string]bool
	hashes *stemSet  // fullHash of each word of m, for short ASCII words
	first  [4]uint64 // bit b for each first byte b of a word of m
	// byLen[n] is first for the words of n bytes (up to maxHashed): an
	// ASCII word whose length and first byte no word has is turned away
	// by a scan for non-ASCII bytes, not by hashing it (a multiplication
	// chained through every byte)
	byLen    [maxHashed + 1][4]uint64
	min, max int // word lengths in bytes
}

// maxHashed is the longest word has looks up by its hash.
const maxHashed = 24

// newLowerSet is the union of the sets.
func newLowerSet(sets ...map[string]bool) *lowerSet {
	s := &lowerSet{m: map[string]bool{}, min: 1 << 30}
	for _, set := range sets {
		for w, ok := range set {
			if !ok || w == "" {
				continue
			}
			s.m[w] = true
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
			if len(w) <= maxHashed {
				s.byLen[len(w)][w[0]>>6] |= 1 << (w[0] & 63)
			}
			s.min, s.max = min(s.min, len(w)), max(s.max, len(w))
		}
	}
	s.hashes = newStemSet(len(s.m))
	for w := range s.m {
		s.hashes.add(fullHash(w))
	}
	return s
}

// has reports m[strings.ToLower(w)] without allocating. A short ASCII
// word is looked up by its hash, computed as it is lower-cased (a 64-bit
// collision with one of a few hundred words is not a practical concern).
func (s *lowerSet) has(w string) bool {
	if len(w) > maxHashed {
		return s.m[strings.ToLower(w)]
	}
	if len(w) == 0 {
		return false
	}
	// an ASCII first byte, lower-cased, is the lower-cased word's first
	// byte whatever follows: most words are turned away here, unread
	if c := w[0]; c < utf8.RuneSelf {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if s.first[c>>6]&(1<<(c&63)) == 0 {
			return false
		}
		// an ASCII word also keeps its length in lower case (a non-ASCII
		// rune may not: it goes on to the map below)
		if s.byLen[len(w)][c>>6]&(1<<(c&63)) == 0 && isASCII(w) {
			return false
		}
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.m[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return len(w) >= s.min && len(w) <= s.max && s.hashes.has(h)
}

// isASCII reports whether every byte of s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var (
	titleSet       = newLowerSet(titles)
	personTitleSet = newLowerSet(personTitles)
	leadingSet     = newLowerSet(leadingWords)
	ofHeadSet      = newLowerSet(bodyEnds, ofHeads)
	// notNameSet: words capitalised for another reason than a name (see
	// nameWord)
	notNameSet = newLowerSet(titles, personTitles, headlineWords, calendarWords, titleRoles)
)
