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
// joinPossessive joins them, typed by the head.

// possessiveHeads (as written) head a name after "'s", with its type.
var possessiveHeads = map[string]string{
	"Court": "ORG", "Hospital": "ORG", "Hospitals": "ORG", "Office": "ORG", "College": "ORG",
	"School": "ORG", "Society": "ORG", "Club": "ORG", "Fund": "ORG", "Party": "ORG",
	"Church": "LOC", "Cathedral": "LOC", "Chapel": "LOC", "Republic": "LOC", "Bay": "LOC",
	"Island": "LOC", "Park": "LOC", "Square": "LOC", "Inn": "LOC",
}

// joinPossessive joins m (ending at byte e) with the head after its
// "'s", and with next when next is the tagger's name from that head on;
// ok reports a join, used that next was taken in.
func joinPossessive(text string, runeByte []int, m ner.Mention, e int, next *ner.Mention) (out ner.Mention, ok, used bool) {
	if e+4 >= len(text) || text[e] != '\'' && text[e] != 0xe2 {
		return m, false, false // most names: no "'s" after them
	}
	rest := text[e:]
	n := possessiveLen(rest)
	if n == 0 {
		return m, false, false
	}
	head := rest[n:]
	j := 0
	for j < len(head) && isLetterByte(head[j]) {
		j++ // a non-ASCII byte counts as a letter, as in the rest of the stage
	}
	w := head[:j]
	typ, ok := possessiveHeads[w]
	if !ok {
		return m, false, false
	}
	end := m.End + utf8.RuneCountInString(rest[:n]) + len(w) // heads are ASCII
	// the tagger's name starting at the head is part of this one
	if next != nil && next.Start == end-len(w) {
		end, used = max(end, next.End), true
	}
	return ner.Mention{Start: m.Start, End: end, Type: typ}, true, used
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
