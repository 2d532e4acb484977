package quotes

import (
	"path/filepath"
	"testing"

	"github.com/wirestream/wirestream/stages/segment"
)

// The tables give what the scans they replace give, for every start and
// end in every sentence of the test articles, asked in any order.
func TestScanTables(t *testing.T) {
	texts := []string{"He said, despite the rain: it was fine — they agree, amid talk – and so on, days after the vote."}
	for _, file := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(t, filepath.Join("testdata", file)) {
			texts = append(texts, g.Text)
		}
	}
	for _, text := range texts {
		paras, sents := segment.Split(text)
		d := &doc{src: text}
		d.decode(text)
		d.toks, _, _ = tokenize(d.r, text, d.boff, nil, nil, nil, 0)
		assignSpans(d.toks, toSpanR(paras, len(d.r), nil), toSpanR(sents, len(d.r), nil))
		d.cuts.reset(len(d.toks))
		d.breaks.reset(len(d.toks))
		n := int32(len(d.toks))
		for first := int32(0); first < n; {
			last := first
			for last+1 < n && d.toks[last+1].sent == d.toks[first].sent {
				last++
			}
			for a := last; a >= first; a-- { // from the end: the table grows back
				want := last
				for k := a + 3; k < last; k++ {
					if e := d.cutAt(k, last); e >= 0 {
						want = e
						break
					}
				}
				if got := d.contextCut(a, last); got != want {
					t.Fatalf("%q: contextCut(%d, %d) = %d, want %d", text, a, last, got, want)
				}
				if a+2 <= last {
					// Another end in between: the table is rebuilt for it.
					d.contextCut(first, last-1)
				}
			}
			first = last + 1
		}
		// afterBreak acts on colons and dashes only: the table must give
		// the last one after first and at or before every token, for any
		// first, asked in any order.
		for first := int32(0); first < n; first += 3 {
			for _, k := range []int32{n - 1, first + 2, n / 2, first} {
				want := int32(-1)
				for i := first + 1; i <= k && i < n; i++ {
					if d.isPunct(i, ':') || d.isPunct(i, '—') || d.isPunct(i, '–') {
						want = i
					}
				}
				if k >= n || k < 0 {
					continue
				}
				if got := d.breaks.before(d, first, k); got != want {
					t.Fatalf("%q: break in (%d, %d]: %d, want %d", text, first, k, got, want)
				}
			}
		}
	}
}
