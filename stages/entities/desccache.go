package entities

import "sync"

// descCache keeps the content-word stems of KB descriptions: scoring
// re-read every candidate's description word by word for every article,
// and news names the same entities again and again. Keyed by the
// description itself (KB strings, no copy), so any KB layering is safe.
type descCache struct {
	mu sync.RWMutex
	m  map[string][]uint64
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
	c.mu.RLock()
	hs, ok := c.m[desc]
	c.mu.RUnlock()
	if ok {
		return hs
	}
	hs = appendContentStems(nil, desc)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= descCacheMax {
		c.m = make(map[string][]uint64, 1024)
	}
	c.m[desc] = hs
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
