package segment

import (
	"math/rand"
	"os"
	"strings"
	"testing"
)

// fragments are pieces of news text chosen to stress the engine: every
// kind of terminator, abbreviation, quote, bracket, list marker, space and
// non-ASCII text.
var fragments = []string{
	"The", "U.S.", "Senate", "said", "Jan.", "28", "Mr.", "Smith", "W.", "Bush",
	"$1.5", "billion", "3.14", "p.m.", "Friday", "Inc.", "Corp.", "No.", "10",
	"e.g.", "etc.", "...", "\u2026", ". . .", ".", "!", "?", "?!", "\"", "\u201c", "\u201d",
	"'", "\u2019", "(", ")", "[...]", "\u2014", "-", ",", "1.", "2.", "a)", "b)", "\u2022",
	"www.example.com", "a@b.co", "https://x.org/a.b.", "Z\u00fcrich", "\u00e9t\u00e9", "\u4e2d\u6587",
	" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "he", "asked", "I", "Yahoo!",
}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	n := r.Intn(60)
	for i := 0; i < n; i++ {
		b.WriteString(fragments[r.Intn(len(fragments))])
		if r.Intn(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestProperties checks the span invariants on many generated texts.
func TestProperties(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5000; i++ {
		text := randomText(r)
		paras, sents := Split(text)
		if err := checkSpans(text, paras, sents); err != nil {
			t.Fatalf("text %q: %v", text, err)
		}
	}
}

func TestPropertiesOnFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	paras, sents := Split(text)
	if err := checkSpans(text, paras, sents); err != nil {
		t.Fatal(err)
	}
	if len(paras) != 10 {
		t.Errorf("got %d paragraphs, want 10", len(paras))
	}
	if len(sents) != 25 {
		t.Errorf("got %d sentences, want 25:\n%s", len(sents), strings.Join(spanStrings(text, sents), "\n"))
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "Hello World. My name is Jonas.", "U.S. Senate. In the U.S. The end.",
		"1.) The first item 2.) The second item", "\u2022 9. The first item \u2022 10. The second item",
		"\u20439. The first item \u204310. The second item", "a. The first b. The second",
		"\"Why?\" he asked.", "compounds. . . . The practice", "[...]\" (Smith 55).",
		"x\n\ny\nz", "\xff\xfe. A.", "...", ". . . .", "\u2026\u201d", "Hello world.Today is Tuesday.Mr. Smith",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras, sents := Split(text)
		if err := checkSpans(text, paras, sents); err != nil {
			t.Fatalf("text %q: %v", text, err)
		}
	})
}
