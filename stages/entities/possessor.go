package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// cutPossessors repairs a name read together with the possessor before
// it when wire copy lost the apostrophe: "Southerns Georgia Power Co"
// (Southern's), "Irans Ahvaz field". The mention keeps only what follows
// the possessor when
//   - its first word is another name of the text with "s" or "'s" added
//     ("Southern Co" ... "Southerns Georgia Power Co"): a name of its
//     own with a final "s" ("Phillips Petroleum") has no such twin;
//     and the word itself is not ("Reuter" ... "Reuters Holdings Plc",
//     "Reuters");
//   - a name the KB knows follows, more than a legal form ("Williams
//     Cos"), while the KB does not know the whole as one name.
//
// The possessor is dropped, not kept as a mention: it is the owner's name
// used as a determiner, which news gold sets leave out when the
// apostrophe is lost ("Irans", "Iraqs"). ms is rewritten in place; the
// new starts are appended to cut (the word before them is no part of
// the name: see isFragment).
func cutPossessors(text string, runeByte []int, ms []ner.Mention, k *kb.KB, cut []int) ([]ner.Mention, []int) {
	for i := range ms {
		m := &ms[i]
		s := sliceRunes(text, runeByte, m.Start, m.End)
		sp := strings.IndexByte(s, ' ')
		if sp < 3 || (s[sp-1] != 's' && s[sp-1] != 'S') {
			continue // most names: no possessive first word
		}
		rest := s[sp+1:]
		base := possessorBase(s[:sp])
		if base == "" || !isCapitalized(rest) || allLegal(rest) || !namedElsewhere(text, runeByte, ms, i, base) ||
			namedElsewhere(text, runeByte, ms, i, s[:sp]) {
			continue
		}
		if len(k.Lookup(kb.Normalize(s))) > 0 || !knownName(k, rest) {
			continue
		}
		m.Start += utf8.RuneCountInString(s[:sp+1])
		cut = append(cut, m.Start)
		if m.Type == "MISC" && isPlace(k, rest) {
			m.Type = "LOC" // "Irans Ahvaz" read as a nationality and a place
		}
	}
	return ms, cut
}

// knownName: the KB knows name, or name without its legal form ("Georgia
// Power" of "Georgia Power Co").
func knownName(k *kb.KB, name string) bool {
	key := kb.Normalize(name)
	if len(k.Lookup(key)) > 0 {
		return true
	}
	stripped := kb.StripLegalSuffix(key)
	return stripped != "" && len(k.Lookup(stripped)) > 0
}

// possessorBase is w without its possessive "s" or "'s" ("Southerns" ->
// "Southern", "U.N.s" -> "U.N."), or "".
func possessorBase(w string) string {
	for _, suf := range [...]string{"'s", "’s", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 2 {
			return b
		}
	}
	return ""
}

// allLegal reports whether every word of name is a legal form ("Cos",
// "Co Ltd").
func allLegal(name string) bool {
	for _, w := range strings.Fields(kb.Normalize(name)) {
		if !kb.IsLegalSuffix(w) {
			return false
		}
	}
	return true
}

// namedElsewhere reports whether another mention than ms[skip] is base
// or starts with base as a word ("Southern" of "Southern Co").
func namedElsewhere(text string, runeByte []int, ms []ner.Mention, skip int, base string) bool {
	for j := range ms {
		if j == skip {
			continue
		}
		o := sliceRunes(text, runeByte, ms[j].Start, ms[j].End)
		if o == base || strings.HasPrefix(o, base) && len(o) > len(base) && o[len(base)] == ' ' {
			return true
		}
	}
	return false
}
