package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// repairUTF8 returns s as valid UTF-8. Valid UTF-8 is kept as it is,
// whatever charset was declared: a body that arrived in a JSON message
// was decoded already, and a page mislabelled as Latin-1 is common. Bytes
// that are not UTF-8 are decoded with the declared charset, or else read
// one by one as Windows-1252, the usual culprit behind broken news pages
// (and a superset of ISO-8859-1 for printable characters).
func repairUTF8(s, charset string) string {
	if utf8.ValidString(s) {
		return s
	}
	if charset != "" && !isUTF8Name(charset) && !mostlyUTF8(s) {
		if enc, err := htmlindex.Get(charset); err == nil {
			if out, err := enc.NewDecoder().String(s); err == nil && utf8.ValidString(out) {
				return out
			}
		}
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(cp1252(s[i]))
			i++
			continue
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// mostlyUTF8 reports text whose multi-byte UTF-8 sequences outnumber its
// stray bytes: UTF-8 with a few broken bytes, which a whole-text decode
// with another charset would garble.
func mostlyUTF8(s string) bool {
	good, bad := 0, 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += size
	}
	return good > bad
}

func isUTF8Name(cs string) bool {
	cs = strings.ToLower(strings.TrimSpace(cs))
	return cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || cs == "ascii"
}

// cp1252 maps one byte to its Windows-1252 character; the five undefined
// bytes become U+FFFD rather than invisible C1 controls.
func cp1252(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r >= 0x80 && r < 0xA0 {
		return utf8.RuneError
	}
	return r
}

// isBreak reports characters that end a line: besides \n and \r, the
// form feed, vertical tab, NEL and the Unicode line/paragraph separators.
func isBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\f', '\v', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// dropRune reports characters removed outright: C0/C1 controls (NUL
// included) and the byte order mark, which carry no text.
func dropRune(r rune) bool {
	if r == '\t' {
		return false
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xfeff
}

// normalizeSpace collapses every run of whitespace to one ASCII space,
// removes control characters and trims both ends.
func normalizeSpace(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) || isBreak(r) {
			pending = b.Len() > 0
			continue
		}
		if dropRune(r) {
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// splitLines splits s at every line break ("\r\n" counts once) and
// normalises each line's whitespace. Blank lines are kept as "" so the
// paragraph structure survives.
func splitLines(s string) []string {
	if strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	lines := make([]string, 0, strings.Count(s, "\n")+1)
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				lines = append(lines, normalizeSpace(s[start:i]))
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isBreak(r) {
			lines = append(lines, normalizeSpace(s[start:i]))
			start = i + size
		}
		i += size
	}
	return append(lines, normalizeSpace(s[start:]))
}

// isNormal reports whether normalizeSpace would return s unchanged: no
// leading, trailing or double space, no other whitespace, no control
// characters. It lets the common clean line through without copying.
func isNormal(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c < 0x20 || c == 0x7f || (c == ' ' && prevSpace) {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || isBreak(r) || dropRune(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}
