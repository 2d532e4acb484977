package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// A list of names read as one: "Reddit, Twitter and Spotify", "the Fed
// Cup and Davis Cup Finals", or its tail after a comma ("Reddit, [Twitter
// and Spotify]"). News writes such lists everywhere; a name with commas
// and "and" in it is rare, and it ends like a company ("Stifel, Nicolaus
// and Co Inc", "Pillsbury, Madison and Sutro LLP"). splitLists cuts a list
// into its names, each typed as the whole was (appendList).
// appendList appends m, or the names of the list it is.
func appendList(out []ner.Mention, text string, runeByte []int, m ner.Mention) []ner.Mention {
	s := sliceRunes(text, runeByte, m.Start, m.End)
	if len(s) < 9 || m.Type == "PER" {
		return append(out, m)
	}
	if strings.Index(s, " and ") < 0 {
		return append(out, m) // a forward search is the cheap one
	}
	and := strings.LastIndex(s, " and ")
	if and <= 0 {
		return append(out, m)
	}
	tail := s[and+5:]
	if !isCapitalized(tail) || companyTail(tail) {
		return append(out, m)
	}
	head := s[:and]
	comma := strings.Contains(head, ", ")
	b := byteOf(runeByte, m.Start)
	afterComma := b >= 2 && text[b-2:b] == ", "
	last := head[strings.LastIndexByte(head, ' ')+1:]
	if !comma && !afterComma && !eventEnds[strings.ToLower(last)] {
		return append(out, m)
	}
	// the parts: head split at ", ", then the tail
	start := m.Start
	parts := strings.Split(head, ", ")
	ok := true
	for _, p := range parts {
		ok = ok && isCapitalized(p)
	}
	if !ok {
		return append(out, m)
	}
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		out = append(out, ner.Mention{Start: start, End: start + n, Type: m.Type})
		start += n + 2
	}
	n := utf8.RuneCountInString(tail)
	return append(out, ner.Mention{Start: m.End - n, End: m.End, Type: m.Type})
}

// companyTail: the last part of a firm's name, "Co Inc", "Sons Ltd",
// "Sutro LLP"; a list's last name is no legal form.
func companyTail(tail string) bool {
	ws := strings.Fields(kb.Normalize(tail))
	return kb.IsLegalSuffix(ws[0]) || kb.IsLegalSuffix(ws[len(ws)-1]) || firmForms[ws[len(ws)-1]] || firmForms[ws[0]]
}

// firmForms are partnerships' forms and words, which the KB's legal
// forms leave out.
var firmForms = map[string]bool{"llp": true, "lp": true, "pllc": true, "sons": true, "partners": true, "company": true}
