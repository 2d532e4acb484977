package quotes

import (
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

// doc is the working state of one extraction. Offsets are in runes.
type doc struct {
	src     string
	r       []rune
	boff    []int32 // rune index -> byte offset in src, one past the end included
	toks    []token
	marks   []int32 // the mark tokens' indexes
	paras   []spanR
	sents   []spanR
	spans   []qspan
	kept    []bool // spans kept as direct or mixed quotes
	ments   []mention
	mentAt  []int32 // token -> mention covering it, -1
	ents    []entity
	events  []event
	synth   []event // speakers found without a verb
	scratch []byte

	// Buffers reused between articles.
	wids            wordIDs
	mentWord        []int32            // the numbers of each mention's first and last word, see linkEntities
	byLast, byFirst []int32            // by word number, a mention
	ids             []int32            // by mention, an entity
	byInit          map[uint64]nameRun // names by their initials, see linkAcronyms
	outSpk          []schemas.Speaker
	outCue          []schemas.Mention
	quotes          []schemas.Quote // the quotes found, before sortedQuotes
	cuts            cutTable
	breaks          breakTable
	qorder          []int32
	evOf            []int32
	str             []uint8
	keep, mixed     []bool
	isLetters       []bool // by mention: lettersName, see linkAcronyms
	sFirst, sLast   []int32
	qc              []int32
}

// Extract finds the quotations of text, given its paragraphs and sentences
// (code-point spans, as the segment stage writes them). It never fails; a
// text without quotations gives an empty, non-nil slice.
func Extract(text string, paragraphs, sentences []schemas.Span) []schemas.Quote {
	d := docPool.Get().(*doc)
	defer d.release()
	d.src = text
	d.decode(text)
	d.paras = toSpanR(paragraphs, len(d.r), d.paras[:0])
	d.sents = toSpanR(sentences, len(d.r), d.sents[:0])
	if len(d.paras) == 0 {
		d.paras = append(d.paras, spanR{0, int32(len(d.r))})
	}
	if len(d.sents) == 0 {
		d.sents = append(d.sents, d.paras...)
	}
	d.toks, d.scratch, d.marks = tokenize(d.r, text, d.boff, d.toks[:0], d.scratch[:0], d.marks[:0], singleUntil(d.r, hasDoubleMark(text)))
	assignSpans(d.toks, d.paras, d.sents)
	d.spans = pairMarks(d.r, d.toks, d.marks, d.paras, d.spans[:0])
	d.mentAt = fill(d.mentAt, len(d.toks), -1)
	d.findMentions()
	d.linkEntities()
	d.findEvents()
	// Every quote's speaker and cue come from one array each (the output
	// owns them; they are never pooled): two allocations, not two a quote.
	nq := len(d.spans) + len(d.events)
	d.outSpk, d.outCue = make([]schemas.Speaker, 0, nq), make([]schemas.Mention, 0, nq)
	d.cuts.reset(len(d.toks))
	d.breaks.reset(len(d.toks))
	q := d.attribute(d.quotes[:0])
	q = d.indirect(q)
	out := d.sortedQuotes(q)
	if rankHook != nil {
		rankHook(d, out)
	}
	clear(q) // the pool keeps no pointer into the output
	d.quotes = q[:0]
	return out
}

// rankHook, when set, sees every article's quotes, sorted, with the working
// state that found them: the tests that measure a learned speaker ranker
// against the rules set it (rank_*_test.go). The stage never does.
var rankHook func(d *doc, qs []schemas.Quote)

// decode fills d.r and d.boff; an article is mostly ASCII, so bytes below
// 0x80 skip the UTF-8 decoder, eight at a time, and the buffers are sized
// once (a text has at most as many runes as bytes).
func (d *doc) decode(text string) {
	n := len(text)
	if cap(d.r) < n {
		d.r = make([]rune, n)
	}
	if cap(d.boff) < n+1 {
		d.boff = make([]int32, n+1)
	}
	r, boff := d.r[:n], d.boff[:n+1]
	k := 0
	for b := 0; b < n; {
		// Eight ASCII bytes at once: constant indexes, one test; else the
		// ASCII bytes before the first other one, then that rune.
		if b+8 <= n {
			// Each byte is stored as a rune as soon as it is read, and
			// or-ed into one byte that tells whether all eight are ASCII:
			// when one is not, the runes written are written again below
			// (k has not moved), as r has room for them.
			t, rk := text[b:b+8], r[k:k+8:k+8]
			c := t[0]
			rk[0] = rune(c)
			x := t[1]
			rk[1], c = rune(x), c|x
			x = t[2]
			rk[2], c = rune(x), c|x
			x = t[3]
			rk[3], c = rune(x), c|x
			x = t[4]
			rk[4], c = rune(x), c|x
			x = t[5]
			rk[5], c = rune(x), c|x
			x = t[6]
			rk[6], c = rune(x), c|x
			x = t[7]
			rk[7], c = rune(x), c|x
			if c < utf8.RuneSelf {
				bk, o := boff[k:k+8:k+8], int32(b)
				bk[0], bk[1], bk[2], bk[3] = o, o+1, o+2, o+3
				bk[4], bk[5], bk[6], bk[7] = o+4, o+5, o+6, o+7
				k += 8
				b += 8
				continue
			}
			hi := load64(t) & 0x8080808080808080
			for m := bits.TrailingZeros64(hi) >> 3; m > 0; m-- {
				r[k], boff[k] = rune(text[b]), int32(b)
				k++
				b++
			}
		}
		if c := text[b]; c < utf8.RuneSelf {
			r[k], boff[k] = rune(c), int32(b)
			k++
			b++
			continue
		}
		c, w := utf8.DecodeRuneInString(text[b:])
		r[k], boff[k] = c, int32(b)
		k++
		b += w
	}
	boff[k] = int32(n)
	d.r, d.boff = r[:k], boff[:k+1]
}

// docPool keeps the working buffers between articles: the stage runs on a
// stream, and reusing them spares the garbage collector.
var docPool = sync.Pool{New: func() any {
	return &doc{byInit: map[uint64]nameRun{}}
}}

func (d *doc) release() {
	const keep = 1 << 20 // do not hold on to the buffers of a huge text
	if cap(d.r) > keep || cap(d.toks) > keep/8 {
		return
	}
	d.ments, d.ents, d.events, d.synth = d.ments[:0], d.ents[:0], d.events[:0], d.synth[:0]
	d.src = ""
	d.outSpk, d.outCue = nil, nil
	docPool.Put(d)
}

// grow returns s with length n, reusing its array when it is big enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// toSpanR keeps the valid spans, in order, clipped to the text.
func toSpanR(in []schemas.Span, n int, out []spanR) []spanR {
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

// sortedQuotes is q sorted by start, stably, in a new slice of its length:
// the sort moves indexes, and each quote is copied once (a quote holds
// pointers, and moving one costs write barriers while the collector runs).
func (d *doc) sortedQuotes(q []schemas.Quote) []schemas.Quote {
	order := grow(d.qorder, len(q))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return q[a].Start - q[b].Start })
	d.qorder = order
	out := make([]schemas.Quote, len(q))
	for i, k := range order {
		out[i] = q[k]
	}
	return out
}

// text is the source text of runes [a, b): a substring, no copy.
func (d *doc) text(a, b int32) string { return d.src[d.boff[a]:d.boff[b]] }

// textT is the text of token range [a, b].
func (d *doc) textT(a, b int32) string { return d.text(d.toks[a].s, d.toks[b].e) }

func (d *doc) isPunct(k int32, c rune) bool {
	return k >= 0 && k < int32(len(d.toks)) && d.toks[k].kind == kPunct && !d.toks[k].poss && d.r[d.toks[k].s] == c
}
