package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// The article's words are hashed once per article to score every
// candidate's context: this is the stage's hottest loop, so a word is
// lowercased, stemmed and checked against the stop words in one pass over
// its bytes, the stop words by a hash of the whole word (no map look-up).

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// stopHashes holds the full-word hashes of stopWords: a 64-bit hash
// collision between a content word and one of a hundred stop words is
// not a practical concern.
var stopHashes = func() *stemSet {
	s := newStemSet(len(stopWords))
	for w := range stopWords {
		s.add(fullHash(w))
	}
	return s
}()

// fullHash is the hash of a lowercase ASCII word, every byte.
func fullHash(low string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(low); i++ {
		h ^= uint64(low[i])
		h *= fnvPrime
	}
	return h
}

// addTextStems adds to set contentStem of every word of text (letters
// only: ASCII letters, and any Unicode letter), as contentStem would give
// it, without building the lowercase word. The set is a concrete type, not
// a callback: an indirect call per word was a third of the loop.
func addTextStems(text string, set *stemSet) {
	// An ASCII word is hashed by an inner loop that stays in registers:
	// h is the FNV hash of the word so far, and the stem, the hash of its
	// first six bytes, is h as it stood after the sixth (one
	// multiplication per byte instead of two). The outer loop only skips
	// what lies between words.
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && lowerLetter[c] == 0 {
			i++
			continue
		}
		start := i
		h, n := uint64(fnvOffset), 0
		// the first six letters make the stem; the rest only the hash of
		// the whole word (for the stop words), so n stops counting there
		for ; i < len(text) && n < 6; i++ {
			l := lowerLetter[text[i]]
			if l == 0 {
				break
			}
			h = (h ^ uint64(l)) * fnvPrime
			n++
		}
		stem := h
		if n == 6 {
			for ; i < len(text); i++ {
				l := lowerLetter[text[i]]
				if l == 0 {
					break
				}
				h = (h ^ uint64(l)) * fnvPrime
			}
		}
		if i == len(text) || text[i] < utf8.RuneSelf {
			// addASCIIStem, written out on this path: most words take it
			if n >= 3 && !stopHashes.has(h) {
				if n < 6 {
					stem = h
				}
				set.add(stem)
			}
			continue
		}
		// a non-ASCII rune: the word goes on while letters do, and
		// contentStem decides
		end, letter := i, false
		for end < len(text) {
			if c := text[end]; c < utf8.RuneSelf {
				if lowerLetter[c] == 0 {
					break
				}
				end++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += size
			letter = true
		}
		switch {
		case end > start && letter:
			if hs, ok := contentStem(text[start:end]); ok {
				set.add(hs)
			}
		case end > start:
			// the non-ASCII rune was no letter: the ASCII word ends here
			addASCIIStem(set, n, h, stem)
		default:
			// a non-letter rune between words
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		i = end
	}
}

// addWordStems is addTextStems over the tagger's words of text: a token
// of ASCII letters comes hashed as addTextStems hashes it, any other is
// read as addTextStems reads text. The same set: a run of letters never
// crosses a token's edge (tokens end only at runes that are no letters),
// and a token without letters has no stem.
func addWordStems(text string, words *ner.Words, set *stemSet) {
	for i := range words.ASCII {
		w := &words.ASCII[i]
		if w.Len < 3 || stopHashes.has(w.Low) {
			continue
		}
		stem := w.Low // the whole word up to six letters, as addASCIIStem
		if w.Len > 6 {
			// the six letters unrolled: the loop's own count and bounds
			// cost more than the hashing
			p := text[w.B : w.B+6]
			stem = (uint64(fnvOffset) ^ uint64(lowerLetter[p[0]])) * fnvPrime
			stem = (stem ^ uint64(lowerLetter[p[1]])) * fnvPrime
			stem = (stem ^ uint64(lowerLetter[p[2]])) * fnvPrime
			stem = (stem ^ uint64(lowerLetter[p[3]])) * fnvPrime
			stem = (stem ^ uint64(lowerLetter[p[4]])) * fnvPrime
			stem = (stem ^ uint64(lowerLetter[p[5]])) * fnvPrime
		}
		set.add(stem)
	}
	for _, sp := range words.Other {
		addTextStems(text[sp[0]:sp[1]], set)
	}
}

// addASCIIStem adds the stem of an ASCII word of addTextStems: n letters
// (counted up to six), h the hash of the whole word, stem of its first six.
func addASCIIStem(set *stemSet, n int, h, stem uint64) {
	if n >= 3 && !stopHashes.has(h) {
		if n < 6 {
			stem = h
		}
		set.add(stem)
	}
}

// lowerLetter maps an ASCII letter to its lower case and any other byte
// to 0: one table load instead of two range tests per byte.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// wordStem is contentStem of a tagger's word of ASCII letters, from its
// hash (see addWordStems).
func wordStem(text string, w ner.WordHash) (uint64, bool) {
	if w.Len < 3 || stopHashes.has(w.Low) {
		return 0, false
	}
	if w.Len <= 6 {
		return w.Low, true
	}
	p := text[w.B : w.B+6]
	stem := (uint64(fnvOffset) ^ uint64(lowerLetter[p[0]])) * fnvPrime
	stem = (stem ^ uint64(lowerLetter[p[1]])) * fnvPrime
	stem = (stem ^ uint64(lowerLetter[p[2]])) * fnvPrime
	stem = (stem ^ uint64(lowerLetter[p[3]])) * fnvPrime
	stem = (stem ^ uint64(lowerLetter[p[4]])) * fnvPrime
	return (stem ^ uint64(lowerLetter[p[5]])) * fnvPrime, true
}
