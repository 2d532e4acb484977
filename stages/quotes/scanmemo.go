package quotes

// Tables that turn scans repeated for every verb of a sentence into one
// scan: a sentence may hold thousands of verbs ("He said, she said, …"),
// and a scan per verb to the sentence's end is quadratic.

// cutTable answers contextCut: from token k, the end of the first cut at
// or after k (cutAt), else last. A query scans forward as contextCut did,
// but stops at a token an earlier query has passed, and leaves its answer
// on every token it passed: each token is looked at once for a given last.
type cutTable struct {
	end  []int32  // by token: the answer from there, when known
	gen  []uint32 // end[k] is known when gen[k] == cur
	cur  uint32
	last int32
}

func (c *cutTable) reset(tokens int) {
	c.end, c.gen = grow(c.end, tokens), grow(c.gen, tokens)
	c.cur, c.last = 1, -1
}

func (c *cutTable) first(d *doc, k, last int32) int32 {
	if k >= last {
		return last
	}
	if last != c.last {
		c.cur++ // another end: what was known holds for the old one only
		c.last = last
	}
	ans, j := last, k
	for ; j < last; j++ {
		if c.gen[j] == c.cur {
			ans = c.end[j]
			break
		}
		if !d.mayCut(j) {
			continue
		}
		if e := d.cutAt(j, last); e >= 0 {
			ans = e
			c.gen[j], c.end[j] = c.cur, e
			break
		}
	}
	for i := k; i < j; i++ {
		c.gen[i], c.end[i] = c.cur, ans
	}
	return ans
}

// breakTable answers afterBreak's walk back from a token to first: the
// last colon or dash after first and at or before k, -1 when none. It is
// filled forward from first as far as asked, for one first at a time.
type breakTable struct {
	prev      []int32
	first, hi int32 // prev is valid for (first, hi]
}

func (b *breakTable) reset(tokens int) {
	b.prev = grow(b.prev, tokens)
	b.first, b.hi = -1, -1
}

func (b *breakTable) before(d *doc, first, k int32) int32 {
	if k <= first {
		return -1
	}
	if first != b.first {
		b.first, b.hi = first, first
	}
	for ; b.hi < k; b.hi++ {
		i := b.hi + 1
		last := int32(-1)
		if i-1 > first {
			last = b.prev[i-1]
		}
		if t := &d.toks[i]; t.kind == kPunct && !t.poss {
			if c := d.r[t.s]; c == ':' || c == '—' || c == '–' {
				last = i
			}
		}
		b.prev[i] = last
	}
	return b.prev[k]
}
