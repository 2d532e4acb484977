package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// slowTextStems is the plain definition addTextStems must agree with:
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

// stemTexts are texts whose words are cut and stemmed in every way the
// word scan knows.
var stemTexts = []string{
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
	// abbreviations and initials the tagger keeps with their period,
	// marks and underscores inside its words
	"Mr. Smith of Acme Corp. met Sen. Jones and George W. Bush; cafe\u0301 snake_case",
}

func TestAddTextStems(t *testing.T) {
	for _, text := range stemTexts {
		got := newStemSet(0)
		addTextStems(text, got)
		want := newStemSet(0)
		for _, h := range slowTextStems(text) {
			want.add(h)
		}
		if !slices.Equal(got.slots, want.slots) {
			t.Errorf("%q: %v, want %v", text, got.slots, want.slots)
		}
	}
}

// The tagger's words give the stems the text gives: the same texts as
// above, tagged.
func TestAddWordStems(t *testing.T) {
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range stemTexts {
		var words ner.Words
		tagger.AppendTagWords(nil, &words, text, nil)
		got, want := newStemSet(0), newStemSet(0)
		addWordStems(text, &words, got)
		addTextStems(text, want)
		if !slices.Equal(got.slots, want.slots) {
			t.Errorf("%q: %v, want %v", text, got.slots, want.slots)
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

// contentStem must agree with its plain definition: lower-case the word,
// drop short and stop words by the whole word, hash the first six bytes.
func TestContentStemPlain(t *testing.T) {
	plain := func(w string) (uint64, bool) {
		if len(w) < 3 {
			return 0, false
		}
		low := strings.ToLower(w)
		if stopHashes.has(fullHash(low)) {
			return 0, false
		}
		return hashStem([]byte(low)), true
	}
	for _, w := range []string{
		"ab", "abc", "The", "THE", "Kremlin", "spokesman", "Internationally", "INTERNATIONAL",
		"don't", "G-20", "x1y22z333", "abcdef", "abcdefg", "averyveryverylongwordthatgoesonandon",
		"Zürich", "São", "Ελλάδα", "Россия", "municipality", "Municipalities",
	} {
		gh, gok := contentStem(w)
		wh, wok := plain(w)
		if gh != wh || gok != wok {
			t.Errorf("contentStem(%q) = %x, %v, want %x, %v", w, gh, gok, wh, wok)
		}
	}
}

func TestSpeaksNext(t *testing.T) {
	for rest, want := range map[string]bool{
		" said.": true, " says that": true, " told reporters": true, " announced": true, " reported,": true,
		" saidx": false, " Said": false, " salad": false, "said it": false, " a": false, " tolled": false,
		" reportedly": false, " asked": false,
	} {
		if got := speaksNext(rest); got != want {
			t.Errorf("speaksNext(%q) = %v, want %v", rest, got, want)
		}
	}
}
