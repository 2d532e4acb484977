package segment

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
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
		for _, s := range sents {
			if err := checkTokens(text, s); err != nil {
				t.Fatalf("text %q sentence %v: %v", text, s, err)
			}
		}
	}
}

// checkTokens: tokens are ordered, non-empty, inside the sentence, and
// their text has as many code points as their span.
func checkTokens(text string, s schemas.Span) error {
	prev := s.Start
	for i, tk := range Tokens(text, s) {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > s.End {
			return fmt.Errorf("token %d %+v out of order or outside %v", i, tk, s)
		}
		if n := utf8.RuneCountInString(tk.Text); n != tk.End-tk.Start {
			return fmt.Errorf("token %d %+v: text has %d code points", i, tk, n)
		}
		prev = tk.End
	}
	return nil
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
		all := TokensAll(text, sents)
		for i, s := range sents {
			if err := checkTokens(text, s); err != nil {
				t.Fatalf("text %q sentence %v: %v", text, s, err)
			}
			if !reflect.DeepEqual(all[i], Tokens(text, s)) {
				t.Fatalf("text %q sentence %v: TokensAll differs from Tokens", text, s)
			}
		}
	})
}
