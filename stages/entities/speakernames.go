package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// A quote's speaker named by the quotes stage ("...," Leive said) is a
// name whether or not the tagger found it: the cue verb is stronger
// evidence than a one-word name's shape, and a named speaker without an
// entity leaves speaker.ref empty. speakerNames adds such names, at every
// place the article writes them, where no mention already is.

// commonWorder is the part of the tagger that knows the common words
// ("Officials said": a sentence's first word, not a name).
type commonWorder interface {
	CommonWord(w string) bool
}

// maxNameHits bounds the places one speaker name is looked for, and
// maxSpeakerNames the names: each is a scan of the text, and a message's
// quotes come from any producer.
const (
	maxNameHits     = 64
	maxSpeakerNames = 64
)

// speakerNames returns ms (sorted by start) with the quotes' named
// speakers added where no mention overlaps them. A one-word name must
// stand somewhere other than at a sentence's start, where any word has a
// capital ("Seismologists say"), or after "the", where a fable's
// characters and a story's roles take one ("the Hunter"). types gives the KB's types of a
// normalised name (nil: none known).
func speakerNames(ms []ner.Mention, text string, runeByte []int, quotes []schemas.Quote, cw commonWorder, types func(string) uint8) []ner.Mention {
	added := false
	var seen map[string]bool // names read, at most maxSpeakerNames
	var hits [maxNameHits][2]int
	for qi := range quotes {
		sp := quotes[qi].Speaker
		if sp == nil {
			continue
		}
		for _, name := range [2]string{sp.Text, sp.Name} {
			if seen[name] || len(seen) >= maxSpeakerNames {
				continue
			}
			if seen == nil {
				seen = make(map[string]bool)
			}
			seen[name] = true
			if !speakerName(name, cw) {
				continue
			}
			n, inside := 0, false
			for from := 0; n < maxNameHits; {
				j := strings.Index(text[from:], name)
				if j < 0 {
					break
				}
				s, e := from+j, from+j+len(name)
				from = e
				if wordBounded(text, s, e) {
					hits[n] = [2]int{s, e}
					n++
					inside = inside || !afterSentenceEnd(text, s) && !afterThe(text, s)
				}
			}
			if n == 0 || !inside && !strings.Contains(name, " ") {
				continue
			}
			typ := speakerType(name, types)
			for _, h := range hits[:n] {
				m := ner.Mention{Start: runeAt(runeByte, h[0]), End: runeAt(runeByte, h[1]), Type: typ}
				if !overlapsAny(ms, m) {
					ms = append(ms, m)
					added = true
				}
			}
		}
	}
	if added {
		slices.SortFunc(ms, func(a, b ner.Mention) int { return a.Start - b.Start })
	}
	return ms
}

// speakerType: what the KB knows the name as (a person first: people
// speak), else ORG for a company's or a body's name ("Key Tronic corp",
// "Amnesty International"), else PER.
func speakerType(name string, types func(string) uint8) string {
	if types != nil {
		switch bits := types(kb.Normalize(name)); {
		case bits&1 != 0:
			return "PER"
		case bits&2 != 0:
			return "ORG"
		case bits&4 != 0:
			return "LOC"
		}
	}
	ws := strings.Fields(kb.Normalize(name))
	if coreEndsLikeCompany(ws) || len(ws) > 1 && (bodyEnds[ws[len(ws)-1]] || orgWords[ws[len(ws)-1]] || slices.Contains(ws, "without")) {
		return "ORG"
	}
	return "PER"
}

// orgWords end the names of organisations that are neither companies nor
// public bodies.
var orgWords = map[string]bool{
	"international": true, "watch": true, "foundation": true, "group": true, "network": true,
	"institution": true, "alliance": true, "federation": true, "league": true, "coalition": true,
	"movement": true, "front": true, "brigade": true, "brigades": true, "corps": true,
}

// afterSentenceEnd: byte s begins the text, a line, or follows a
// sentence's end (". ", "? ", "! ", or one of them and a closing quote;
// unlike sentenceStart, a quote closed by a comma goes on: '," Leive
// said').
func afterSentenceEnd(text string, s int) bool {
	i := s
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 || text[i-1] == '\n' {
		return true
	}
	p := text[:i]
	p = strings.TrimRight(p, "\"'”’)")
	if p == "" {
		return true
	}
	switch p[len(p)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return false
}

// speakerName reports a proper name: one to five words, each capitalised
// (or a name particle, or a company's lower-case legal form: "Key Tronic
// corp"), the first neither a word capitalised for another reason (a
// title, a month, "The") nor, alone, a common word ("Officials").
func speakerName(s string, cw commonWorder) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 {
		return false // white space only ("  "), or too long for a name
	}
	first := ws[0]
	if !capitalWord(first) || notNameSet.has(strings.TrimRight(first, ".")) || leadingSet.has(first) ||
		speakerNotName[strings.ToLower(first)] {
		return false
	}
	if len(ws) == 1 && cw != nil && cw.CommonWord(first) {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			if titleRoleSet.has(w) {
				return false // "Kremlin Spokesman"
			}
		case i > 0 && (particleWords[w] || i == len(ws)-1 && isLegalSuffixWord(w)):
		default:
			return false
		}
	}
	return true
}

// speakerNotName are capitalised words that begin a speaker's description
// or stand for a speaker, never a name.
var speakerNotName = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "one": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"some": true, "many": true, "several": true, "both": true, "all": true, "most": true,
	"other": true, "others": true, "each": true, "another": true, "officials": true,
}

// particleWords may stand inside a person's name in lower case.
var particleWords = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "la": true,
	"le": true, "bin": true, "ibn": true, "al": true, "el": true, "y": true,
}

var titleRoleSet = newLowerSet(titleRoles, titles)

// wordBounded: text[s:e] is not part of a longer word.
func wordBounded(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	return true
}

// runeAt is the code point offset of byte b.
func runeAt(runeByte []int, b int) int {
	if runeByte == nil {
		return b
	}
	i, _ := slices.BinarySearch(runeByte, b)
	return i
}

func overlapsAny(ms []ner.Mention, m ner.Mention) bool {
	for _, x := range ms {
		if x.Start < m.End && m.Start < x.End {
			return true
		}
	}
	return false
}

// afterThe: the word before byte s is "the".
func afterThe(text string, s int) bool {
	w, _ := wordBefore(text, s)
	return strings.EqualFold(w, "the")
}
