package entities

import (
	"slices"
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// US news writes a member of Congress's party and state after the name:
// "Rep. Ilhan Omar, D-Minn.,", "Sen. Lindsey Graham, R-S.C.,", "(R-Ohio)".
// The party letter is no name; the state is a place, drawn with its
// abbreviation's period ("Minn."). The tagger reads "D-Minn" as one name,
// or the state without its period, or nothing. partyStates makes each
// such state one LOC mention, replacing the mentions it overlaps, when
// the KB knows it as a place.
func partyStates(text string, runeByte []int, ms []ner.Mention, k *kb.KB) []ner.Mention {
	for from := 0; ; {
		j := strings.IndexByte(text[from:], '-')
		if j < 0 {
			return ms
		}
		i := from + j // the hyphen
		from = i + 1
		if i < 2 || !partyLetter(text[i-1]) || !(text[i-2] == '(' || i >= 3 && text[i-2] == ' ' && text[i-3] == ',') {
			continue
		}
		// the state: letters and periods
		e := i + 1
		for e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] >= 'a' && text[e] <= 'z' || text[e] == '.') {
			e++
		}
		if e == i+1 || text[i+1] < 'A' || text[i+1] > 'Z' {
			continue
		}
		word := strings.TrimRight(text[i+1:e], ".")
		abbr, ok := statePlace(k, word)
		if !ok {
			continue
		}
		end := i + 1 + len(word)
		if abbr && end < e {
			end++ // "Minn." with its period
		}
		ms = setMention(ms, ner.Mention{Start: cpSearch(runeByte, i+1), End: cpSearch(runeByte, end), Type: "LOC"},
			cpSearch(runeByte, i-1), cpSearch(runeByte, e))
		from = e
	}
}

func partyLetter(c byte) bool { return c == 'D' || c == 'R' || c == 'I' }

// statePlace: w is a KB place of some popularity; abbr that w is an
// abbreviation of it (an alias, not its label: "Minn", not "Ohio").
func statePlace(k *kb.KB, w string) (abbr, ok bool) {
	for _, c := range k.Lookup(kb.Normalize(w)) {
		if c.Type == kb.LOC && c.Prior >= 0.3 {
			ok = true
			abbr = abbr || !c.IsLabel
		}
	}
	return abbr, ok
}

// setMention puts m in ms (ordered by start) in place of the mentions
// that overlap code points [a, b).
func setMention(ms []ner.Mention, m ner.Mention, a, b int) []ner.Mention {
	ms = slices.DeleteFunc(ms, func(x ner.Mention) bool { return x.Start < b && a < x.End })
	at, _ := slices.BinarySearchFunc(ms, m.Start, func(x ner.Mention, s int) int { return x.Start - s })
	return slices.Insert(ms, at, m)
}
