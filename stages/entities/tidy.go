package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// tidyNames repairs the tagger's mentions by the rules of how news writes
// names, in one pass: quote codes and indexes (marketName), common words
// (commonWord), the pronoun I (cutPronounI), possessive names
// (joinPossessive), lists (appendList) and offices (appendRole). Each rule
// looks at the bytes around a name before anything else, so that most
// names cost a few comparisons. The result is appended to dst[:0].
func tidyNames(dst []ner.Mention, text string, runeByte []int, ms []ner.Mention, k *kb.KB) []ner.Mention {
	out := dst[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		b, e := byteOf(runeByte, m.Start), byteOf(runeByte, m.End)
		// each rule's byte test, here so that a name no rule concerns
		// costs comparisons and no call
		last, after := text[e-1], byte(0)
		if e < len(text) {
			after = text[e]
		}
		if last == '.' && sentenceDot(text, b, e) {
			m.End-- // "at Tempus Inc. Central banks": the period is the sentence's
			e--
			last = text[e-1]
		}
		per := m.Type == "PER"
		if after == '=' || b >= 2 && text[b-1] == '.' || last >= '0' && last <= '9' ||
			(last == 'e' || last == 'x') && e-b > 6 || e-b <= 10 && indexCue(text, e) ||
			after == ' ' && e-b <= 9 && shortIndexSet.has(text[b:e]) {
			var ok bool
			if m, ok = marketName(text, runeByte, m, b, e); !ok {
				continue
			}
			e = byteOf(runeByte, m.End)
			if e < len(text) {
				after = text[e]
			}
		}
		if e-b <= 12 && (after == ',' || e-b >= 2 && (text[b+1] >= 'A' && text[b+1] <= 'Z' || text[b+1] == '.')) &&
			commonWord(text, runeByte, m, b, e) {
			continue
		}
		if !per && text[e-1] == 'I' {
			cutPronounI(text, runeByte, &m, e, k)
		}
		if after == '\'' || after == 0xe2 {
			if own, ok := ownPossessive(text, runeByte, m, b, e, k); ok {
				out = append(out, own)
				continue
			}
			var next *ner.Mention
			if i+1 < len(ms) {
				next = &ms[i+1]
			}
			if j, ok, used := joinPossessive(text, runeByte, m, e, next); ok {
				if used {
					i++
				}
				out = append(out, j) // a possessive name is whole
				continue
			}
		}
		if per && m.End-m.Start < 12 {
			out = append(out, m) // a person's one or two words: no list, no office to cut
			continue
		}
		if name := text[b:e]; strings.IndexByte(name, ' ') < 0 {
			// one word: an office alone is dropped, nothing else changes
			if !mayBeOffice(name) || !officeAlone(text, runeByte, m, name) {
				out = append(out, m)
			}
			continue
		}
		if e-b >= 9 && !per {
			n := len(out)
			if out = appendList(out, text, runeByte, m); len(out) > n+1 {
				continue
			}
			out = out[:n]
		}
		out = appendRole(out, text, runeByte, m, k)
	}
	return out
}
