package ner

import (
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// maxHookWords bounds the spans the Gazetteer hook is asked about.
const maxHookWords = 4

// hookKey normalises the text of tokens [a, b) the way kb.Normalize does
// for ASCII (case folded; periods, apostrophes and hyphens dropped; other
// punctuation a space; a leading "the " dropped) into sc.key. Spans with
// other characters are not asked about (ok false): their normal form
// needs Unicode decomposition, not worth it on this path.
//
// The returned string aliases sc.key: it is valid only during the hook
// call, which must not keep it. This keeps tagging allocation-free.
func hookKey(sc *scratch, text string, a, b int) (string, bool) {
	src := text[sc.toks[a].b:sc.toks[b-1].e]
	if cap(sc.key) < len(src) {
		sc.key = make([]byte, 0, 2*len(src))
	}
	// written by index into room for the whole span, one table look-up a
	// byte (appending under a switch of ranges cost twenty instructions
	// a byte)
	k := sc.key[:len(src)]
	n := 0
	space := true
	for i := 0; i < len(src); i++ {
		switch c := hookBytes[src[i]]; c {
		case hookDrop:
		case hookStop:
			return "", false
		case ' ':
			if !space {
				k[n] = ' '
				n++
				space = true
			}
		default:
			k[n] = c
			n++
			space = false
		}
	}
	k = k[:n]
	if len(k) > 0 && k[len(k)-1] == ' ' {
		k = k[:len(k)-1]
	}
	if len(k) > 4 && string(k[:4]) == "the " {
		k = k[4:]
	}
	if len(k) == 0 {
		return "", false
	}
	return unsafe.String(&k[0], len(k)), true
}

// hookBytes is what hookKey makes of each byte: the lower-case letter or
// digit, hookDrop for the marks the normaliser drops (periods,
// apostrophes, hyphens), hookStop for non-ASCII, a space for the rest.
const (
	hookDrop = 0
	hookStop = 0xff
)

var hookBytes = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = hookStop
		case c == '.' || c == '\'' || c == '-' || c == '`':
			t[c] = hookDrop
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		default:
			t[c] = ' '
		}
	}
	return t
}()

// hookCache keeps the Gazetteer hook's answers by a hash of the span:
// its words' lower-case hashes (nameHash) and the gaps between them,
// which together decide hookKey's key (a word's case and the kind of
// white space apart). Normalising the span and asking a large KB were a
// tenth of tagging, for names news repeats article after article. It is
// direct-mapped and lock-free: an entry is one atomic word holding the
// hash's high bits, a present bit and the answer; a span overwrites an
// older one that shares its slot.
type hookCache struct {
	slots [1 << hookCacheBits]atomic.Uint64
}

const hookCacheBits = 15

func (c *hookCache) get(h uint64) (uint8, bool) {
	if c == nil {
		return 0, false
	}
	e := c.slots[h&(1<<hookCacheBits-1)].Load()
	if e&0x80 == 0 || e&^0xff != h&^0xff {
		return 0, false
	}
	return uint8(e & 0x7f), true
}

func (c *hookCache) put(h uint64, v uint8) {
	if c != nil {
		c.slots[h&(1<<hookCacheBits-1)].Store(h&^0xff | 0x80 | uint64(v&0x7f))
	}
}

// hookGaps encodes the gaps between the tokens [a, b), two bits each:
// none, ASCII white space (one space in the key), or one with a
// non-ASCII byte (no key at all).
func hookGaps(sc *scratch, text string, a, b int) uint64 {
	var g uint64
	for k := a + 1; k < b; k++ {
		g <<= 2
		gap := text[sc.toks[k-1].e:sc.toks[k].b]
		if gap == "" {
			continue
		}
		g |= 1
		for i := 0; i < len(gap); i++ {
			if gap[i] >= utf8.RuneSelf {
				g |= 2
				break
			}
		}
	}
	return g
}
