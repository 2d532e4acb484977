package entities

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// splitMentions repairs three recognition errors that the KB can see:
//   - a company and its seat read as one name, "Ozaki Trading Co Ltd of
//     Osaka": split at " of " when the left part ends like a company and
//     the right part is a known place;
//   - a list read as one name, "Kent and Nashville", "Lucky Stores Inc and
//     Fruehauf Corp": split at " and " when both parts are known places, or
//     the left part ends like a company;
//   - a place's state or country read with the next sentence's first
//     name, "Atlantic City, N.J. American Midland has agreed": split
//     after an abbreviation written after a place and a comma when the
//     KB knows it as a place (its period ended the sentence).
//
// The result is appended to dst[:0] (a recycled buffer).
func splitMentions(dst []ner.Mention, text string, runeByte []int, ms []ner.Mention, k *kb.KB) []ner.Mention {
	out := dst[:0]
	for i, m := range ms {
		if i > 0 && ms[i-1].Type == "LOC" && ms[i-1].End+2 == m.Start && sliceRunes(text, runeByte, ms[i-1].End, m.Start) == ", " {
			if n := stateAfterPlace(text, runeByte, m, k); n > 0 {
				out = append(out, ner.Mention{Start: m.Start, End: m.Start + n, Type: "LOC"})
				m.Start += n + 1
			}
		}
		out = appendSplit(out, text, runeByte, m, k, 0)
	}
	return out
}

// stateAfterPlace returns the length in code points of the abbreviation
// that starts m, when the KB knows it as a place and a capitalised name
// follows ("N.J. American Midland"); otherwise 0.
func stateAfterPlace(text string, runeByte []int, m ner.Mention, k *kb.KB) int {
	s := sliceRunes(text, runeByte, m.Start, m.End)
	sp := strings.IndexByte(s, ' ')
	if sp < 2 || sp > 6 || s[sp-1] != '.' || !isCapitalized(s[sp+1:]) || !isPlace(k, s[:sp]) {
		return 0
	}
	return utf8.RuneCountInString(s[:sp])
}

func appendSplit(out []ner.Mention, text string, runeByte []int, m ner.Mention, k *kb.KB, depth int) []ner.Mention {
	if depth == 0 && m.End-m.Start > len(" Democrats") && m.End-m.Start < 40 && partyMembersEnd(text[:byteOf(runeByte, m.End)]) {
		s := sliceRunes(text, runeByte, m.Start, m.End)
		if left, lt := partyMembersOf(s, k); lt != "" {
			ls := utf8.RuneCountInString(left)
			out = append(out, ner.Mention{Start: m.Start, End: m.Start + ls, Type: lt})
			return append(out, ner.Mention{Start: m.Start + ls + 1, End: m.End, Type: "ORG"})
		}
	}
	if depth > 4 || (m.Type != "ORG" && m.Type != "LOC") {
		return append(out, m)
	}
	s := sliceRunes(text, runeByte, m.Start, m.End)
	if strings.IndexByte(s, ' ') < 0 {
		return append(out, m) // one word (most names): no separator to find
	}
	for _, sep := range []string{" of ", " and "} {
		i := lastSep(s, sep)
		if i <= 0 {
			continue
		}
		left, right := s[:i], s[i+len(sep):]
		if right == "" || !isCapitalized(right) {
			continue
		}
		var lt, rt string
		switch {
		case sep == " of " && endsLikeCompany(left) && isPlace(k, right):
			lt, rt = "ORG", "LOC"
		case sep == " and " && endsLikeCompany(left):
			lt, rt = "ORG", "ORG"
		case sep == " and " && m.Type == "ORG" && endsLikeBody(left) && endsLikeBody(right):
			// "State Department and National Security Council"
			lt, rt = "ORG", "ORG"
		case sep == " and " && m.Type == "LOC" && isPlace(k, left) && isPlace(k, right):
			lt, rt = "LOC", "LOC"
		default:
			continue
		}
		ls := utf8.RuneCountInString(left)
		rs := ls + utf8.RuneCountInString(sep)
		out = appendSplit(out, text, runeByte, ner.Mention{Start: m.Start, End: m.Start + ls, Type: lt}, k, depth+1)
		return append(out, ner.Mention{Start: m.Start + rs, End: m.End, Type: rt})
	}
	return append(out, m)
}

// lastSep is strings.LastIndex(s, sep) for a separator that starts with
// a space: only the spaces of s are tried (LastIndex hashed every name
// for its search, at several times the cost on names this short).
func lastSep(s, sep string) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if s[i] == ' ' && s[i:i+len(sep)] == sep {
			return i
		}
	}
	return -1
}

func sliceRunes(text string, runeByte []int, start, end int) string {
	return text[byteOf(runeByte, start):byteOf(runeByte, end)]
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 'A' && r <= 'Z' || r > 127
}

// companyEnds are the last words of a company or agency name.
var companyEnds = map[string]bool{
	"agency": true, "service": true, "services": true, "division": true, "unit": true,
	"subsidiary": true, "industries": true,
	// trades that end a firm's name, never a person's or a place's
	"productions": true, "pictures": true, "studios": true, "records": true, "airlines": true,
	"airways": true, "pharmaceuticals": true, "technologies": true, "laboratories": true,
	"communications": true, "enterprises": true, "motors": true,
}

func endsLikeCompany(s string) bool {
	// a key's words are joined by single spaces (letters and digits
	// only, see kb.Normalize): two words or more have a space, the last
	// follows the last space. The key stays on the stack.
	var buf [64]byte
	b := kb.AppendNormalized(buf[:0], s)
	sp := bytes.LastIndexByte(b, ' ')
	if sp < 0 {
		return false
	}
	last := unsafe.String(unsafe.SliceData(b[sp+1:]), len(b)-sp-1)
	return companyEndSet.has(last) || kb.IsLegalSuffix(last)
}

// coreEndsLikeCompany is endsLikeCompany over normalised words.
func coreEndsLikeCompany(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	return companyEndSet.has(last) || kb.IsLegalSuffix(last)
}

// companyEndSet is companyEnds as a lowerSet: most last words are turned
// away by their length and first byte.
var companyEndSet = newLowerSet(companyEnds)

// bodyEnds are the head words of institutions' names.
var bodyEnds = map[string]bool{
	"department": true, "council": true, "ministry": true, "agency": true, "committee": true,
	"commission": true, "office": true, "service": true, "bank": true, "court": true,
	"party": true, "army": true, "police": true, "university": true, "institute": true,
	"senate": true, "house": true, "board": true, "authority": true, "bureau": true,
	"organization": true, "organisation": true, "union": true, "association": true, "fund": true,
}

func endsLikeBody(s string) bool {
	ws := strings.Fields(kb.Normalize(s))
	return len(ws) >= 1 && bodyEnds[ws[len(ws)-1]] && isCapitalized(s)
}

// isPlace: the name is a KB place with some popularity.
func isPlace(k *kb.KB, name string) bool {
	for _, c := range k.Lookup(kb.Normalize(name)) {
		if c.Type == kb.LOC && c.Prior >= 0.3 {
			return true
		}
	}
	return false
}

// partyMembersOf reads s as a place's or a chamber's members of a party,
// "Virginia Democrats", "House Republicans": two names, the place (LOC)
// or the body (ORG), and the party's members, as news gold sets draw
// them. It returns the left part and its type, or "" when s is no such
// pair: the left part is neither a KB place nor a body's name, or the
// KB knows the whole as a name ("Sweden Democrats", a party).
func partyMembersOf(s string, k *kb.KB) (string, string) {
	sp := strings.LastIndexByte(s, ' ')
	if sp <= 0 || !partyMembersEnd(s) {
		return "", ""
	}
	left := s[:sp]
	if !isCapitalized(left) || len(k.Lookup(kb.Normalize(s))) > 0 {
		return "", ""
	}
	switch {
	case endsLikeBody(left):
		return left, "ORG"
	case isPlace(k, left):
		return left, "LOC"
	}
	return "", ""
}

// partyMembersEnd: s ends with a party's members, " Democrats" or
// " Republicans" (a quick no for most names, by their last letters).
func partyMembersEnd(s string) bool {
	n := len(s)
	if n < 2 || s[n-1] != 's' || s[n-2] != 't' && s[n-2] != 'n' {
		return false
	}
	return strings.HasSuffix(s, " Democrats") || strings.HasSuffix(s, " Republicans")
}
