package quotes

import (
	"sort"

	"github.com/wirestream/wirestream/schemas"
)

// doc is the working state of one extraction. Offsets are in runes.
type doc struct {
	r       []rune
	toks    []token
	paras   []spanR
	sents   []spanR
	spans   []qspan
	ments   []mention
	mentAt  []int32 // token -> mention covering it, -1
	ents    []entity
	events  []event
	scratch []byte
}

// Extract finds the quotations of text, given its paragraphs and sentences
// (code-point spans, as the segment stage writes them). It never fails; a
// text without quotations gives an empty, non-nil slice.
func Extract(text string, paragraphs, sentences []schemas.Span) []schemas.Quote {
	d := &doc{r: []rune(text)}
	d.paras = toSpanR(paragraphs, len(d.r))
	d.sents = toSpanR(sentences, len(d.r))
	if len(d.paras) == 0 {
		d.paras = []spanR{{0, int32(len(d.r))}}
	}
	if len(d.sents) == 0 {
		d.sents = d.paras
	}
	d.toks, d.scratch = tokenize(d.r, make([]token, 0, len(d.r)/5+8), make([]byte, 0, 32))
	assignSpans(d.toks, d.paras, d.sents)
	d.spans = pairMarks(d.r, d.toks, d.paras, nil)
	d.mentAt = make([]int32, len(d.toks))
	for i := range d.mentAt {
		d.mentAt[i] = -1
	}
	d.findMentions()
	d.linkEntities()
	d.findEvents()
	out := d.attribute(make([]schemas.Quote, 0, len(d.spans)+len(d.events)))
	out = d.indirect(out)
	sortQuotes(out)
	return out
}

// toSpanR keeps the valid spans, in order, clipped to the text.
func toSpanR(in []schemas.Span, n int) []spanR {
	out := make([]spanR, 0, len(in))
	last := int32(0)
	for _, s := range in {
		a, b := int32(s.Start), int32(s.End)
		if a < last {
			a = last
		}
		if b > int32(n) {
			b = int32(n)
		}
		if a >= b {
			continue
		}
		out = append(out, spanR{a, b})
		last = b
	}
	return out
}

func sortQuotes(q []schemas.Quote) {
	sort.SliceStable(q, func(i, j int) bool { return q[i].Start < q[j].Start })
}

func (d *doc) text(a, b int32) string { return string(d.r[a:b]) }

// textT is the text of token range [a, b].
func (d *doc) textT(a, b int32) string { return string(d.r[d.toks[a].s:d.toks[b].e]) }

func (d *doc) isPunct(k int32, c rune) bool {
	return k >= 0 && k < int32(len(d.toks)) && d.toks[k].kind == kPunct && !d.toks[k].poss && d.r[d.toks[k].s] == c
}
