package ner

import "slices"

// sortMents orders sc.ments by start. The rules append a few mentions
// after a long ordered run, which pdqsort's nearly-sorted path moves one
// step at a time (2% of tagging); here the unordered tail is sorted on
// its own and merged in. With starts all distinct the order is the only
// one there is; with a tie, or a long unordered tail, slices.SortFunc
// decides as it always did.
func (sc *scratch) sortMents() {
	ms := sc.ments
	p := 1
	for p < len(ms) && ms[p-1].a < ms[p].a {
		p++
	}
	if p >= len(ms) {
		return
	}
	if len(ms)-p > maxMergeTail {
		sortSpans(ms)
		return
	}
	tail := append(sc.sortBuf[:0], ms[p:]...)
	sc.sortBuf = tail
	for i := 1; i < len(tail); i++ {
		for j := i; j > 0 && tail[j].a < tail[j-1].a; j-- {
			tail[j], tail[j-1] = tail[j-1], tail[j]
		}
	}
	if !mergeable(ms[:p], tail) {
		sortSpans(ms)
		return
	}
	// merge from the back: the tail's copy frees ms[p:]
	i, j := p-1, len(tail)-1
	for k := len(ms) - 1; j >= 0; k-- {
		if i >= 0 && ms[i].a > tail[j].a {
			ms[k] = ms[i]
			i--
		} else {
			ms[k] = tail[j]
			j--
		}
	}
}

// maxMergeTail bounds the unordered tail sortMents sorts by insertion.
const maxMergeTail = 32

// mergeable reports whether the ordered runs a and b share no start
// (nor does b repeat one), so that their merge is the only order. b is
// short: each of its starts is looked up in a by halving.
func mergeable(a, b []span) bool {
	for j := range b {
		if j > 0 && b[j].a == b[j-1].a {
			return false
		}
		lo, hi := 0, len(a)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if a[m].a < b[j].a {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(a) && a[lo].a == b[j].a {
			return false
		}
	}
	return true
}

func sortSpans(ms []span) { slices.SortFunc(ms, func(x, y span) int { return x.a - y.a }) }
