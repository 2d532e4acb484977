package entities

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wirestream/wirestream/kb"
)

// descCache keeps the content-word stems of KB descriptions: scoring
// re-read every candidate's description word by word for every article,
// and news names the same entities again and again. Keyed by the
// description itself (KB strings, no copy), so any KB layering is safe.
type descCache struct {
	mu sync.RWMutex
	m  map[string]*descWords
}

// descWords are what scoring reads of one description: its content
// stems, in order and with repeats (contextScore counts repeats), and
// descHashes, for coherence. A candidate keeps its description's, so
// that coherence does not look the description up again.
type descWords struct {
	stems, hashes []uint64
}

// descCacheMax bounds the cache; when full it starts over, which costs
// one re-read per description and keeps memory flat.
const descCacheMax = 1 << 16

// words returns the words of desc, computing and keeping them on a miss.
// They are shared: callers only read them.
func (c *descCache) words(desc string) *descWords {
	if c == nil {
		return newDescWords(desc)
	}
	c.mu.RLock()
	w, ok := c.m[desc]
	c.mu.RUnlock()
	if ok {
		return w
	}
	w = newDescWords(desc)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= descCacheMax {
		c.m = make(map[string]*descWords, 1024)
	}
	c.m[desc] = w
	c.mu.Unlock()
	return w
}

func newDescWords(desc string) *descWords {
	return &descWords{stems: appendContentStems(nil, desc), hashes: descHashes(desc)}
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
// are the same for every article of a stage. It starts over when full.
type keyCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// get returns compute(key), computed once per key while the cache holds it.
func (c *keyCache[V]) get(key string, compute func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(key)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= descCacheMax {
		c.m = make(map[string]V, 1024)
	}
	c.m[strings.Clone(key)] = v // key may point into an article's buffer
	c.mu.Unlock()
	return v
}
