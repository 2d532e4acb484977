package quotes

import "strings"

// wordSet is a set of lower-case ASCII words filed by length, for lowerIn:
// a token is compared only with the words of its own length, the length
// read once (a chain of lowerIs reads it again for every word). The
// stage's small closed sets (days, pronouns, modals …) are asked of many
// tokens, most of which match none.
type wordSet [maxSetWord + 1][]string

// maxSetWord is the longest word a wordSet holds.
const maxSetWord = 12

func newWordSet(words string) *wordSet {
	var s wordSet
	for _, w := range strings.Fields(words) {
		if len(w) > maxSetWord || strings.ToLower(w) != w {
			panic("quotes: word set word " + w)
		}
		s[len(w)] = append(s[len(w)], w)
	}
	return &s
}

// lowerIn: token k is one of the words of s, in any case, as lowerIs
// compares.
func (d *doc) lowerIn(k int32, s *wordSet) bool {
	n := d.toks[k].e - d.toks[k].s
	if n > maxSetWord {
		return false
	}
	for _, w := range s[n] {
		if d.lowerIsRunes(k, w) {
			return true
		}
	}
	return false
}
