package kb

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize is the key of the alias table: case-folded, diacritics
// stripped, periods, apostrophes and hyphens dropped ("U.S." == "US",
// "G-20" == "G20"), other punctuation as spaces, a leading "the " removed,
// spaces collapsed. Names that differ only in these ways are one name in
// news; names that differ otherwise ("U.S." vs "United States") are tied by
// aliases, not by normalisation.
func Normalize(s string) string {
	return string(AppendNormalized(nil, s))
}

// AppendNormalized appends Normalize(s) to dst, without allocating when
// dst has room and s is plain ASCII.
func AppendNormalized(dst []byte, s string) []byte {
	if out, ok := appendNormalizedFast(dst, s); ok {
		return out
	}
	return appendNormalizedRunes(dst, len(dst), norm.NFKD.String(s))
}

// appendNormalizedRunes is AppendNormalized of a decomposed (NFKD) s.
func appendNormalizedRunes(dst []byte, start int, s string) []byte {
	space := true // at the start, or after a space: drop further spaces
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '-' || r == '‐' || r == '‑' || r == '`':
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf {
				dst = append(dst, byte(r))
			} else {
				dst = utf8.AppendRune(dst, r)
			}
			space = false
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	return trimNormalized(dst, start)
}

// appendNormalizedASCII is AppendNormalized for plain ASCII s.
func appendNormalizedASCII(dst []byte, start int, s string) []byte {
	out, _ := appendNormalizedFast(dst[:start], s)
	return out
}

// normByte is what a byte of an ASCII name becomes in its key: itself,
// lower-cased, for a letter or a digit; normDrop for the characters
// dropped; ' ' for any other (a separator); normHigh for a non-ASCII
// byte, which needs the Unicode path.
const (
	normDrop = 0
	normHigh = 0xff
)

var normByte = func() (t [256]byte) {
	for c := range 256 {
		switch b := byte(c); {
		case b >= utf8.RuneSelf:
			t[c] = normHigh
		case b == '.' || b == '\'' || b == '-' || b == '`':
			t[c] = normDrop
		case b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
			t[c] = b
		case b >= 'A' && b <= 'Z':
			t[c] = b + 'a' - 'A'
		default:
			t[c] = ' '
		}
	}
	return t
}()

// appendNormalizedFast appends the key of an ASCII name, one table
// look-up a byte, written by index into room for the whole name (names
// are looked up for every mention of every article). It reports false,
// with dst as given, when s holds a non-ASCII byte.
func appendNormalizedFast(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst = slices.Grow(dst, len(s))
	k := dst[start : start+len(s)]
	n := 0
	space := true // at the start, or after a space: drop further spaces
	for i := 0; i < len(s); i++ {
		switch c := normByte[s[i]]; c {
		case normDrop:
		case normHigh:
			return dst[:start], false
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
	return trimNormalized(dst[:start+n], start), true
}

// trimNormalized drops a trailing space and a leading "the " from the key
// written at dst[start:].
func trimNormalized(dst []byte, start int) []byte {
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	if len(dst)-start > 4 && string(dst[start:start+4]) == "the " {
		dst = append(dst[:start], dst[start+4:]...)
	}
	return dst
}

// legalSuffixes end company names ("Ford Motor Co", "Volkswagen AG") and
// are often left out or varied ("Co" vs "Company").
var legalSuffixes = map[string]bool{
	"corp": true, "corporation": true, "inc": true, "incorporated": true, "co": true, "cos": true,
	"company": true, "ltd": true, "limited": true, "plc": true, "llc": true, "group": true,
	"holdings": true, "holding": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "spa": true,
	"bv": true, "ab": true, "asa": true, "se": true, "lp": true,
}

// IsLegalSuffix reports whether a normalised word is a company-form suffix.
// Its length and first byte together turn most words away before the map
// is hashed: taggers and the entities stage ask it of most names' last
// words, and a first byte alone let a third of them through.
func IsLegalSuffix(w string) bool {
	if len(w) < legalMin || len(w) > legalMax || legalFirst[len(w)][w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return false
	}
	return legalSuffixes[w]
}

// legalFirst[n] has bit b set for each first byte b of a legal suffix of
// n bytes; legalMin and legalMax bound their lengths.
var legalFirst, legalMin, legalMax = func() (first [][4]uint64, lo, hi int) {
	lo = 1 << 30
	for w := range legalSuffixes {
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	first = make([][4]uint64, hi+1)
	for w := range legalSuffixes {
		first[len(w)][w[0]>>6] |= 1 << (w[0] & 63)
	}
	return first, lo, hi
}()

// StripLegalSuffix removes trailing company-form words from a normalised
// name ("ford motor co" -> "ford motor"); it returns "" when nothing is
// left or nothing was removed. A key whose words are joined by single
// spaces (most keys: Normalize writes them so) is read off its end and
// the name left is a prefix of it, with no allocation; other keys are
// split as strings.Fields splits them.
func StripLegalSuffix(key string) string {
	for i := 0; i < len(key); i++ {
		// a byte strings.Fields may split at otherwise, or two spaces
		if c := key[i]; c >= utf8.RuneSelf || c != ' ' && asciiSpace(c) ||
			c == ' ' && (i == 0 || i == len(key)-1 || key[i-1] == ' ') {
			return stripLegalFields(key)
		}
	}
	words := strings.Count(key, " ") + 1
	n, end := words, len(key) // key[:end] holds the first n words
	for n > 1 {
		sp := strings.LastIndexByte(key[:end], ' ')
		if !IsLegalSuffix(key[sp+1 : end]) {
			break
		}
		n, end = n-1, sp
		// "Morgan Stanley and Co": the "and" went with the "Co"
		if n > 1 && n < words {
			if sp := strings.LastIndexByte(key[:end], ' '); key[sp+1:end] == "and" {
				n, end = n-1, sp
			}
		}
	}
	if n == words {
		return ""
	}
	return key[:end]
}

// stripLegalFields is StripLegalSuffix for any key: its words as
// strings.Fields gives them.
func stripLegalFields(key string) string {
	ws := strings.Fields(key)
	n := len(ws)
	for n > 1 && legalSuffixes[ws[n-1]] {
		n--
		if n > 1 && n < len(ws) && ws[n-1] == "and" {
			n--
		}
	}
	if n == len(ws) {
		return ""
	}
	return strings.Join(ws[:n], " ")
}

// asciiSpace reports the ASCII bytes strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// adminKinds end the labels of regions that news names without the kind
// word ("Cordoba" for Córdoba Province, "Hubei" for Hubei Province).
// County, district and city are left out: news keeps those words
// ("Orange County"), and the bare name is mostly something else.
var adminKinds = map[string]bool{
	"province": true, "prefecture": true, "governorate": true, "oblast": true, "krai": true,
}

// StripAdminKind removes a trailing region-kind word from a normalised
// name ("buenos aires province" -> "buenos aires"); "" when there is none.
func StripAdminKind(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i <= 0 || !adminKinds[key[i+1:]] {
		return ""
	}
	return key[:i]
}
