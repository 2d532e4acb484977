package ner

import "unsafe"

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
