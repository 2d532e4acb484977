package entities

import (
	"strings"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
)

// Wire copy keyed in a hurry swaps two letters ("Ashai Shimbun" for
// "Asahi Shimbun"). A name of two words or more that the KB does not know
// at all, and that is one such swap away from exactly one name the KB
// holds as an entity's label, is that name. Only names the KB has for no
// person are read so: two people's names often differ by little
// ("Marie", "Maire"), and a tagger takes an unknown firm for a person.

// minTypoWord is the shortest word a swap is looked for in: short words
// swapped are other words ("on", "no").
const minTypoWord = 4

// typoKey returns the KB name that the cluster's fullest name misspells
// by one swap of two neighbouring letters inside a word (not its first
// letter), or "" when there is none or more than one, or when any of
// keys finds something.
func (d *doc) typoKey(k *kb.KB, ci int, keys []string) string {
	f := d.fullest(ci)
	if len(f.core) < 2 {
		return ""
	}
	for _, key := range keys {
		if d.kbTypes(k, key) != 0 {
			return ""
		}
	}
	if d.typos == nil {
		return d.swapKey(k, f.key)
	}
	// the answer is the KB's for this key alone: kept by the stage, it
	// is read again for each article that names the same unknown name
	// (a running story's), where building and testing the variants cost
	// a few hundred instructions a word
	return d.typos.get(f.key, func(key string) string { return d.swapKey(k, key) })
}

// swapKey is the one KB label that key misspells by one swap (see
// typoKey), or "".
func (d *doc) swapKey(k *kb.KB, key string) string {
	found, buf := swapTypo(d.typoBuf[:0], key, func(v string) bool {
		// almost every variant is no label: the filter's one word read
		// spares the layers' look-ups
		if !k.MayBeLabel(v) {
			return false
		}
		if bits := k.Types(v); bits == 0 || bits&kbPER != 0 {
			return false
		}
		for _, c := range d.lookup(k, strings.Clone(v)) { // v is swapTypo's buffer
			if c.IsLabel {
				return true
			}
		}
		return false
	})
	d.typoBuf = buf
	return found
}

// swapTypo returns the one variant of key, with two neighbouring letters
// of a word swapped (its first letter stays), that known accepts; "" when
// none or several do. known must not keep the string it is given. The
// variants are built in buf (appended to, and returned for reuse): a new
// array each time was a fifth of the stage's allocations.
func swapTypo(buf []byte, key string, known func(string) bool) (string, []byte) {
	found := ""
	buf = append(buf, key...)
	b := buf[len(buf)-len(key):]
	for ws := 0; ws < len(b); {
		we := ws
		for we < len(b) && b[we] != ' ' {
			we++
		}
		if we-ws >= minTypoWord {
			for i := ws + 1; i+1 < we; i++ {
				if b[i] == b[i+1] || !isLower(b[i]) || !isLower(b[i+1]) {
					continue
				}
				b[i], b[i+1] = b[i+1], b[i]
				// most variants are no name: known reads the buffer in
				// place, and only a hit is copied
				if v := unsafe.String(&b[0], len(b)); known(v) {
					if found != "" && found != v {
						return "", buf
					}
					found = string(b)
				}
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
		ws = we + 1
	}
	return found, buf
}
