package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// slowTextStems is the plain definition appendTextStems must agree with:
// split at every rune that is not a letter, then contentStem.
func slowTextStems(text string) []uint64 {
	var out []uint64
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if h, ok := contentStem(w); ok {
			out = append(out, h)
		}
	}
	return out
}

func TestAppendTextStems(t *testing.T) {
	for _, text := range []string{
		"",
		"The Kremlin said on Monday that the talks were useful.",
		"THE STATE Department and the National Security Council",
		"Zürich-based Nestlé told Reuters it had 3,000 staff in São Paulo.",
		"ab abc abcdefgh ABCDEFGHIJ i.e. U.S. officials' don't",
		"Ελλάδα and Россия are names; ωμέγα too",
		"endsinletter",
		// stems shared with stop words ("intern" of "international")
		"Internal international Internet INTERNATIONAL The THE National nationals Statement",
		"x1y22z333 w-o-r-d éa aé",
		// words against non-letter runes and invalid bytes
		"“Quoted”—words\xffnext€euro ends with é",
		"é“",
	} {
		var got []uint64
		appendTextStems(text, func(h uint64) { got = append(got, h) })
		if want := slowTextStems(text); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestStopWordsByHash(t *testing.T) {
	for w := range stopWords {
		if _, ok := contentStem(strings.ToUpper(w[:1]) + w[1:]); ok {
			t.Errorf("%q kept as a content word", w)
		}
	}
	for _, w := range []string{"Kremlin", "spokesman", "nations", "cities", "thereby"} {
		if _, ok := contentStem(w); !ok {
			t.Errorf("%q dropped", w)
		}
	}
}
