package schemas

import (
	"errors"
	"fmt"
)

// CheckOffsets checks what a JSON Schema cannot state: every span of the
// article lies inside Text (in code points, end exclusive, start <= end),
// the text recorded with a mention is the text at its offsets, and every
// speaker ref names an entity of the article. It returns all violations
// joined, or nil.
func CheckOffsets(a *Article) error {
	if a.Text == nil {
		if a.Paragraphs != nil || a.Sentences != nil || a.Quotes != nil || a.Entities != nil {
			return errors.New("article has spans but no text")
		}
		return nil
	}
	// Offsets count code points, so index a rune slice, not the string.
	runes := []rune(*a.Text)
	var errs []error
	span := func(where string, s, e int) bool {
		if s < 0 || e < s || e > len(runes) {
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) outside text of %d code points", where, s, e, len(runes)))
			return false
		}
		return true
	}
	mention := func(where string, s, e int, text string) {
		if span(where, s, e) && string(runes[s:e]) != text {
			errs = append(errs, fmt.Errorf("%s: text %q differs from text[%d:%d] = %q", where, text, s, e, string(runes[s:e])))
		}
	}
	for i, p := range a.Paragraphs {
		span(fmt.Sprintf("paragraphs[%d]", i), p.Start, p.End)
	}
	for i, p := range a.Sentences {
		span(fmt.Sprintf("sentences[%d]", i), p.Start, p.End)
	}
	refs := make(map[string]bool, len(a.Entities))
	for i, e := range a.Entities {
		if refs[e.Ref] {
			errs = append(errs, fmt.Errorf("entities[%d]: ref %q is not unique", i, e.Ref))
		}
		refs[e.Ref] = true
		for j, m := range e.Mentions {
			mention(fmt.Sprintf("entities[%d].mentions[%d]", i, j), m.Start, m.End, m.Text)
		}
		for j, m := range e.CaptionMentions {
			if err := captionMention(fmt.Sprintf("entities[%d].caption_mentions[%d]", i, j), a.Captions, m); err != nil {
				errs = append(errs, err)
			}
		}
	}
	for i, q := range a.Quotes {
		where := fmt.Sprintf("quotes[%d]", i)
		mention(where, q.Start, q.End, q.Text)
		if q.Speaker != nil {
			mention(where+".speaker", q.Speaker.Start, q.Speaker.End, q.Speaker.Text)
			if q.Speaker.Ref != nil && a.Entities != nil && !refs[*q.Speaker.Ref] {
				errs = append(errs, fmt.Errorf("%s.speaker: ref %q names no entity", where, *q.Speaker.Ref))
			}
		}
		if q.Cue != nil {
			mention(where+".cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
	}
	return errors.Join(errs...)
}

// captionMention reports a caption mention whose caption is missing or
// whose text is not the caption's text at its offsets.
func captionMention(where string, captions []string, m CaptionMention) error {
	if m.Caption < 0 || m.Caption >= len(captions) {
		return fmt.Errorf("%s: caption %d of %d", where, m.Caption, len(captions))
	}
	runes := []rune(captions[m.Caption])
	if m.Start < 0 || m.End < m.Start || m.End > len(runes) {
		return fmt.Errorf("%s: span [%d,%d) outside caption %d of %d code points", where, m.Start, m.End, m.Caption, len(runes))
	}
	if got := string(runes[m.Start:m.End]); got != m.Text {
		return fmt.Errorf("%s: text %q differs from captions[%d][%d:%d] = %q", where, m.Text, m.Caption, m.Start, m.End, got)
	}
	return nil
}
