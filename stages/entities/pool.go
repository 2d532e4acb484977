package entities

import (
	"sync"
	"unicode/utf8"
)

// docPool recycles the per-article work space (offset table, mentions,
// clusters, word set, look-up cache): allocating it afresh for every
// article was most of this stage's bytes and a good share of its time.
// Nothing an entity returns points into a doc.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// getDoc returns an empty doc for text, with the capacity of an earlier one.
func getDoc(text string) *doc {
	d := docPool.Get().(*doc)
	d.text = text
	d.runeByte = d.runeByte[:0]
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		d.runeByte = nil
		if cap(d.runeBuf) == 0 {
			d.runeBuf = nil
		}
	} else {
		rb := d.runeBuf[:0]
		if utf8.ValidString(text) {
			// a rune starts at every byte but a continuation byte: no
			// decoding
			for j := 0; j < len(text); j++ {
				if text[j]&0xc0 != 0x80 {
					rb = append(rb, j)
				}
			}
		} else {
			for j := range text {
				rb = append(rb, j)
			}
		}
		d.runeByte = append(rb, len(text))
		d.runeBuf = d.runeByte
	}
	return d
}

// putDoc hands d back once its entities are rendered.
func putDoc(d *doc) {
	d.text = ""
	d.descs, d.lookups = nil, nil
	d.idx.reset()
	d.candBuf = d.candBuf[:0]
	for i := range d.ms {
		d.ms[i] = mention{}
	}
	d.ms = d.ms[:0]
	for i := range d.cs {
		d.cs[i] = cluster{ments: d.cs[i].ments[:0]}
	}
	d.cs = d.cs[:0]
	d.words = nil
	clear(d.looked)
	clear(d.wordBuf[:cap(d.wordBuf)])
	d.wordBuf = d.wordBuf[:0]
	docPool.Put(d)
}

// newCluster appends an empty cluster, reusing the mention list of the
// cluster that held that slot for an earlier article.
func (d *doc) newCluster() int {
	n := len(d.cs)
	if n < cap(d.cs) {
		d.cs = d.cs[:n+1]
		d.cs[n] = cluster{ments: d.cs[n].ments[:0]}
	} else {
		d.cs = append(d.cs, cluster{})
	}
	return n
}

// stemSetFor returns the doc's word set emptied and sized for hint words.
func (d *doc) stemSetFor(hint int) *stemSet {
	s := d.setBuf
	if s == nil {
		s = newStemSet(hint)
		d.setBuf = s
		return s
	}
	size := 64
	for size < hint*2 {
		size <<= 1
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.n = 0
	return s
}
