// Package segment splits clean article text into paragraphs and sentences.
//
// The sentence splitter is data plus a small engine: the word lists in
// abbrev.go and words.go say what a word before or after a candidate
// terminator usually means, and engine.go decides each boundary from the
// characters around the terminator. All offsets are Unicode code points
// into the text, end exclusive, trimmed of surrounding whitespace.
//
// Paragraphs: when the text contains a blank line, paragraphs are the blocks
// between blank lines and a single line break inside a block is plain
// whitespace (a soft wrap), unless it ends a short heading-like line. When
// the text has no blank line at all, every non-empty line is a paragraph:
// such text is a list of lines (headlines, bullet lists, one paragraph per
// line), unless it looks hard-wrapped (see paragraphs.go). Sentences never
// cross a paragraph.
package segment

import (
	"github.com/wirestream/wirestream/schemas"
)

// Split returns the paragraphs and sentences of text as code-point spans.
func Split(text string) (paragraphs, sentences []schemas.Span) {
	bp := splitParagraphs(text)
	paragraphs = make([]schemas.Span, 0, len(bp))
	sentences = make([]schemas.Span, 0, len(bp)*3)
	var e engine
	for _, p := range bp {
		paragraphs = append(paragraphs, p)
		sentences = e.sentences(text, p, sentences)
	}
	toCodePoints(text, paragraphs, sentences)
	return paragraphs, sentences
}

// SplitBytes is Split with byte offsets, for callers that work on the
// UTF-8 string directly (tokenisers in later stages).
func SplitBytes(text string) (paragraphs, sentences []schemas.Span) {
	bp := splitParagraphs(text)
	paragraphs = bp
	sentences = make([]schemas.Span, 0, len(bp)*3)
	var e engine
	for _, p := range bp {
		sentences = e.sentences(text, p, sentences)
	}
	return paragraphs, sentences
}
