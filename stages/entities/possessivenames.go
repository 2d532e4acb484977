package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// Some names hold a possessive: "Westminster Magistrate's Court",
// "Addenbrooke's Hospital", "the People's Republic of China", "St Mary's
// Church". The tagger stops at the "'s" and reads the head after it as a
// name of its own, or as nothing. A possessive followed by one of these
// head words is inside the name, since a head word alone names nothing
// ("Court" of what?), while a possessive before a full name ("Britain's
// Conservative Party", "Hong Kong's High Court") stays outside it.
// joinPossessives joins them, typed by the head; ms is rewritten in place.

// possessiveHeads (as written) head a name after "'s", with its type.
var possessiveHeads = map[string]string{
	"Court": "ORG", "Hospital": "ORG", "Hospitals": "ORG", "Office": "ORG", "College": "ORG",
	"School": "ORG", "Society": "ORG", "Club": "ORG", "Fund": "ORG", "Party": "ORG",
	"Church": "LOC", "Cathedral": "LOC", "Chapel": "LOC", "Republic": "LOC", "Bay": "LOC",
	"Island": "LOC", "Park": "LOC", "Square": "LOC", "Inn": "LOC",
}

func joinPossessives(text string, runeByte []int, ms []ner.Mention) []ner.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		e := byteOf(runeByte, m.End)
		if e+4 >= len(text) || text[e] != '\'' && text[e] != 0xe2 {
			out = append(out, m) // most names: no "'s" after them
			continue
		}
		rest := text[e:]
		n := possessiveLen(rest)
		if n == 0 {
			out = append(out, m)
			continue
		}
		head := rest[n:]
		w := head
		if j := strings.IndexFunc(head, func(r rune) bool { return !isLetterRune(r) }); j >= 0 {
			w = head[:j]
		}
		typ, ok := possessiveHeads[w]
		if !ok {
			out = append(out, m)
			continue
		}
		end := m.End + utf8.RuneCountInString(rest[:n]) + len(w) // heads are ASCII
		// the tagger's name starting at the head is part of this one
		if i+1 < len(ms) && ms[i+1].Start == end-len(w) {
			end = max(end, ms[i+1].End)
			i++
		}
		out = append(out, ner.Mention{Start: m.Start, End: end, Type: typ})
	}
	return out
}

// possessiveLen is the length in bytes of "'s " or "’s " at the start of
// rest, or 0.
func possessiveLen(rest string) int {
	for _, p := range []string{"'s ", "’s "} {
		if strings.HasPrefix(rest, p) {
			return len(p)
		}
	}
	return 0
}

func isLetterRune(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= utf8.RuneSelf
}
