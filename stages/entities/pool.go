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
		var rb []int
		if utf8.ValidString(text) {
			rb = runeStarts(d.runeBuf, text)
		} else {
			rb = d.runeBuf[:0]
			for j := range text {
				rb = append(rb, j)
			}
		}
		d.runeByte = append(rb, len(text))
		d.runeBuf = d.runeByte
	}
	return d
}

// runeStarts returns the byte offset of every rune of valid UTF-8 text,
// in buf's array when it holds len(text)+1. A rune starts at every byte but a
// continuation byte, so nothing is decoded; the entries are written by
// index, eight entries at a time over a run of eight ASCII
// bytes (appending byte by byte was most of getDoc).
func runeStarts(buf []int, text string) []int {
	// len(text) runes at most, and one more entry for the caller
	if cap(buf) < len(text)+1 {
		buf = make([]int, len(text)+1)
	}
	rb := buf[:len(text)]
	k := 0
	for j := 0; j < len(text); {
		if j+8 <= len(text) && asciiRun8(text[j:j+8]) {
			// eight ASCII bytes are eight runes, so rb has room
			w := rb[k : k+8 : k+8]
			w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7] = j, j+1, j+2, j+3, j+4, j+5, j+6, j+7
			j, k = j+8, k+8
			continue
		}
		if text[j]&0xc0 != 0x80 {
			rb[k] = j
			k++
		}
		j++
	}
	return rb[:k]
}

// asciiRun8 reports whether the eight bytes of s are all ASCII. Written
// as a little-endian word the loads combine into one (an OR of the bytes
// stayed eight loads).
func asciiRun8(s string) bool {
	_ = s[7]
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return w&0x8080808080808080 == 0
}

// putDoc hands d back once its entities are rendered.
func putDoc(d *doc) {
	d.text = ""
	d.descs, d.lookups, d.types, d.typos = nil, nil, nil, nil
	d.idx.reset()
	d.candBuf = d.candBuf[:0]
	d.cutAt = d.cutAt[:0]
	for i := range d.ms {
		d.ms[i] = mention{}
	}
	d.ms = d.ms[:0]
	for i := range d.cs {
		d.cs[i] = cluster{ments: d.cs[i].ments[:0]}
	}
	d.cs = d.cs[:0]
	d.words = nil
	d.haveWords = false
	clear(d.looked)
	// add wrote d.wordBuf's words from its start, and every put before
	// cleared what it had written: the rest of the array is clear already
	clear(d.wordBuf)
	d.wordBuf = d.wordBuf[:0]
	docPool.Put(d)
}

// newCluster appends an empty cluster, reusing the mention list of the
// cluster that held that slot for an earlier article.
func (d *doc) newCluster() int {
	n := len(d.cs)
	if n < cap(d.cs) {
		d.cs = d.cs[:n+1]
		d.cs[n] = cluster{ments: d.cs[n].ments[:0], full: -1}
	} else {
		d.cs = append(d.cs, cluster{full: -1})
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
