package entities

import (
	"encoding/binary"
	"sort"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// nearWords are the tagger's words right next to a mention: the word of
// ASCII letters that ends one space before it and the one that starts
// one space after it (Len 0: none). The rules that read a name's
// neighbours (personContext, prevMayCue, cutName) take them as the
// tagger hashed them instead of scanning and lower-casing the bytes
// again, where the bytes beyond the word show that it is the word the
// rule would read; otherwise they read the text as before.
type nearWords struct {
	before, after ner.WordHash
}

// nearCursor finds the nearWords of mentions in text order: the tagger's
// words are in text order too, so a cursor walks them once.
type nearCursor struct {
	ws []ner.WordHash
	i  int // the first word at or after the last mention's start
}

// around returns the nearWords of bytes [s, e) of text.
func (c *nearCursor) around(text string, s, e int) nearWords {
	var nw nearWords
	ws := c.ws
	if len(ws) == 0 {
		return nw
	}
	j := c.i
	if j > 0 && int(ws[j-1].B) >= s {
		// a mention before the last one: search from the start
		j = sort.Search(len(ws), func(k int) bool { return int(ws[k].B) >= s })
	}
	// eight words a step, then one by one: a name is some ten words
	// after the last
	for j+8 < len(ws) && int(ws[j+8].B) < s {
		j += 8
	}
	for j < len(ws) && int(ws[j].B) < s {
		j++
	}
	c.i = j
	if s >= 2 && text[s-1] == ' ' && j > 0 && int(ws[j-1].B+ws[j-1].Len) == s-1 {
		nw.before = ws[j-1]
	}
	if e+1 < len(text) && text[e] == ' ' {
		k := j
		for k < len(ws) && int(ws[k].B) <= e {
			k++
		}
		if k < len(ws) && int(ws[k].B) == e+1 {
			nw.after = ws[k]
		}
	}
	return nw
}

// hasWord is s.has(w) for a word of ASCII letters whose lower case
// hashes (fullHash) to low, as the tagger hashed it.
func (s *lowerSet) hasWord(w string, low uint64) bool {
	if len(w) > maxHashed {
		return s.has(w)
	}
	return len(w) >= s.min && len(w) <= s.max && s.hashes.has(low)
}

// wordOf is the text of a nearWords word.
func wordOf(text string, w ner.WordHash) string { return text[w.B : w.B+w.Len] }

// afterWord is the word after the mention when nw has it and a byte that
// is no letter (or the text's end) follows it: then it is the whole run
// of letters that the text holds there.
func (nw *nearWords) afterWord(text string) (string, bool) {
	w := nw.after
	if w.Len == 0 {
		return "", false
	}
	if j := int(w.B + w.Len); j < len(text) && (text[j] >= utf8.RuneSelf || asciiLetter(text[j])) {
		return "", false
	}
	return wordOf(text, w), true
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// plain returns the range of the tagger's words that make up bytes
// [s, e) of text when these are words of ASCII letters with one space
// between each two (most names): the name's words and, in lower case,
// its key's (see add). Called after around(text, s, e).
func (c *nearCursor) plain(text string, s, e int) (int, int) {
	ws, j := c.ws, c.i
	if j >= len(ws) || int(ws[j].B) != s {
		return 0, 0
	}
	k, end := j, s
	for {
		if k == len(ws) || int(ws[k].B) != end {
			return 0, 0
		}
		end = int(ws[k].B + ws[k].Len)
		k++
		if end >= e {
			break
		}
		if text[end] != ' ' {
			return 0, 0
		}
		end++
	}
	if end != e {
		return 0, 0
	}
	return j, k
}

// isThe: w is "the" in any case, which a key drops before more words
// (see kb.Normalize).
func isThe(text string, w ner.WordHash) bool {
	return w.Len == 3 && text[w.B]|0x20 == 't' && text[w.B+1]|0x20 == 'h' && text[w.B+2]|0x20 == 'e'
}

// lowerLetters lower-cases b, made of ASCII letters and spaces, in place:
// each byte or-ed with 0x20, eight at a time.
func lowerLetters(b []byte) {
	for len(b) >= 8 {
		binary.LittleEndian.PutUint64(b, binary.LittleEndian.Uint64(b)|0x2020202020202020)
		b = b[8:]
	}
	for i := range b {
		b[i] |= 0x20
	}
}
