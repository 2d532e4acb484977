package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// placeSuffixes make a place name into an adjective: "Kentucky-based",
// "Moscow-born". Taggers read the compound as one common word; the place
// inside it is still a mention.
var placeSuffixes = [...]string{"-based", "-born", "-headquartered", "-bound"}

// compoundPlaces adds the places named inside such compounds when the KB
// knows them as places and no mention covers them yet, and the places
// written with a hyphen for a space (see hyphenedPlaces).
func compoundPlaces(text string, runeByte []int, ms []ner.Mention, k *kb.KB) []ner.Mention {
	// every suffix starts with its only hyphen: the text's hyphens are
	// found in one scan (not one scan of the text per suffix), and each
	// suffix's matches are kept apart, to be read in the order of
	// placeSuffixes as before
	var at [len(placeSuffixes)][]int
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '-')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		for j, suf := range placeSuffixes {
			if strings.HasPrefix(text[i:], suf) {
				at[j] = append(at[j], i)
				break // no suffix is a prefix of another
			}
		}
	}
	var add []ner.Mention
	for _, ats := range at {
		for _, i := range ats {
			start := wordsBefore(text, i, 3)
			if start < 0 {
				continue
			}
			for {
				sp := strings.IndexByte(text[start:i], ' ')
				if sp < 0 || !leadingSet.has(text[start:start+sp]) {
					break
				}
				start += sp + 1
			}
			name := text[start:i]
			if !isPlace(k, name) {
				continue
			}
			s, e := cpIndex(text, runeByte, start), cpIndex(text, runeByte, i)
			if !covered(ms, s, e) {
				add = append(add, ner.Mention{Start: s, End: e, Type: "LOC"})
			}
		}
	}
	add = hyphenedPlaces(text, runeByte, ms, k, add)
	if len(add) == 0 {
		return ms
	}
	out := append(append(make([]ner.Mention, 0, len(ms)+len(add)), ms...), add...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// hyphenedPlaces appends to add the places of two capitalised words
// joined by a hyphen that the KB writes with a space ("West-Germany",
// as older wire copy has it), which the tagger read as no name.
func hyphenedPlaces(text string, runeByte []int, ms []ner.Mention, k *kb.KB, add []ner.Mention) []ner.Mention {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '-')
		if i < 0 {
			return add
		}
		i += from
		from = i + 1
		if i == 0 || i+1 >= len(text) || !isLower(text[i-1]) || text[i+1] < 'A' || text[i+1] > 'Z' {
			continue
		}
		start := i
		for start > 0 && isLetterByte(text[start-1]) {
			start--
		}
		end := i + 1
		for end < len(text) && isLetterByte(text[end]) {
			end++
		}
		if !isCapitalized(text[start:]) || end < len(text) && text[end] == '-' {
			continue
		}
		s, e := cpSearch(runeByte, start), cpSearch(runeByte, end)
		if covered(ms, s, e) || !isPlace(k, text[start:i]+" "+text[i+1:end]) {
			continue
		}
		add = append(add, ner.Mention{Start: s, End: e, Type: "LOC"})
		from = end
	}
}

// cpSearch is cpIndex by a binary search of the code points' byte
// offsets (cpIndex counts from the text's start).
func cpSearch(runeByte []int, b int) int {
	if runeByte == nil {
		return b
	}
	i, _ := slices.BinarySearch(runeByte, b)
	return i
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// leadingWords are capitalised at a sentence start but not part of a name.
var leadingWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "for": true, "by": true, "of": true, "and": true}

// wordsBefore returns the byte start of the capitalised words (at most
// max) that end at byte end, or -1 when the word before end is not
// capitalised.
func wordsBefore(text string, end, max int) int {
	start := -1
	i := end
	for n := 0; n < max; n++ {
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if !(unicode.IsLetter(r) || r == '.') {
				break
			}
			j -= size
		}
		if j == i {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsUpper(r) {
			break
		}
		start = j
		if j == 0 || text[j-1] != ' ' {
			break
		}
		i = j - 1
	}
	return start
}

func cpIndex(text string, runeByte []int, b int) int {
	if runeByte == nil {
		return b
	}
	return utf8.RuneCountInString(text[:b])
}

func covered(ms []ner.Mention, s, e int) bool {
	for _, m := range ms {
		if m.Start < e && s < m.End {
			return true
		}
	}
	return false
}
