package entities

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
)

// descCache keeps the content-word stems of KB descriptions: scoring
// re-read every candidate's description word by word for every article,
// and news names the same entities again and again. Keyed by the
// description itself, so any KB layering is safe.
type descCache struct{ keyCache[*descWords] }

// descWords are what scoring reads of one description: its content
// stems, in order and with repeats (contextScore counts repeats), and
// descHashes, for coherence, and its place kind (descKind, for
// scoreKinds). A candidate keeps its description's, so that coherence
// does not look the description up again.
type descWords struct {
	stems, hashes []uint64
	kind          string
}

// words returns the words of desc, computing and keeping them on a miss.
// They are shared: callers only read them.
func (c *descCache) words(desc string) *descWords {
	if c == nil {
		return newDescWords(desc)
	}
	return c.get(desc, newDescWords)
}

func newDescWords(desc string) *descWords {
	return &descWords{stems: appendContentStems(nil, desc), hashes: descHashes(desc), kind: descKind(desc)}
}

// kindOf is w.kind, "" for a candidate without a description (as
// descKind("") is).
func (w *descWords) kindOf() string {
	if w == nil {
		return ""
	}
	return w.kind
}

// hashesOf is w.hashes, nil for a candidate without a description.
func (w *descWords) hashesOf() []uint64 {
	if w == nil {
		return nil
	}
	return w.hashes
}

// appendContentStems appends the stems of desc's content words, splitting
// words as contextScore always has (ASCII letters and any non-ASCII).
func appendContentStems(dst []uint64, desc string) []uint64 {
	start := -1
	for i, r := range desc {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if h, ok := contentStem(desc[start:i]); ok {
				dst = append(dst, h)
			}
			start = -1
		}
	}
	if start >= 0 {
		if h, ok := contentStem(desc[start:]); ok {
			dst = append(dst, h)
		}
	}
	return dst
}

// lookupCache keeps the KB's answers by key across articles: the KB does
// not change under a stage, and news names the same places, people and
// institutions article after article. The candidate slices are shared
// and never written to.
type lookupCache struct{ keyCache[*lookupEntry] }

// lookupEntry is one key's candidates and, filled in as scoring first
// reads them, the words of each one's description: a candidate found
// again needs no look-up of its description in descCache.
type lookupEntry struct {
	cands []kb.Candidate
	descs []atomic.Pointer[descWords]
}

func (c *lookupCache) lookup(k *kb.KB, key string) *lookupEntry {
	return c.get(key, func(key string) *lookupEntry {
		cands := k.Lookup(key)
		return &lookupEntry{cands: cands, descs: make([]atomic.Pointer[descWords], len(cands))}
	})
}

// keyCache keeps a function's answers by key, for the KB's answers, which
// are the same for every article of a stage. It is direct-mapped and
// lock-free: a key's slot, chosen by its strHash, holds its last answer
// (an atomic pointer to the key and the value); a key that takes the slot
// of another replaces it, which costs the other one a recomputation. A
// hit is a hash, a load and a comparison of the key, where a Go map
// behind a lock took several times that.
type keyCache[V any] struct {
	slots [1 << keyCacheBits]atomic.Pointer[keyEntry[V]]
}

const keyCacheBits = 16

type keyEntry[V any] struct {
	key string
	v   V
}

// get returns compute(key), computed once per key while the cache holds it.
func (c *keyCache[V]) get(key string, compute func(string) V) V {
	slot := &c.slots[strHash(key)&(1<<keyCacheBits-1)]
	if e := slot.Load(); e != nil && e.key == key {
		return e.v
	}
	v := compute(key)
	slot.Store(&keyEntry[V]{key: strings.Clone(key), v: v}) // key may point into an article's buffer
	return v
}

// getBytes is get(string(key), compute) that makes the string only to
// compute and keep a missing key: a hit reads key in place, so a key
// built in a caller's stack buffer costs no allocation.
func (c *keyCache[V]) getBytes(key []byte, compute func(string) V) V {
	s := unsafe.String(unsafe.SliceData(key), len(key))
	slot := &c.slots[strHash(s)&(1<<keyCacheBits-1)]
	if e := slot.Load(); e != nil && e.key == s {
		return e.v
	}
	ks := string(key)
	v := compute(ks)
	slot.Store(&keyEntry[V]{key: ks, v: v})
	return v
}
