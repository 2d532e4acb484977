package entities

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// News names people by office, and the office's words are capitalised
// like a name's, so the tagger reads them into one: "U.S. Attorney Nealy
// Cox", "Supreme Court Justice Ruth Bader Ginsburg", "Public Prosecution
// Eva-Marie Persson", "U.S. Defense" before "Secretary Mark Esper", "White
// House Russia" before "adviser". In the CoNLL scheme the office is no
// part of any name: the country or body before the title keeps its own
// name, the person after it is PER, and department words between them
// ("Defense", "Home", "Justice") belong to the title. appendRole splits
// and trims such mentions.

// officeTitles (normalised) name a person's office and come right before
// the person's name.
var officeTitles = map[string]bool{
	"attorney": true, "secretary": true, "minister": true, "ambassador": true, "envoy": true,
	"governor": true, "gov.": true, "senator": true, "sen.": true, "rep.": true, "representative": true,
	"president": true, "chancellor": true, "justice": true, "judge": true, "mayor": true,
	"commissioner": true, "director": true, "chairman": true, "chairwoman": true, "spokesman": true,
	"spokeswoman": true, "prosecutor": true, "admiral": true, "adm.": true, "colonel": true, "col.": true,
	"sergeant": true, "sgt.": true, "captain": true, "capt.": true, "lieutenant": true, "lt.": true,
	"gen.": true, "general": true, "major": true, "maj.": true, "inspector": true, "detective": true,
	// a company's officers (see officerTitles), and a board's head
	"ceo": true, "cfo": true, "coo": true, "cto": true, "chair": true,
}

// officerTitles (normalised) are a company's officers, written in
// capitals between the company and the person ("Tesla CEO Elon Musk").
var officerTitles = map[string]bool{"ceo": true, "cfo": true, "coo": true, "cto": true}

// trailingTitles (normalised) may close a body's name read with the
// office of its head.
var trailingTitles = map[string]bool{
	"director": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true,
	"commissioner": true, "ambassador": true, "chair": true, "ceo": true, "cfo": true, "coo": true, "cto": true,
}

// shortTrailing (normalised) close a body's name of one word too: "Fed
// Chair", "the Tesla CEO" (a one-word "Director" may be a film's credit).
var shortTrailing = map[string]bool{
	"chair": true, "ceo": true, "cfo": true, "coo": true, "cto": true,
}

// trailingTitleSet, shortTrailingSet and personOnlyTitleSet are the
// lists as lowerSets: looked up in any case without lower-casing a copy.
var (
	trailingTitleSet   = newLowerSet(trailingTitles)
	shortTrailingSet   = newLowerSet(shortTrailing)
	personOnlyTitleSet = newLowerSet(personOnlyTitles)
)

// personOnlyTitles (normalised) lead only a person's name; "General",
// "Major" and "President" also lead bodies' ("General Motors", "Major
// League Baseball", "President Hotel").
var personOnlyTitles = map[string]bool{
	"justice": true, "judge": true, "admiral": true, "adm.": true, "colonel": true, "col.": true,
	"sergeant": true, "sgt.": true, "captain": true, "capt.": true, "lieutenant": true, "lt.": true,
	"senator": true, "sen.": true, "rep.": true, "gov.": true, "governor": true, "mayor": true,
	"ambassador": true, "chancellor": true, "prosecutor": true, "detective": true, "inspector": true,
}

// officeWords (normalised) name a department: they sit between a country
// and a title ("U.S. Defense Secretary", "UK Home Secretary") or after
// one ("Minister for Justice", "Director of Public Prosecution").
var officeWords = map[string]bool{
	"defense": true, "defence": true, "home": true, "foreign": true, "interior": true, "justice": true,
	"state": true, "energy": true, "commerce": true, "labor": true, "labour": true,
	"health": true, "education": true, "transportation": true, "transport": true, "agriculture": true,
	"finance": true, "trade": true, "economy": true, "intelligence": true, "security": true,
	"prosecution": true, "prosecutions": true, "public": true, "affairs": true, "general": true,
	"deputy": true, "assistant": true, "district": true, "senior": true, "chief": true, "vice": true,
	"acting": true,
}

// roleNouns, lower case, follow "X Russia" when X's expert on Russia is
// meant: "White House Russia adviser", "State Department Iran envoy".
var roleNouns = map[string]bool{
	"adviser": true, "advisor": true, "envoy": true, "expert": true, "analyst": true,
	"correspondent": true, "specialist": true, "director": true, "chief": true, "official": true,
}

var (
	officeTitleSet  = newLowerSet(officeTitles)
	officerTitleSet = newLowerSet(officerTitles)
	officeWordSet   = newLowerSet(officeWords)
	roleNounSet     = newLowerSet(roleNouns)
	// officeAnySet is the three in one, for the first look at a name
	officeAnySet = newLowerSet(officeTitles, officeWords, roleNouns)
	officeShapes = wordShapes(officeTitles, officeWords, roleNouns)
)

// wordShapes sets bit n of entry (c0, c1) when a word of the sets starts
// with letters c0 c1 and is n bytes long: a look at three bytes turns
// almost every word away before a hash.
func wordShapes(sets ...map[string]bool) *[26 * 27]uint32 {
	var t [26 * 27]uint32
	for _, set := range sets {
		for w := range set {
			if i := shapeIndex(w); i >= 0 {
				t[i] |= 1 << len(w)
			}
		}
	}
	return &t
}

// shapeIndex is the table entry of w's first two bytes, or -1 (a second
// byte that is no letter has its own column).
func shapeIndex(w string) int {
	if len(w) < 2 || len(w) >= 32 {
		return -1
	}
	c0, c1 := w[0]|0x20, w[1]|0x20
	if c0 < 'a' || c0 > 'z' {
		return -1
	}
	i := int(c0-'a') * 27
	if c1 >= 'a' && c1 <= 'z' {
		return i + int(c1-'a')
	}
	return i + 26
}

// mayBeOffice: w has the first letter and length of an office word.
// It is shapeIndex written small enough to inline, as it runs for most
// words of most names.
func mayBeOffice(w string) bool {
	if len(w) < 2 || len(w) >= 32 {
		return false
	}
	c0, c1 := w[0]|0x20-'a', w[1]|0x20-'a' // wrap: a non-letter is >= 26
	if c0 >= 26 {
		return false
	}
	return officeShapes[int(c0)*27+int(min(c1, 26))]&(1<<len(w)) != 0
}

// appendRole appends m, or the names left of it once an office's words
// are out.
func appendRole(out []ner.Mention, text string, runeByte []int, m ner.Mention, k *kb.KB) []ner.Mention {
	if m.Type == "PER" && m.End-m.Start < 12 {
		return append(out, m) // a person's one or two words hold no office the rules cut
	}
	s := sliceRunes(text, runeByte, m.Start, m.End)
	if m.Type == "PER" && strings.Count(s, " ") < 2 {
		return append(out, m)
	}
	if strings.IndexByte(s, ' ') < 0 {
		if officeAlone(text, runeByte, m, s) {
			return out
		}
		return append(out, m)
	}
	return appendRoleSplit(out, text, runeByte, m, s, k)
}

// officeAlone: a department word read as a name of its own after a title
// ("the Minister for Justice", "Minister of the Interior") or a rank's
// first word before a title ("General Director").
func officeAlone(text string, runeByte []int, m ner.Mention, s string) bool {
	if !mayBeOffice(s) || !officeWordSet.has(s) {
		return false
	}
	if titleBefore(text, byteOf(runeByte, m.Start)) {
		return true
	}
	next := wordAfter(text, byteOf(runeByte, m.End))
	return isCapitalized(next) && officeTitleSet.has(next)
}

// titleBefore: "<Title> for|of [the] " ends right before b.
func titleBefore(text string, b int) bool {
	w, i := wordBefore(text, b)
	if w == "the" {
		w, i = wordBefore(text, i)
	}
	if w != "for" && w != "of" {
		return false
	}
	t, _ := wordBefore(text, i)
	return officeTitleSet.has(t) || strings.EqualFold(t, "ministry") || strings.EqualFold(t, "department")
}

// appendRoleSplit appends m, or the names left of it once the office's
// words are out.
func appendRoleSplit(out []ner.Mention, text string, runeByte []int, m ner.Mention, s string, k *kb.KB) []ner.Mention {
	if !mayHoldOffice(text, runeByte, m, s) {
		return append(out, m) // most names: no office word in or after them
	}
	var buf [12]string
	ws := buf[:0]
	for w := range strings.FieldsSeq(s) { // no slice of its own: ws holds them
		ws = append(ws, w)
	}
	// cp[i] is the code point offset of word i's start; cp[len] = end
	var cpBuf [13]int // on the stack for up to twelve words, as ws
	cps := cpBuf[:0]
	off := 0
	for _, w := range ws {
		i := strings.Index(s[off:], w) + off
		cps = append(cps, m.Start+utf8.RuneCountInString(s[:i]))
		off = i + len(w)
	}
	cps = append(cps, m.End)
	span := func(a, b int) (int, int) { // words a..b-1 -> code points
		return cps[a], cps[a] + joinedRunes(ws[a:b])
	}

	// a title inside: "U.S. Attorney Nealy Cox", "Supreme Court Justice
	// Ruth Bader Ginsburg"; the person after it needs two words, or one
	// when the mention was a person's already
	for i := 1; i < len(ws)-1; i++ {
		if !officeTitleSet.has(ws[i]) || !isCapitalized(ws[i+1]) {
			continue
		}
		j := i + 1
		for j < len(ws)-1 && officeTitleSet.has(ws[j]) {
			j++ // "Attorney General Eric Holder"
		}
		if len(ws)-j < 2 && m.Type != "PER" {
			break
		}
		if companyEndsWord(ws[len(ws)-1]) {
			break
		}
		left := i
		for left > 0 && (officeWordSet.has(ws[left-1]) || officeTitleSet.has(ws[left-1])) {
			left--
		}
		if left > 0 {
			a, b := span(0, left)
			out = append(out, ner.Mention{Start: a, End: b, Type: placeOr(k, text, runeByte, a, b, m.Type)})
		}
		a, b := span(j, len(ws))
		return append(out, ner.Mention{Start: a, End: b, Type: "PER"})
	}

	// an office word leading a person's name: "Justice Ruth Bader
	// Ginsburg", "Prosecution Eva-Marie Persson"
	if m.Type == "PER" && len(ws) > 2 && (officeWordSet.has(ws[0]) || officeTitleSet.has(ws[0])) {
		a, b := span(1, len(ws))
		return append(out, ner.Mention{Start: a, End: b, Type: "PER"})
	}
	// whatever the tagger said, when the title is only ever a person's
	// and the rest is capitalised words ("Justice Ruth Bader Ginsburg"
	// read as a court, "Admiral Ray Stone")
	if len(ws) > 2 && personOnlyTitleSet.has(ws[0]) && allCapitalized(ws[1:]) && !companyEndsWord(ws[len(ws)-1]) {
		a, b := span(1, len(ws))
		return append(out, ner.Mention{Start: a, End: b, Type: "PER"})
	}

	// a title closing a body's name: "the Ostrel Police Review Director,
	// Ada Holm"; not "Office of the Secretary"
	if last := ws[len(ws)-1]; m.Type != "PER" && (len(ws) > 2 || len(ws) == 2 && shortTrailingSet.has(last)) && trailingTitleSet.has(last) &&
		!strings.EqualFold(ws[len(ws)-2], "the") && !strings.EqualFold(ws[len(ws)-2], "of") {
		a, b := span(0, len(ws)-1)
		return append(out, ner.Mention{Start: a, End: b, Type: m.Type})
	}

	end := byteOf(runeByte, m.End)
	next := wordAfter(text, end)
	// department words before a title after the name: "U.S. Defense"
	// Secretary, "UK Home" Secretary
	if isCapitalized(next) && officeTitleSet.has(next) {
		n := len(ws)
		for n > 0 && officeWordSet.has(ws[n-1]) {
			n--
		}
		if n == len(ws) {
			return append(out, m)
		}
		if n == 0 {
			return out
		}
		a, b := span(0, n)
		if k.Types(kb.Normalize(sliceRunes(text, runeByte, a, b))) == 0 {
			return out // the tagger's type was the office's: "British Foreign" Secretary
		}
		return append(out, ner.Mention{Start: a, End: b, Type: placeOr(k, text, runeByte, a, b, m.Type)})
	}
	// a body's expert on a country: "White House Russia" adviser
	if roleNounSet.has(next) && !isCapitalized(next) {
		last := kb.Normalize(ws[len(ws)-1])
		if k.Types(last)&kbLOC != 0 && k.Types(kb.Normalize(s)) == 0 &&
			k.Types(kb.Normalize(strings.Join(ws[:len(ws)-1], " ")))&kbORG != 0 {
			a, b := span(0, len(ws)-1)
			c, d := span(len(ws)-1, len(ws))
			return append(out, ner.Mention{Start: a, End: b, Type: m.Type}, ner.Mention{Start: c, End: d, Type: "LOC"})
		}
	}
	return append(out, m)
}

// joinedRunes is utf8.RuneCountInString(strings.Join(ws, " ")), counted
// without joining: the words' code points and a space between each two.
func joinedRunes(ws []string) int {
	n := 0
	for _, w := range ws {
		n += utf8.RuneCountInString(w)
	}
	if len(ws) > 1 {
		n += len(ws) - 1
	}
	return n
}

// placeOr types the name before a title: as the KB types it when it knows
// one type ("British" MISC), a place when it may be one ("U.S.", "UK");
// otherwise typ, and a body, not a person, when typ is PER.
func placeOr(k *kb.KB, text string, runeByte []int, a, b int, typ string) string {
	switch bits := k.Types(kb.Normalize(sliceRunes(text, runeByte, a, b))); {
	case bits == kbPER || bits == kbORG || bits == kbMISC:
		return [...]string{kbPER: "PER", kbORG: "ORG", kbMISC: "MISC"}[bits]
	case bits&kbLOC != 0:
		return "LOC"
	case typ == "PER":
		return "ORG"
	}
	return typ
}

func companyEndsWord(w string) bool {
	// normalised on the stack: the tests below keep nothing of it
	var buf [32]byte
	b := kb.AppendNormalized(buf[:0], w)
	k := unsafe.String(unsafe.SliceData(b), len(b))
	return kb.IsLegalSuffix(k) || firmForms[k] || companyEnds[k] || isCompanyNoun(k)
}

// mayHoldOffice: a word of s is an office's, or the word after it is a
// title or a role noun; a scan without allocation.
func mayHoldOffice(text string, runeByte []int, m ner.Mention, s string) bool {
	// a person's name holds an office word only first ("Justice Ruth
	// Bader Ginsburg"), or a company officer's anywhere (the tagger reads
	// "Goldman Sachs CEO David Solomon" as one person); a body's or a
	// place's any office word anywhere
	for first, rest := true, s; rest != ""; first = false {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if mayBeOffice(w) && officeAnySet.has(w) && (first || m.Type != "PER" || officerTitleSet.has(w)) {
			return true
		}
	}
	// a title after the name matters only after an office word (found
	// above); a role noun only after a body's or a place's name
	e := byteOf(runeByte, m.End)
	if m.Type == "PER" || e+1 >= len(text) || text[e] != ' ' || text[e+1] < 'a' || text[e+1] > 'z' {
		return false
	}
	next := wordAfter(text, e)
	return mayBeOffice(next) && roleNounSet.has(next)
}

func allCapitalized(ws []string) bool {
	for _, w := range ws {
		if !isCapitalized(w) {
			return false
		}
	}
	return true
}
