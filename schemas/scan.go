package schemas

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
)

// A single validating pass over a message, in place of a full validation
// followed by a tokenizer walk: article bodies are long strings full of
// escaped quotes and line breaks, where a general decoder falls back to
// its slow path. Strings are skipped eight bytes at a time.

var (
	errSyntax   = errors.New("malformed JSON")
	errTooDeep  = errors.New("JSON nested too deeply")
	errCtrlChar = errors.New("control character in string")
)

// maxDepth bounds nesting so that a hostile message cannot exhaust the
// stack.
const maxDepth = 10000

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

func skipSpace(d []byte, i int) int {
	for i < len(d) && isSpace(d[i]) {
		i++
	}
	return i
}

// skipString returns the index after the string starting at d[i] == '"',
// and whether it holds an escape.
func skipString(d []byte, i int) (end int, escaped bool, err error) {
	i++
	for {
		// Find the next '"', '\\' or control byte, eight at a time. The
		// lowest flagged byte of each mask is exact (a false positive can
		// only follow a true one), so the lowest bit of their union is.
		for i+8 <= len(d) {
			x := binary.LittleEndian.Uint64(d[i:])
			q := x ^ (lsb * '"')
			b := x ^ (lsb * '\\')
			m := ((q - lsb) &^ q) | ((b - lsb) &^ b) | ((x - lsb*0x20) &^ x)
			if m &= msb; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		for i < len(d) && d[i] != '"' && d[i] != '\\' && d[i] >= 0x20 {
			i++
		}
		if i >= len(d) {
			return 0, false, errSyntax
		}
		switch c := d[i]; {
		case c == '"':
			return i + 1, escaped, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(d) {
				return 0, false, errSyntax
			}
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(d) || !isHex4(d[i+2:i+6]) {
					return 0, false, errSyntax
				}
				i += 6
			default:
				return 0, false, errSyntax
			}
		default:
			return 0, false, errCtrlChar
		}
	}
}

func isHex4(h []byte) bool {
	for _, c := range h[:4] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func hexVal(h []byte) rune {
	var r rune
	for _, c := range h[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

func digits(d []byte, i int) int {
	for i < len(d) && d[i] >= '0' && d[i] <= '9' {
		i++
	}
	return i
}

// skipNumber returns the index after the number at d[i].
func skipNumber(d []byte, i int) (int, error) {
	if d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		i = digits(d, i+1)
	default:
		return 0, errSyntax
	}
	if i < len(d) && d[i] == '.' {
		j := digits(d, i+1)
		if j == i+1 {
			return 0, errSyntax
		}
		i = j
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		j := digits(d, i)
		if j == i {
			return 0, errSyntax
		}
		i = j
	}
	return i, nil
}

func skipLiteral(d []byte, i int, lit string) (int, error) {
	if len(d)-i < len(lit) || string(d[i:i+len(lit)]) != lit {
		return 0, errSyntax
	}
	return i + len(lit), nil
}

// skipValue validates the value starting at d[i] (no leading space) and
// returns the index after it.
func skipValue(d []byte, i, depth int) (int, error) {
	if i >= len(d) {
		return 0, errSyntax
	}
	switch c := d[i]; {
	case c == '"':
		end, _, err := skipString(d, i)
		return end, err
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return 0, errTooDeep
		}
		return skipContainer(d, i, depth+1)
	case c == '-' || c >= '0' && c <= '9':
		return skipNumber(d, i)
	case c == 't':
		return skipLiteral(d, i, "true")
	case c == 'f':
		return skipLiteral(d, i, "false")
	case c == 'n':
		return skipLiteral(d, i, "null")
	}
	return 0, errSyntax
}

func skipContainer(d []byte, i, depth int) (int, error) {
	obj := d[i] == '{'
	closer := byte(']')
	if obj {
		closer = '}'
	}
	i = skipSpace(d, i+1)
	if i < len(d) && d[i] == closer {
		return i + 1, nil
	}
	for {
		var err error
		if obj {
			if i >= len(d) || d[i] != '"' {
				return 0, errSyntax
			}
			if i, _, err = skipString(d, i); err != nil {
				return 0, err
			}
			i = skipSpace(d, i)
			if i >= len(d) || d[i] != ':' {
				return 0, errSyntax
			}
			i = skipSpace(d, i+1)
		}
		if i, err = skipValue(d, i, depth); err != nil {
			return 0, err
		}
		i = skipSpace(d, i)
		if i >= len(d) {
			return 0, errSyntax
		}
		if d[i] == closer {
			return i + 1, nil
		}
		if d[i] != ',' {
			return 0, errSyntax
		}
		i = skipSpace(d, i+1)
	}
}

// unquote returns the content of a valid JSON string (quotes included in
// raw), resolving escapes; a lone surrogate becomes U+FFFD, as
// encoding/json does.
func unquote(raw []byte, escaped bool) string {
	s := raw[1 : len(raw)-1]
	if !escaped {
		return string(s)
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := len(s)
			if k := bytes.IndexByte(s[i:], '\\'); k >= 0 {
				j = i + k
			}
			out = append(out, s[i:j]...)
			i = j
			continue
		}
		switch s[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hexVal(s[i+2:])
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if d := utf16.DecodeRune(r, hexVal(s[i+2:])); d != utf8.RuneError {
						r2 = d
						i += 6
					}
				}
				r = r2
			}
			out = utf8.AppendRune(out, r)
			continue
		default: // '"', '\\', '/'
			out = append(out, s[i+1])
		}
		i += 2
	}
	return string(out)
}
