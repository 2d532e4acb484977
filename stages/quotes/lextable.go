package quotes

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// lexTable is the lexicon and the word lists (wordlists.go) as
// open-addressing hash tables of packed keys, giving a word's lexicon flags
// and list bits in one look-up: a key is its bytes in machine words, little-endian and zero-padded, so a
// look-up hashes and compares words, not bytes; it runs for every word of
// every article. A key of at most 8 bytes, most of them, is one word
// compared in place; no key holds a zero byte, so an empty slot (0) never
// matches and the padding tells the length.
type lexTable struct {
	short          []uint64 // keys of 1 to 8 bytes
	shortV         []lexVal
	mid            [][2]uint64 // keys of 9 to 16 bytes
	midV           []lexVal
	long           map[string]lexVal // the few longer keys
	sShift, mShift uint              // the index is the hash's top bits
	maxRunes       int               // the longest key, in runes: longer words need no look-up
}

// lexVal is what the table knows of a word.
type lexVal struct {
	flags uint32 // lexicon classes (w...)
	lists uint32 // word lists (l...)
}

// lexHash mixes a packed key with one multiplication in the chain.
func lexHash(w0, w1 uint64) uint64 {
	return (w0 ^ w1*0xc2b2ae3d27d4eb4f) * 0x9e3779b97f4a7c15
}

// packBytes packs the first 16 bytes of b, little-endian, zero-padded.
func packBytes(b []byte) (w0, w1 uint64) {
	for i, c := range b {
		switch {
		case i < 8:
			w0 |= uint64(c) << (8 * i)
		case i < 16:
			w1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return w0, w1
}

// packLowerASCII packs s[p:p+n] lower-cased, all ASCII and n <= 16: one
// or two loads and a few word operations when the bytes are there to load.
func packLowerASCII(s string, p, n int) (w0, w1 uint64) {
	switch {
	case n <= 8 && p+8 <= len(s):
		w0 = load64(s[p : p+8])
	case n > 8 && p+16 <= len(s):
		w0, w1 = load64(s[p:p+8]), load64(s[p+8:p+16])
	default:
		for i := 0; i < n; i++ {
			if i < 8 {
				w0 |= uint64(s[p+i]) << (8 * i)
			} else {
				w1 |= uint64(s[p+i]) << (8 * (i - 8))
			}
		}
	}
	if n <= 8 {
		return lowerASCII8(w0) & lowBytes[n], 0
	}
	return lowerASCII8(w0), lowerASCII8(w1) & lowBytes[n-8]
}

// lowBytes[n] keeps the low n bytes of a word: a table, as a shift by a
// variable count costs a test for counts of 64 and more. (The look-ups
// shift by sShift & 63 for the same reason: the shifts are below 64.)
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// load64 reads 8 bytes little-endian; the compiler makes it one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerASCII8 lower-cases the ASCII letters of eight packed bytes. Each
// byte's sum stays within the byte when it is below 0x80; a byte above
// carries only into later bytes, which the caller masks off when they are
// not part of the word.
func lowerASCII8(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	geA := w + ones*(0x80-'A')
	gtZ := w + ones*(0x80-'Z'-1)
	return w | (geA&^gtZ&high)>>2
}

func newLexTable(lex, lists map[string]uint32) *lexTable {
	m := map[string]lexVal{}
	for k, f := range lex {
		m[k] = lexVal{flags: f}
	}
	for k, l := range lists {
		v := m[k]
		v.lists = l
		m[k] = v
	}
	t := &lexTable{long: map[string]lexVal{}}
	var short, mid int
	for k := range m {
		t.maxRunes = max(t.maxRunes, utf8.RuneCountInString(k))
		switch {
		case len(k) <= 8:
			short++
		case len(k) <= 16:
			mid++
		}
	}
	// At most a quarter full: a miss mostly ends on its first slot.
	t.short, t.sShift = make([]uint64, tableSize(short)), tableShift(short)
	t.shortV = make([]lexVal, len(t.short))
	t.mid, t.mShift = make([][2]uint64, tableSize(mid)), tableShift(mid)
	t.midV = make([]lexVal, len(t.mid))
	for k, v := range m {
		if strings.IndexByte(k, 0) >= 0 || k == "" {
			panic("quotes: lexicon key " + strconv.Quote(k))
		}
		w0, w1 := packBytes([]byte(k))
		i := lexHash(w0, w1)
		switch {
		case len(k) <= 8:
			for i >>= t.sShift; t.short[i] != 0; i = (i + 1) & uint64(len(t.short)-1) {
			}
			t.short[i], t.shortV[i] = w0, v
		case len(k) <= 16:
			for i >>= t.mShift; t.mid[i][0] != 0; i = (i + 1) & uint64(len(t.mid)-1) {
			}
			t.mid[i], t.midV[i] = [2]uint64{w0, w1}, v
		default:
			t.long[k] = v
		}
	}
	return t
}

func tableSize(n int) int { return 1 << (64 - tableShift(n)) }

func tableShift(n int) uint {
	b := uint(2)
	for 1<<b < 4*n {
		b++
	}
	return 64 - b
}

// get returns what the table knows of the lower-cased key of n bytes packed
// as w0, w1; long is the whole key, needed only when n > 16.
func (t *lexTable) get(w0, w1 uint64, n int, long []byte) lexVal {
	switch {
	case n <= 8:
		return t.getShort(w0)
	case n <= 16:
		for i := lexHash(w0, w1) >> (t.mShift & 63); ; i = (i + 1) & uint64(len(t.mid)-1) {
			if k := t.mid[i]; k[0] == w0 && k[1] == w1 {
				return t.midV[i]
			} else if k[0] == 0 {
				return lexVal{}
			}
		}
	}
	return t.long[string(long)]
}

// getShort is get for a key of at most 8 bytes.
func (t *lexTable) getShort(w0 uint64) lexVal {
	for i := lexHash(w0, 0) >> (t.sShift & 63); ; i = (i + 1) & uint64(len(t.short)-1) {
		if k := t.short[i]; k == w0 {
			return t.shortV[i]
		} else if k == 0 {
			return lexVal{}
		}
	}
}

var (
	lexFast *lexTable
	lexOnce sync.Once
)

// lexTableNow is the table, built on first use: the word lists are filled
// by init functions of files that run after this one's.
func lexTableNow() *lexTable {
	lexOnce.Do(func() { lexFast = newLexTable(lexicon, listKeys()) })
	return lexFast
}
