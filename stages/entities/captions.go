package entities

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// captionGap separates the text and each caption in the document the
// tagger reads: a paragraph break, so no name runs across it.
const captionGap = "\n\n"

// withCaptions is the text followed by the captions, each caption one
// sentence of its own, and the code-point span of every caption in it.
// Annotating them as one document lets a caption's "Putin" join the
// body's "Vladimir Putin", and keeps what only a caption names (the
// place of the photo, the leader beside the subject) in the article's
// entities.
func withCaptions(text string, sentences []schemas.Span, captions []string) (string, []schemas.Span, []schemas.Span) {
	var b strings.Builder
	n := len(text)
	for _, c := range captions {
		n += len(captionGap) + len(c)
	}
	b.Grow(n)
	b.WriteString(text)
	at := utf8.RuneCountInString(text)
	sents := append(make([]schemas.Span, 0, len(sentences)+len(captions)), sentences...)
	spans := make([]schemas.Span, len(captions))
	for i, c := range captions {
		b.WriteString(captionGap)
		at += len(captionGap) // the gap is ASCII
		start := at
		b.WriteString(c)
		at += utf8.RuneCountInString(c)
		spans[i] = schemas.Span{Start: start, End: at}
	}
	return b.String(), append(sents, spans...), spans
}

// splitCaptionMentions moves every mention in a caption to the entity's
// CaptionMentions, relative to its caption, and keeps Mentions non-nil: an
// entity only a caption names has no mention in the text. A mention that
// runs across the join of the text and a caption, or of two captions, is
// in neither and is dropped (rare: a rule that joins names across the
// paragraph break), with any entity left without mentions.
func splitCaptionMentions(ents []schemas.Entity, textLen int, captions []schemas.Span) []schemas.Entity {
	out := ents[:0]
	for _, e := range ents {
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			if m.End <= textLen {
				kept = append(kept, m)
				continue
			}
			c := captionOf(captions, m.Start)
			if c < 0 || m.End > captions[c].End {
				continue
			}
			e.CaptionMentions = append(e.CaptionMentions, schemas.CaptionMention{
				Caption: c, Start: m.Start - captions[c].Start, End: m.End - captions[c].Start, Text: m.Text})
		}
		if len(kept) == 0 && len(e.CaptionMentions) == 0 {
			continue
		}
		if kept == nil {
			kept = []schemas.Mention{}
		}
		e.Mentions = kept
		out = append(out, e)
	}
	return out
}

// captionOf is the index of the caption whose span holds offset at, or -1
// when at falls before the first caption or in a gap.
// The spans are in order, so a binary search keeps an article of many
// captions linear in its mentions.
func captionOf(captions []schemas.Span, at int) int {
	c := sort.Search(len(captions), func(i int) bool { return captions[i].End > at })
	if c == len(captions) || at < captions[c].Start {
		return -1
	}
	return c
}
