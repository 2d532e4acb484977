package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// ownPossessive extends a one-word name over the "'s" after it when the
// KB knows the whole as a company's label: "Lowe's was lower", "shares of
// Macy's". Such a firm's name holds the possessive (a founder's name
// once), and the tagger stops before it as before any possessive. A name
// the KB also knows as a person or a place alone is their possessive.
func ownPossessive(text string, runeByte []int, m ner.Mention, b, e int, k *kb.KB) (ner.Mention, bool) {
	if k == nil || strings.IndexByte(text[b:e], ' ') >= 0 {
		return m, false
	}
	n := 0
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[e:], p) {
			n = len(p)
		}
	}
	if n == 0 || e+n < len(text) && wordByte(text[e+n]) {
		return m, false
	}
	// The whole is looked up first: it is rarely a name, and the bare
	// word ("Russia") often has many candidates to build.
	if !orgLabel(k.Lookup(kb.Normalize(text[b : e+n]))) {
		return m, false
	}
	for _, c := range k.Lookup(kb.Normalize(text[b:e])) {
		if c.Type == kb.PER || c.Type == kb.LOC {
			return m, false // "Clinton's", "Togo's": a person's or a place's
		}
	}
	m.End += utf8.RuneCountInString(text[e : e+n])
	m.Type = "ORG"
	return m, true
}

// orgLabel reports whether one of cs is a company under its label.
func orgLabel(cs []kb.Candidate) bool {
	for _, c := range cs {
		if c.Type == kb.ORG && c.IsLabel {
			return true
		}
	}
	return false
}
