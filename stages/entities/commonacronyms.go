package entities

import (
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// Capitalised words that name no one: acronyms of common nouns ("an
// electric SUV", "GDP growth", "the VAT rise") and the sentence adverbs
// that open a sentence ("Furthermore, ..."). The tagger reads an unknown
// word in capitals as a name; these are common words in any news story.
// commonWord tells them.
var commonWords = map[string]bool{
	"suv": true, "suvs": true, "gt": true, "gdp": true, "g.d.p.": true, "tv": true, "dna": true,
	"atm": true, "atms": true, "gps": true, "led": true, "pc": true, "pcs": true, "vat": true,
	"gif": true, "gifs": true, "ceo": true, "ceos": true, "cfo": true, "coo": true, "ipo": true,
	"ipos": true, "etf": true, "etfs": true, "ufo": true, "ufos": true, "sms": true, "url": true,
	"pdf": true, "usb": true, "mri": true, "icu": true, "hq": true, "pm": true, "am": true,
	"furthermore": true, "moreover": true, "meanwhile": true, "however": true, "nevertheless": true,
	"additionally": true, "consequently": true, "hey": true,
}

var commonWordSet = newLowerSet(commonWords)

// commonWord: m, whose bytes are text[b:e], is one of them.
func commonWord(text string, runeByte []int, m ner.Mention, b, e int) bool {
	return e-b <= 12 && commonShape(text, b, e) && commonWordSet.has(text[b:e])
}

// commonShape: an acronym (a capital or a full stop second: "SUV",
// "G.D.P.") or a word before a comma ("Furthermore,"); a byte test.
func commonShape(text string, b, e int) bool {
	if e < len(text) && text[e] == ',' {
		return true
	}
	c := text[b+1]
	return e-b >= 2 && (c >= 'A' && c <= 'Z' || c == '.')
}
