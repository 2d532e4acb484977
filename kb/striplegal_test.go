package kb

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// StripLegalSuffix reads single-spaced keys off their end; it must answer
// as stripLegalFields, which splits every key as strings.Fields does.
func TestStripLegalSuffixMatchesFields(t *testing.T) {
	keys := []string{"ford motor co", "morgan stanley and co", "and co", "co", "co inc", "acme co inc", "acme and co inc",
		"acme holdings ltd", "the co", "acme  co", " acme co", "acme co ", "acme\tco", "acme co\u00a0inc", "", "inc",
		"ab and co", "a b c", "société générale sa", "bank and trust co", "x and and co", "acme plc and co"}
	r := rand.New(rand.NewPCG(11, 11))
	// random strings of letters, spaces, tabs, a no-break space and é
	alphabet := []rune("abco inltdgrup  and\t\u00a0é")
	for range 20000 {
		b := make([]rune, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		keys = append(keys, string(b))
	}
	// words from a small list, so that legal forms and "and" meet
	vocab := []string{"acme", "co", "inc", "and", "ltd", "plc", "group", "holdings", "sa", "ag", "ford", "the"}
	for range 20000 {
		ws := make([]string, 1+r.IntN(6))
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		keys = append(keys, strings.Join(ws, " "))
	}
	for _, k := range keys {
		if got, want := StripLegalSuffix(k), stripLegalFields(k); got != want {
			t.Errorf("StripLegalSuffix(%q) = %q, want %q", k, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { StripLegalSuffix("morgan stanley and co") }); n != 0 {
		t.Errorf("StripLegalSuffix: %v allocations, want 0", n)
	}
}
