package schemas

import (
	"math/bits"
	"unicode/utf8"
)

// appendString appends s as a JSON string, byte for byte as
// json.AppendEscape(b, s, 0) does, but copying runs of plain ASCII eight
// bytes at a time: article text is long and mostly plain, with a quote or
// a line break every few dozen bytes.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	i, start := 0, 0
	for i < len(s) {
		// Skip plain bytes: not '"', '\\', a control byte, DEL or
		// non-ASCII (see skipString for why the lowest flag is exact).
		for i+8 <= len(s) {
			x := load64(s, i)
			q := x ^ (lsb * '"')
			bs := x ^ (lsb * '\\')
			del := x ^ (lsb * 0x7f)
			m := ((q - lsb) &^ q) | ((bs - lsb) &^ bs) | ((del - lsb) &^ del) | ((x - lsb*0x20) &^ x) | x
			if m &= msb; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
			i++
		case c == '\n':
			b = append(b, '\\', 'n')
			i++
		case c == '\r':
			b = append(b, '\\', 'r')
			i++
		case c == '\t':
			b = append(b, '\\', 't')
			i++
		case c == '\b':
			b = append(b, '\\', 'b')
			i++
		case c == '\f':
			b = append(b, '\\', 'f')
			i++
		case c < 0x20:
			const hex = "0123456789abcdef"
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			i++
		case c == 0x7f:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, `\ufffd`...)
			case r == '\u2028':
				b = append(b, `\u2028`...)
			case r == '\u2029':
				b = append(b, `\u2029`...)
			default:
				b = append(b, s[i:i+size]...)
			}
			i += size
		}
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load64 reads 8 bytes of s at i, little-endian (the compiler merges the
// loads).
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}
