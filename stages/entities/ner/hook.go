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
	k0 := sc.key[:0]
	k := k0
	space := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c >= 0x80:
			return "", false
		case c == '.' || c == '\'' || c == '-' || c == '`':
		case c >= 'A' && c <= 'Z':
			k = append(k, c+'a'-'A')
			space = false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			k = append(k, c)
			space = false
		default:
			if !space {
				k = append(k, ' ')
				space = true
			}
		}
	}
	if len(k) > 0 && k[len(k)-1] == ' ' {
		k = k[:len(k)-1]
	}
	if len(k) > 4 && string(k[:4]) == "the " {
		k = k[4:]
	}
	sc.key = k0[:0]
	if cap(k) > cap(k0) {
		sc.key = k[:0] // grown
	}
	if len(k) == 0 {
		return "", false
	}
	return unsafe.String(&k[0], len(k)), true
}
