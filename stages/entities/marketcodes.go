package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// Market reports on the wire name instruments by their quote codes (Reuters
// instrument codes) right after the name: "the Dow Jones Industrial Average
// .DJI fell", "Brent LCOc1 was at", "Sterling GBP= was trading", "aluminium
// on the London Metal Exchange CMAL3". A code is no name and no part of
// one: the tagger's mention of a code is dropped, a code at the end of a
// name cut off. And a stock index is named with its size, "S&P 500",
// "FTSE 100", "STOXX 600": the number is part of the name, and an index is
// MISC in the CoNLL scheme, not the company that computes it.

// indexHeads (normalised) are the names of index families that take their
// size after them.
var indexHeads = map[string]bool{
	"s&p": true, "stoxx": true, "ftse": true, "nikkei": true, "russell": true, "cac": true,
	"dax": true, "topix": true, "kospi": true, "asx": true, "ibex": true, "aex": true,
	"smi": true, "mib": true, "nifty": true, "sensex": true, "hang seng": true, "euro stoxx": true,
}

var indexHeadSet = newLowerSet(indexHeads)

// indexEnd: the word (as written) ends the name of an index: "Dow Jones
// Industrial Average", "Nasdaq Composite", "Hang Seng Index".
func indexEnd(w string) bool {
	switch w {
	case "Average", "Composite", "Index":
		return true
	}
	return false
}

// marketName applies both rules to m, whose bytes are text[b:e]; ok is
// false when m was a code alone.
func marketName(text string, runeByte []int, m ner.Mention, b, e int) (ner.Mention, bool) {
	// the bytes around the name turn most names away unread: a code is
	// glued to "." or "=", or ends in a digit
	if e < len(text) && text[e] == '=' || b >= 2 && text[b-1] == '.' || text[e-1] >= '0' && text[e-1] <= '9' {
		var ok bool
		if m, ok = cutCodes(text, runeByte, m); !ok {
			return m, false
		}
		e = byteOf(runeByte, m.End)
	}
	if c := text[e-1]; (c == 'e' || c == 'x') && e-b > 6 || e-b <= 10 && indexCue(text, e) {
		m = indexName(text, runeByte, m)
	}
	// the name first: the set turns most away by their first byte
	if e-b <= 9 && shortIndexSet.has(text[b:e]) && indexMoves(text[e:]) {
		m.Type = "MISC" // "the Nasdaq rose", "Dow component Home Depot"
	}
	return m, true
}

// shortIndexes (normalised) are the names an index goes by alone in a
// market report, without "index" or its size after them.
var shortIndexSet = newLowerSet(map[string]bool{
	"dow": true, "nasdaq": true, "nikkei": true, "ftse": true, "dax": true, "cac": true,
	"kospi": true, "sensex": true, "topix": true, "hang seng": true,
})

// indexMoves: the words after the name say an index moved, or that a
// company is one of its components.
func indexMoves(rest string) bool {
	for _, w := range []string{" rose", " fell", " gained", " lost", " climbed", " slipped", " dropped", " jumped",
		" added", " ended", " closed", " edged", " slid", " rallied", " component", " components"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !wordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// cutCodes cuts the quote codes off the end of m; ok is false when
// nothing else is left.
func cutCodes(text string, runeByte []int, m ner.Mention) (ner.Mention, bool) {
	for {
		s := sliceRunes(text, runeByte, m.Start, m.End)
		sp := strings.LastIndexByte(s, ' ')
		w := s[sp+1:]
		after := byteOf(runeByte, m.End)
		b := byteOf(runeByte, m.Start) + sp + 1
		code := quoteCode(w) || after < len(text) && text[after] == '=' ||
			len(w) > 1 && w[0] == '.' || b >= 2 && text[b-1] == '.' && text[b-2] == ' '
		if !code {
			return m, true
		}
		if sp <= 0 {
			return m, false // a code alone, or nothing left before it
		}
		m.End -= utf8.RuneCountInString(s[sp:])
	}
}

// quoteCode: a continuation future ("CLc1", "LCOc1") or a metal's code
// ("CMAL3"), shapes no word of a name has.
func quoteCode(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] < '0' || w[n-1] > '9' {
		return false
	}
	caps := 0
	for caps < n && w[caps] >= 'A' && w[caps] <= 'Z' {
		caps++
	}
	switch {
	case caps >= 2 && caps+2 == n && w[caps] == 'c':
		return true
	case caps >= 4 && caps+1 == n:
		return true
	}
	return false
}

// indexName extends an index family's name over its size and types an
// index MISC.
func indexName(text string, runeByte []int, m ner.Mention) ner.Mention {
	s := sliceRunes(text, runeByte, m.Start, m.End)
	if c := s[len(s)-1]; c == 'e' || c == 'x' {
		if sp := strings.LastIndexByte(s, ' '); sp > 0 && indexEnd(s[sp+1:]) {
			m.Type = "MISC"
			return m
		}
	}
	if len(s) > 10 || !indexHeadSet.has(s) {
		return m
	}
	e := byteOf(runeByte, m.End)
	if indexNext(text[e:]) {
		m.Type = "MISC" // "the Nikkei index", "Nikkei futures"
		return m
	}
	if e+1 < len(text) && text[e] == ' ' {
		n := 0
		for e+1+n < len(text) && text[e+1+n] >= '0' && text[e+1+n] <= '9' {
			n++
		}
		end := e + 1 + n
		if n >= 2 && (end == len(text) || !wordByte(text[end])) {
			m.End += 1 + n // ASCII
			m.Type = "MISC"
		}
	}
	return m
}

func byteOf(runeByte []int, cp int) int {
	if runeByte == nil {
		return cp
	}
	return runeByte[cp]
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// indexNext: the words after a family's name make it the index.
func indexNext(rest string) bool {
	for _, w := range []string{" index", " average", " futures"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !wordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// indexCue: what follows a name may make it an index ("S&P 500", "Nikkei
// index", "Nikkei average", "Nikkei futures"); a byte test.
func indexCue(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' {
		return false
	}
	c := text[e+1]
	return c >= '0' && c <= '9' || c == 'i' || c == 'a' || c == 'f'
}
