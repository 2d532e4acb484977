package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameFragment reports whether the mention at text[start:end] (bytes) is
// part of a longer capitalised name that the tagger cut: "Micro" in
// "Advanced Micro", "Midland" in "American Midland", "West" in "West
// German". A fragment names something else than its whole name, so it is
// no evidence for a link. A capitalised neighbour word counts only when it
// is no word capitalised for other reasons: a sentence's first word, a
// title or role ("President", "Chairman"), a day or month ("in Moscow
// Wednesday", as VOA writes), a place kind ("Oaxaca State"), a function
// word in a headline, or a person's name that the tagger found next to
// it (perLeft, perRight: "Ambassador to Japan Howard Baker"). Persons
// themselves are left alone: "Secretary of State John Kerry".
func nameFragment(text string, start, end int, typ string, perLeft, perRight bool) bool {
	return nameFragmentNear(text, start, end, typ, perLeft, perRight, &nearWords{})
}

// nameFragmentNear is nameFragment with the mention's nearWords.
func nameFragmentNear(text string, start, end int, typ string, perLeft, perRight bool, nw *nearWords) bool {
	if typ == "PER" {
		return false
	}
	return cutName(text, start, end, perLeft, perRight, nw) && !titleCaseLine(text, start, end)
}

func cutName(text string, start, end int, perLeft, perRight bool, nw *nearWords) bool {
	w, ws := wordBeforeNear(text, start, nw) // read once for both tests below
	if afterHeadOf(text, w, ws) && !commaName(text, end) {
		return true
	}
	if perLeft {
		// the tagger's own split: no word before counts
	} else if nameWord(w) && w[len(w)-1] != '.' {
		// a sentence's first word is capitalised anyway: part of the name
		// only when the two are written together again ("Advanced Micro
		// also said ... Advanced Micro chip sets")
		if !sentenceStart(text, ws) || strings.Count(text, text[ws:end]) >= 2 {
			return true
		}
	}
	if end > start && text[end-1] == '.' {
		return false // an abbreviation's period may end the sentence: "in the U.S. The"
	}
	return !perRight && nameWord(wordAfterNear(text, end, nw))
}

// wordBeforeNear is wordBefore(text, start), read from nw when the byte
// before its word ends wordBefore's word.
func wordBeforeNear(text string, start int, nw *nearWords) (string, int) {
	if w := nw.before; w.Len > 0 && (w.B == 0 || text[w.B-1] < utf8.RuneSelf && !asciiWordByte(text[w.B-1])) {
		return wordOf(text, w), int(w.B)
	}
	return wordBefore(text, start)
}

// wordAfterNear is wordAfter(text, end), read from nw when the byte
// after its word ends wordAfter's word.
func wordAfterNear(text string, end int, nw *nearWords) string {
	if w := nw.after; w.Len > 0 {
		if j := int(w.B + w.Len); j == len(text) || text[j] < utf8.RuneSelf && !asciiWordByte(text[j]) {
			return wordOf(text, w)
		}
	}
	return wordAfter(text, end)
}

// ofHeads, with bodyEnds, head a name that goes on with "of": "Public
// Service Co of Colorado", "Bank of Japan", "Court of the Southern
// District".
var ofHeads = map[string]bool{"co": true, "company": true}

// afterHeadOf reports a name written after "<Head> of" or "<Head> of
// the" with a capitalised head word (see ofHeads): the tail of an
// institution's or a company's name, whose place ("Colorado" of "Public
// Service Co of Colorado") is not what the text names. A legal form
// before "of" ("Inc of Houston", "Ltd of Osaka") says where the company
// sits, and a person's office ("Minister of Finance", "Governor of
// Texas") is no name of the place: neither is a head. The caller lets a
// place with its state after it through: "Protective Agency of
// Hackensack, N.J." says where the agency sits. w and ws are
// wordBefore(text, start) of the name's start.
func afterHeadOf(text, w string, ws int) bool {
	if w == "the" {
		w, ws = wordBefore(text, ws)
	}
	if w != "of" {
		return false
	}
	h, _ := wordBefore(text, ws)
	return capitalWord(h) && ofHeadSet.has(h)
}

// commaName reports a comma and a capitalised word right after byte end.
func commaName(text string, end int) bool {
	return end+2 < len(text) && text[end] == ',' && text[end+1] == ' ' && isCapitalized(text[end+2:])
}

// nameWord reports whether w, next to a name, could be part of it: a
// capitalised word with no other reason for its capital.
func nameWord(w string) bool {
	if w == "" || !capitalWord(w) {
		return false
	}
	w = strings.TrimRight(w, ".")
	return !notNameSet.has(w) && kindWord(w) == ""
}

// calendarWords are capitalised in English wherever they stand.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// titleRoles follow or precede a name as a title with a capital: "Federal
// Reserve Chairman", "Kremlin Spokesman".
var titleRoles = map[string]bool{
	"chairman": true, "chairwoman": true, "chair": true, "ambassador": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "director": true, "leader": true,
	"speaker": true, "commissioner": true, "mayor": true, "envoy": true, "premier": true, "ceo": true,
	"executive": true, "deputy": true, "representative": true, "delegate": true, "justice": true,
	"vice": true, "head": true, "founder": true, "coach": true, "captain": true, "manager": true,
}

// titleCaseLine reports whether the words around bytes [start, end) (four
// each side, within the line) are mostly capitalised, as in a headline:
// there a capital says nothing.
func titleCaseLine(text string, start, end int) bool {
	words, caps := 0, 0
	count := func(w string) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	// before: word by word back to the line start
	i := start
	for n := 0; n < 4 && i > 0 && text[i-1] != '\n'; n++ {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
			k--
		}
		if k == j {
			break
		}
		count(text[k:j])
		i = k
	}
	// after: word by word up to the line end
	i = end
	for n := 0; n < 4 && i < len(text) && text[i] != '\n'; n++ {
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		k := j
		for k < len(text) && text[k] != ' ' && text[k] != '\n' {
			k++
		}
		if k == j {
			break
		}
		count(text[j:k])
		i = k
	}
	return words >= 3 && caps*4 >= words*3
}

// wordBefore is the word that ends one space before byte start, and its
// offset; "" when there is none (a comma, a quote, two spaces).
func wordBefore(text string, start int) (string, int) {
	if start < 2 || text[start-1] != ' ' {
		return "", 0
	}
	i := start - 1
	for i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			if !asciiWordByte(c) {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !wordRune(r) {
			break
		}
		i -= size
	}
	return text[i : start-1], i
}

// wordAfter is the word that starts one space after byte end, or "".
func wordAfter(text string, end int) string {
	if end+1 >= len(text) || text[end] != ' ' {
		return ""
	}
	j := end + 1
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if !asciiWordByte(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !wordRune(r) {
			break
		}
		j += size
	}
	return text[end+1 : j]
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '&' }

// asciiWordByte is wordRune for an ASCII byte, without the Unicode tables.
func asciiWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '&'
}

// capitalWord: an upper-case first letter and a lower-case second one
// ("Advanced"), not an all-capitals headline word or acronym.
func capitalWord(w string) bool {
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
	}
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size >= len(w) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[size:])
	return unicode.IsLower(r2)
}

// sentenceStart reports whether byte i opens a sentence, a line or a
// quotation: only spaces, then end punctuation, a quote or the start of
// the text before it.
func sentenceStart(text string, i int) bool {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '.', '!', '?', ':', ';', '\n', '"', '“', '(', '—', '-':
		return true
	}
	return false
}

// headlineWords are function words that a title-case headline or a
// careless capitaliser writes with a capital: never part of a name.
var headlineWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "from": true, "with": true, "by": true, "as": true,
	"is": true, "was": true, "are": true, "were": true, "will": true, "has": true, "had": true, "have": true,
	"said": true, "says": true, "after": true, "before": true, "last": true, "this": true, "that": true,
	"both": true, "two": true, "three": true, "all": true, "its": true, "his": true, "her": true, "their": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "if": true, "when": true,
}
