package entities

import (
	"strings"
	"sync"

	"github.com/wirestream/wirestream/kb"
)

// descCache keeps the content-word stems of KB descriptions: scoring
// re-read every candidate's description word by word for every article,
// and news names the same entities again and again. Keyed by the
// description itself (KB strings, no copy), so any KB layering is safe.
type descCache struct {
	mu   sync.RWMutex
	m    map[string][]uint64
	sets map[string][]uint64 // descHashes, for coherence
}

// descCacheMax bounds the cache; when full it starts over, which costs
// one re-read per description and keeps memory flat.
const descCacheMax = 1 << 16

// stems returns contentStem of every word of desc, in order and with
// repeats (contextScore counts repeats).
func (c *descCache) stems(desc string) []uint64 {
	if c == nil {
		return appendContentStems(nil, desc)
	}
	return c.get(&c.m, desc, func(s string) []uint64 { return appendContentStems(nil, s) })
}

// hashes returns descHashes(desc), for coherence.
func (c *descCache) hashes(desc string) []uint64 {
	if c == nil {
		return descHashes(desc)
	}
	return c.get(&c.sets, desc, descHashes)
}

// get returns (*m)[desc], computing and keeping it on a miss. The slice is
// shared: callers only read it.
func (c *descCache) get(m *map[string][]uint64, desc string, compute func(string) []uint64) []uint64 {
	c.mu.RLock()
	hs, ok := (*m)[desc]
	c.mu.RUnlock()
	if ok {
		return hs
	}
	hs = compute(desc)
	c.mu.Lock()
	if *m == nil || len(*m) >= descCacheMax {
		*m = make(map[string][]uint64, 1024)
	}
	(*m)[desc] = hs
	c.mu.Unlock()
	return hs
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
type lookupCache struct{ keyCache[[]kb.Candidate] }

func (c *lookupCache) lookup(k *kb.KB, key string) []kb.Candidate { return c.get(key, k.Lookup) }

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
