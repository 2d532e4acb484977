package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// cp1252Byte maps a character back to the Windows-1252 byte it decodes
// from (C1 controls map to themselves, as lenient decoders leave them).
var cp1252Byte = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for b := 0x80; b <= 0xff; b++ {
		m[rune(b)] = byte(b)
		if r := charmap.Windows1252.DecodeByte(byte(b)); r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	return m
}()

// fixMojibake undoes UTF-8 text that was once decoded as Windows-1252 or
// Latin-1 ("donâ€™t" for "don’t", "cafÃ©" for "café"). Only a lead
// character followed by exactly the continuation characters a UTF-8
// sequence needs is replaced, which ordinary text practically never
// contains.
func fixMojibake(s string) string {
	// Every mojibake sequence starts with one of Â..ô, encoded C3 82..C3 B4.
	if strings.IndexByte(s, 0xC3) < 0 {
		return s
	}
	var b strings.Builder
	changed := false
	var seq [4]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC2 && r <= 0xF4 {
			need := 1
			if r >= 0xE0 {
				need = 2
			}
			if r >= 0xF0 {
				need = 3
			}
			seq[0] = byte(r)
			j, k := i+size, 1
			for ; k <= need && j < len(s); k++ {
				c, csize := utf8.DecodeRuneInString(s[j:])
				cb, ok := cp1252Byte[c]
				if !ok || cb < 0x80 || cb > 0xBF {
					break
				}
				seq[k] = cb
				j += csize
			}
			if k == need+1 && utf8.Valid(seq[:need+1]) {
				if !changed {
					b.Grow(len(s))
					b.WriteString(s[:i])
					changed = true
				}
				b.Write(seq[:need+1])
				i = j
				continue
			}
		}
		if changed {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if !changed {
		return s
	}
	return b.String()
}
