package kb

import (
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
	start := len(dst)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return appendNormalizedASCII(dst, start, s)
	}
	return appendNormalizedRunes(dst, start, norm.NFKD.String(s))
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

// appendNormalizedASCII is AppendNormalized for plain ASCII, byte by
// byte: no rune decoding and no Unicode tables (names are looked up for
// every mention of every article).
func appendNormalizedASCII(dst []byte, start int, s string) []byte {
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == '\'' || c == '-' || c == '`':
			continue
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		dst = append(dst, c)
		space = false
	}
	return trimNormalized(dst, start)
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
func IsLegalSuffix(w string) bool { return legalSuffixes[w] }

// StripLegalSuffix removes trailing company-form words from a normalised
// name ("ford motor co" -> "ford motor"); it returns "" when nothing is
// left or nothing was removed.
func StripLegalSuffix(key string) string {
	ws := strings.Fields(key)
	n := len(ws)
	for n > 1 && legalSuffixes[ws[n-1]] {
		n--
		// "Morgan Stanley and Co": the "and" went with the "Co"
		if n > 1 && n < len(ws) && ws[n-1] == "and" {
			n--
		}
	}
	if n == len(ws) {
		return ""
	}
	return strings.Join(ws[:n], " ")
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
