package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much of the text is read: a language shows in its
// first paragraphs, and the cost stays flat on long bodies.
const languageSample = 1024

// englishShare is the share of words in the sample that must be English
// function words for the text to be English. Running English prose holds
// 35–50% of them; other languages written in Latin script stay under 10%
// (loan words and names), so the cut is wide on both sides.
const englishShare = 0.2

// DetectLanguage names the language of a clean text as an ISO 639-1 code,
// or "" when it cannot tell. Later stages read English; the field lets
// them, and consumers filtering a multilingual feed, tell.
//
// English, nearly every article of an English wire, is recognised by its
// function words in microseconds; only other texts go to the trigram
// detector, which costs milliseconds a call.
func DetectLanguage(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	words, function := englishCount(text)
	if words >= 5 && float64(function) >= englishShare*float64(words) {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishCount counts the words of text and those that are English
// function words, lower-casing in a small buffer so the count allocates
// nothing.
func englishCount(text string) (words, function int) {
	var buf [8]byte
	n, long := 0, false
	end := func() {
		if n > 0 || long {
			words++
			if !long && englishFunctionWords[string(buf[:n])] {
				function++
			}
		}
		n, long = 0, false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || c == '\'':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				end()
				continue
			}
			if n < len(buf) {
				buf[n] = c
				n++
			} else {
				long = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			end()
			continue
		}
		long = true // a word with a non-ASCII letter is no English function word
	}
	end()
	return words, function
}

// englishFunctionWords are the commonest English words that carry grammar,
// not topic: articles, pronouns, auxiliaries, prepositions, conjunctions.
var englishFunctionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but of to in on at by for with from as into about
		than that this these those it its he she they we you i his her their our your him them us me
		is are was were be been being has have had do does did will would can could should may might must
		not no who which what when where there here if so also said says after before over up out`) {
		m[w] = true
	}
	return m
}()
