package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// captionGap separates the text and each caption in the document the
// tagger reads: a paragraph break, so no name runs across it.
const captionGap = "\n\n"

// withCaptions is the text followed by the captions, each caption one
// sentence of its own, and the code-point offset of every caption in it.
// Annotating them as one document lets a caption's "Putin" join the
// body's "Vladimir Putin", and keeps what only a caption names (the
// place of the photo, the leader beside the subject) in the article's
// entities.
func withCaptions(text string, sentences []schemas.Span, captions []string) (string, []schemas.Span, []int) {
	var b strings.Builder
	n := len(text)
	for _, c := range captions {
		n += len(captionGap) + len(c)
	}
	b.Grow(n)
	b.WriteString(text)
	at := utf8.RuneCountInString(text)
	sents := append(make([]schemas.Span, 0, len(sentences)+len(captions)), sentences...)
	starts := make([]int, len(captions))
	for i, c := range captions {
		b.WriteString(captionGap)
		at += len(captionGap) // the gap is ASCII
		starts[i] = at
		b.WriteString(c)
		at += utf8.RuneCountInString(c)
		sents = append(sents, schemas.Span{Start: starts[i], End: at})
	}
	return b.String(), sents, starts
}

// splitCaptionMentions moves every mention at or after textLen (code
// points) to the entity's CaptionMentions, relative to its caption, and
// keeps Mentions non-nil: an entity only a caption names has no mention
// in the text.
func splitCaptionMentions(ents []schemas.Entity, textLen int, starts []int) {
	for i := range ents {
		e := &ents[i]
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			if m.Start < textLen {
				kept = append(kept, m)
				continue
			}
			c := captionOf(starts, m.Start)
			e.CaptionMentions = append(e.CaptionMentions, schemas.CaptionMention{
				Caption: c, Start: m.Start - starts[c], End: m.End - starts[c], Text: m.Text})
		}
		if kept == nil {
			kept = []schemas.Mention{}
		}
		e.Mentions = kept
	}
}

// captionOf is the index of the caption that holds offset at: the last
// caption starting at or before it.
func captionOf(starts []int, at int) int {
	c := 0
	for c+1 < len(starts) && starts[c+1] <= at {
		c++
	}
	return c
}
