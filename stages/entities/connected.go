package entities

import (
	"slices"
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// Names of firms and offices joined by "and", "&" or "of" ("Nippon
// Telegraph and Telephone", "Ministry of International Trade and
// Industry") are often cut by the tagger at the joining word, which it
// reads as the end of a name. The KB knows the whole name; the fragment
// alone finds nothing or the wrong thing.

// maxJoinWords bounds the words read after a mention (joining words
// included): firm and office names seldom run longer.
const maxJoinWords = 5

// joinConnected extends a non-person mention over "and/&/of" and the
// capitalised words after it when the KB knows the longer name as an
// organisation or place. A person or place named right after "and" is a
// name of its own ("Britain and France"), as is a person after "of"; the
// mention is not joined to it. ms is sorted by start and rewritten in
// place. The KB's types are read through types, the stage's cache (nil:
// none).
func joinConnected(text string, runeByte []int, ms []ner.Mention, k *kb.KB, types *keyCache[uint8]) []ner.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		end := byteOf(runeByte, m.End)
		if m.Type == "PER" || !joinerAt(text, end) || i+1 < len(ms) && ownNameAfter(text, end, byteOf(runeByte, ms[i+1].Start), ms[i+1].Type) {
			out = append(out, m)
			continue
		}
		start := byteOf(runeByte, m.Start)
		var buf [maxJoinWords]int // one end a word at most: no allocation
		ends := joinEnds(buf[:0], text, end)
		for _, e := range ends {
			// the name runs to the end of the capitalised words, save for a
			// legal form the KB may leave out ("... and Telephone Corp");
			// a longer unknown name is another firm
			if !legalFormsOnly(text[e:ends[0]]) {
				continue
			}
			known := text[start:e]
			e = ends[0]
			ce := cpSearch(runeByte, e)
			// a mention running past the end would be cut in two
			last := i
			for last+1 < len(ms) && ms[last+1].Start < ce {
				last++
			}
			if last > i && ms[last].End > ce {
				continue
			}
			if typ, ok := orgOrPlace(k, types, known); ok {
				m = ner.Mention{Start: m.Start, End: ce, Type: typ}
				i = last
				break
			}
		}
		out = append(out, m)
	}
	return out
}

// ownNameAfter reports that the mention of type typ starting at byte next
// is the first name after the joiner at byte end, and a name of its own.
func ownNameAfter(text string, end, next int, typ string) bool {
	if next > end+5 {
		return false
	}
	if strings.HasPrefix(text[end:], " of ") {
		return typ == "PER"
	}
	return typ == "PER" || typ == "LOC"
}

// joinerAt reports that text at byte b reads " and ", " & " or " of ".
func joinerAt(text string, b int) bool {
	r := text[b:]
	return strings.HasPrefix(r, " and ") || strings.HasPrefix(r, " & ") || strings.HasPrefix(r, " of ")
}

// joinEnds returns the byte ends of the capitalised words after the
// joiner at b, longest first: " and Telephone Co" gives the ends after
// "Co" and after "Telephone". Joining words may stand inside the run,
// never at its end; punctuation or a lower-case word ends it. They are
// written into the room of ends, which is empty (the caller's array).
func joinEnds(ends []int, text string, b int) []int {
	for i, n := b, 0; n < maxJoinWords && i < len(text) && text[i] == ' '; n++ {
		j := i + 1
		for j < len(text) && !joinStop(text[j]) {
			j++
		}
		w := text[i+1 : j]
		if trimmed := strings.TrimRight(w, "."); trimmed != w {
			if isCapitalized(w) && strings.Contains(trimmed, ".") {
				ends = append(ends, j) // "U.S." keeps its points
			} else if isCapitalized(w) {
				ends = append(ends, j-len(w)+len(trimmed)) // the sentence's full stop is not the name's
			}
			break
		}
		if w == "and" || w == "&" || w == "of" || w == "the" {
			i = j
			continue
		}
		if w == "" || !isCapitalized(w) {
			break
		}
		ends = append(ends, j)
		i = j
	}
	slices.Reverse(ends)
	return ends
}

// joinStop: a byte that ends a word read by joinEnds, a space or a
// punctuation mark that no name holds (a byte switch: ContainsRune over
// the marks for every byte cost most of joinEnds).
func joinStop(c byte) bool {
	switch c {
	case ' ', ',', ';', ':', '(', ')', '"':
		return true
	}
	return false
}

// legalFormsOnly reports that every word of s is a company's legal form.
func legalFormsOnly(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isLegalSuffixWord(w) {
			return false
		}
	}
	return true
}

// orgOrPlace returns the type the KB gives name when it knows it as an
// organisation or a place and not as a person.
func orgOrPlace(k *kb.KB, types *keyCache[uint8], name string) (string, bool) {
	var bits uint8
	// the key is built on the stack: a cached answer needs no string
	var buf [64]byte
	if key := kb.AppendNormalized(buf[:0], name); types != nil {
		bits = types.getBytes(key, k.Types)
	} else {
		bits = k.Types(string(key))
	}
	switch {
	case bits&kbPER != 0:
		return "", false
	case bits&kbORG != 0:
		return "ORG", true
	case bits&kbLOC != 0:
		return "LOC", true
	}
	return "", false
}
