package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// mentionsOf marks each "surface/TYPE" of names in text (first occurrence
// after the previous one), in code points.
func mentionsOf(t *testing.T, text string, names ...string) []ner.Mention {
	t.Helper()
	var ms []ner.Mention
	from := 0
	for _, n := range names {
		i := strings.LastIndexByte(n, '/')
		surface, typ := n[:i], n[i+1:]
		j := strings.Index(text[from:], surface)
		if j < 0 {
			t.Fatalf("%q not in %q", surface, text)
		}
		s := utf8.RuneCountInString(text[:from+j])
		ms = append(ms, ner.Mention{Start: s, End: s + utf8.RuneCountInString(surface), Type: typ})
		from += j + len(surface)
	}
	return ms
}

// runeBytesOf is the stage's code point -> byte table of text (nil for
// ASCII text).
func runeBytesOf(text string) []int {
	if utf8.RuneCountInString(text) == len(text) {
		return nil
	}
	return append(runeStarts(nil, text), len(text))
}

// tidied runs tidyNames over the mentions of names in text, with k
// (a KB of one unrelated entity when nil).
func tidied(t *testing.T, text string, names []string, k *kb.KB) string {
	t.Helper()
	if k == nil {
		k = testKB(t, []kb.Entity{{ID: "Q1", Label: "Unrelated Name", Type: kb.MISC}})
	}
	return renderMentions(text, tidyNames(nil, text, runeBytesOf(text), mentionsOf(t, text, names...), k))
}

func renderMentions(text string, ms []ner.Mention) string {
	rs := []rune(text)
	var out []string
	for _, m := range ms {
		out = append(out, string(rs[m.Start:m.End])+"/"+m.Type)
	}
	return strings.Join(out, " | ")
}

func TestMarketNames(t *testing.T) {
	cases := []struct {
		text string
		in   []string
		want string
	}{
		// quote codes after a name are cut, codes alone dropped
		{"On Wall Street, the Dow Jones Industrial Average .DJI rose 12 points.",
			[]string{"Wall Street/LOC", "Dow Jones Industrial Average/PER", "DJI/ORG"},
			"Wall Street/LOC | Dow Jones Industrial Average/MISC"},
		{"Brent LCOc1 was last at $61.20 a barrel.", []string{"Brent LCOc1/PER"}, "Brent/PER"},
		{"Aluminium on the London Metal Exchange CMAL3 slipped.",
			[]string{"London Metal Exchange CMAL3/ORG"}, "London Metal Exchange/ORG"},
		{"The euro EUR= was flat while the Swiss franc CHF= rose.",
			[]string{"EUR/ORG", "Swiss/MISC", "CHF/ORG"}, "Swiss/MISC"},
		{"Spot gold XAU= added 0.3%.", []string{"XAU/ORG"}, ""},
		// an index family takes its size; an index is MISC
		{"The S&P 500 index was little changed and the FTSE 100 fell.",
			[]string{"S&P/ORG", "FTSE/ORG"}, "S&P 500/MISC | FTSE 100/MISC"},
		{"Tokyo's Nikkei average closed higher, and Nikkei futures rose.",
			[]string{"Tokyo/LOC", "Nikkei/LOC", "Nikkei/ORG"}, "Tokyo/LOC | Nikkei/MISC | Nikkei/MISC"},
		{"The Nasdaq Composite added 20 points.", []string{"Nasdaq Composite/ORG"}, "Nasdaq Composite/MISC"},
		// an index's short name moves, or has components; the exchange
		// that lists shares stays
		{"The Nasdaq rose 0.4% and the Dow fell, while Kospi futures slid.",
			[]string{"Nasdaq/ORG", "Dow/PER", "Kospi/ORG"}, "Nasdaq/MISC | Dow/MISC | Kospi/MISC"},
		{"Dow component Harmon Tools fell. Nasdaq said it would list the shares.",
			[]string{"Dow/PER", "Harmon Tools/ORG", "Nasdaq/ORG"}, "Dow/MISC | Harmon Tools/ORG | Nasdaq/ORG"},
		// not codes, not indexes
		{"Standard & Poor's cut S&P Global's outlook; BHP Billiton and G20 ministers met.",
			[]string{"Standard & Poor's/ORG", "S&P Global/ORG", "BHP Billiton/ORG", "G20/ORG"},
			"Standard & Poor's/ORG | S&P Global/ORG | BHP Billiton/ORG | G20/ORG"},
		{"Airbus delivered the A380 to Emirates in 2008.", []string{"Airbus/ORG", "A380/MISC", "Emirates/ORG"},
			"Airbus/ORG | A380/MISC | Emirates/ORG"},
		{"Frank Russell Company and Nikkei Inc said 500 jobs would go.",
			[]string{"Frank Russell Company/ORG", "Nikkei Inc/ORG"}, "Frank Russell Company/ORG | Nikkei Inc/ORG"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, nil)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
