package entities

import (
	"strings"
	"unicode/utf8"
)

// Context cues that type a name in any news story, whatever the tagger
// said: a company is what has shares, a chief executive or a trade noun
// before it ("drugmaker Novartis", "shares of Mattel", "Nokia shares
// fell", "Novartis, the Swiss drugmaker,"). The tagger types an unknown
// one-word company by its shape
// (PER for "Transocean", LOC for "Nokia"); these cues are its evidence
// from the words around the name.

// companyNouns, lower case, name a company's trade. Makers are listed:
// a "filmmaker" or a "lawmaker" is a person. Nouns that also head a
// person's title ("producer", "publisher", "operator") or stand before
// who runs it ("the company Smith founded") are not here.
var companyNouns = map[string]bool{
	"maker": true, "carmaker": true, "drugmaker": true, "chipmaker": true, "steelmaker": true,
	"planemaker": true, "toymaker": true, "truckmaker": true, "automaker": true, "manufacturer": true, "retailer": true,
	"lender": true, "insurer": true, "reinsurer": true, "conglomerate": true, "airline": true,
	"brokerage": true, "supplier": true, "distributor": true,
	"giant": true, "startup": true, "start-up": true, "subsidiary": true,
	"chain": true, "miner": true,
}

// companyOwned follow "X's" only when X is a company (a person has
// shares and a stake too).
var companyOwned = map[string]bool{
	"stock": true, "shareholders": true, "ceo": true, "board": true,
	"subsidiary": true, "earnings": true, "revenue": true, "revenues": true, "profit": true,
	"profits": true, "headquarters": true, "products": true,
}

// shareMoves follow "X shares" when X is a company ("Nokia shares fell"),
// not a verb ("Smith shares the view").
var shareMoves = map[string]bool{
	"rose": true, "fell": true, "jumped": true, "dropped": true, "closed": true, "gained": true,
	"slipped": true, "climbed": true, "tumbled": true, "slumped": true, "surged": true,
	"were": true, "have": true, "had": true, "are": true, "ended": true, "lost": true, "edged": true,
	"plunged": true, "soared": true, "opened": true, "traded": true, "rallied": true,
}

// companyOf ends the words before "of/in/at/for X" that only a company
// has: "shares of X", "stake in X", "chief executive of X".
var companyOf = map[string]bool{
	"shares": true, "stake": true, "shareholders": true, "stock": true, "executive": true,
	"executives": true, "ceo": true, "analyst": true, "analysts": true,
}

var (
	companyNounSet  = newLowerSet(companyNouns)
	companyOwnedSet = newLowerSet(companyOwned)
	shareMoveSet    = newLowerSet(shareMoves)
	companyOfSet    = newLowerSet(companyOf)
)

func isCompanyNoun(w string) bool { return companyNounSet.has(w) }

// cueType is the type the words around text[start:end] (bytes) give the
// name, or "".
func cueType(text string, start, end int) string {
	return cueTypeNear(text, start, end, &nearWords{})
}

// cueTypeNear is cueType with the mention's nearWords.
func cueTypeNear(text string, start, end int, nw *nearWords) string {
	// a word after one space ends no name with a hyphen, a possessive or
	// an apposition: only "shares" after it is read further
	if a := nw.after; a.Len == 0 || a.Len >= 6 && text[a.B]|0x20 == 's' {
		if t := cueAfter(text[end:]); t != "" {
			return t
		}
	}
	if !prevMayCueNear(text, start, nw) {
		return ""
	}
	prev := text[max(0, start-60):start]
	if j := lastSentenceEnd(prev); j >= 0 {
		prev = prev[j:]
	}
	if !strings.HasSuffix(prev, " ") {
		return ""
	}
	var p [2]string
	k := lastFields(prev, p[:])
	if k == 0 {
		return ""
	}
	last := p[1]
	// lower case: "drugmaker Novartis", not a name's own word ("Bank Leumi")
	if last[0] >= 'a' && last[0] <= 'z' && isCompanyNoun(last) {
		return "ORG"
	}
	if k == 2 && (last == "of" || last == "in" || last == "at") && companyOfSet.has(p[0]) {
		return "ORG"
	}
	return ""
}

// cueAfter is the type the words after a name (next) give it, or "".
func cueAfter(next string) string {
	if len(next) > 5 && next[0] == '-' && placeSuffixed(next) {
		return "LOC" // "Boston-based Fidelity": the name is the firm's home, whatever comes before it
	}
	if possessive := isPossessive(next); possessive || mayBeShares(next) {
		var w [3]string
		n := firstFields(next, w[:])
		if possessive && n > 1 && (companyOwnedSet.has(w[1]) ||
			n > 2 && strings.EqualFold(w[1], "chief") && strings.EqualFold(w[2], "executive")) {
			return "ORG" // "Nokia's shares"; w[0] is the "s"
		}
		if n > 1 && strings.EqualFold(w[0], "shares") && next[0] == ' ' && shareMoveSet.has(w[1]) {
			return "ORG"
		}
	}
	if apposedCompany(next) {
		return "ORG"
	}
	return ""
}

func isPossessive(s string) bool {
	return strings.HasPrefix(s, "'s ") || strings.HasPrefix(s, "’s ")
}

// apposedCompany: the name is followed by ", the/a ... NOUN" whose head
// noun (the last word before a comma, a full stop or "of") is a trade
// ("Novartis, the Swiss drugmaker,"; "Nokia, the biggest maker of").
// "Smith, a company spokesman," heads on "spokesman"; "Smith, a champion
// and supplier of" on "champion".
func apposedCompany(next string) bool {
	if len(next) < 4 || next[0] != ',' || next[1] != ' ' {
		return false // most names: the three prefixes below turned away at once
	}
	var rest string
	switch {
	case strings.HasPrefix(next, ", the "):
		rest = next[6:]
	case strings.HasPrefix(next, ", a "):
		rest = next[4:]
	case strings.HasPrefix(next, ", an "):
		rest = next[5:]
	default:
		return false
	}
	if j := strings.IndexAny(rest, ",.;("); j >= 0 {
		rest = rest[:j]
	} else if len(rest) > 60 {
		return false
	}
	for _, stop := range [...]string{" of ", " and ", " in ", " with ", " that ", " which ", " for "} {
		if j := strings.Index(rest, stop); j >= 0 {
			rest = rest[:j]
		}
	}
	var w [1]string
	if lastFields(rest, w[:]) == 0 {
		return false
	}
	return w[0][0] >= 'a' && w[0][0] <= 'z' && isCompanyNoun(w[0])
}

// mayBeShares: the first word of s may be "shares" (an exact pre-test:
// any non-ASCII byte leaves the answer to the full reading).
func mayBeShares(s string) bool {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && notWordRune(rune(s[i])) {
		i++
	}
	return i < len(s) && (s[i] >= utf8.RuneSelf || len(s)-i >= 6 && s[i]|0x20 == 's' && strings.EqualFold(s[i:i+6], "shares"))
}

// prevMayCue: the last word before text[start:] is one the before-name
// cues can use ("drugmaker", "of", "in", "at"). Most names follow "the"
// or "said", and this turns them away before cueType reads sentence
// bounds and two words. A sentence end cannot cut a word, so the word
// found here is the one the full reading would find.
func prevMayCue(text string, start int) bool {
	return prevMayCueNear(text, start, &nearWords{})
}

// prevMayCueNear is prevMayCue that takes the word before from nw when a
// byte that ends prevMayCue's word (no letter, no hyphen) stands before
// it within the window.
func prevMayCueNear(text string, start int, nw *nearWords) bool {
	if w := nw.before; w.Len > 0 && int(w.B) > max(0, start-60) && text[w.B-1] < utf8.RuneSelf && notWordASCII[text[w.B-1]] {
		if w.Len == 2 {
			s := wordOf(text, w)
			if s == "of" || s == "in" || s == "at" {
				return true
			}
		}
		c := text[w.B]
		return c >= 'a' && c <= 'z' && companyNounSet.hasWord(wordOf(text, w), w.Low)
	}
	if start == 0 || text[start-1] != ' ' {
		return false
	}
	lo := max(0, start-60)
	i := start
	for i > lo && text[i-1] < utf8.RuneSelf && notWordRune(rune(text[i-1])) {
		i--
	}
	e := i
	for i > lo && text[i-1] < utf8.RuneSelf && !notWordRune(rune(text[i-1])) {
		i--
	}
	if i > lo && text[i-1] >= utf8.RuneSelf || i == lo && lo > 0 {
		return true // a non-ASCII letter or the window's edge: read it in full
	}
	w := text[i:e]
	if w == "" {
		return false
	}
	return w == "of" || w == "in" || w == "at" || w[0] >= 'a' && w[0] <= 'z' && isCompanyNoun(w)
}

// placeSuffixed: next starts with a place suffix ("-based").
func placeSuffixed(next string) bool {
	for _, suf := range placeSuffixes {
		if strings.HasPrefix(next, suf) && (len(next) == len(suf) || !wordByte(next[len(suf)])) {
			return true
		}
	}
	return false
}
