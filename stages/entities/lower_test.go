package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func testMention(s string) *mention {
	key := kb.Normalize(s)
	return &mention{text: s, key: key, toks: strings.Fields(s), core: strings.Fields(key)}
}

func TestIsAcronymOf(t *testing.T) {
	for _, tc := range []struct {
		short, full string
		want        bool
	}{
		{"NSC", "National Security Council", true},
		{"U.N.", "United Nations", true},
		{"OAS", "Organization of American States", true},
		{"IOC", "International Olympic Committee", true},
		{"UN", "United Nations", true},
		{"NS", "National Security Council", false},   // too few letters
		{"NSCA", "National Security Council", false}, // too many
		{"NSC", "National Safety Board", false},
		{"Nsc", "National Security Council", false}, // not capitals
		{"N.S.C", "National Security Council", true},
		{"US", "Øster Sund", false}, // a non-ASCII initial matches no capital
		{"U.S.", "United", false},   // one word is no acronym's expansion
	} {
		if got := isAcronymOf(testMention(tc.short), testMention(tc.full)); got != tc.want {
			t.Errorf("isAcronymOf(%q, %q) = %v, want %v", tc.short, tc.full, got, tc.want)
		}
	}
}

func TestInLower(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"President", true}, {"PRESIDENT", true}, {"Mr.", true}, {"mr", true},
		{"Presidents", false}, {"", false}, {"Ｍr", false},
		{strings.Repeat("A", 30), false},
	} {
		if got := titleSet.has(tc.w); got != tc.want || got != titles[strings.ToLower(tc.w)] {
			t.Errorf("titleSet.has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestLowerSetLengths: a word whose length and first letter no word of
// the set has is turned away, unless a non-ASCII rune may lower-case to
// another length (the Kelvin sign "\u212A" lower-cases to "k").
func TestLowerSetLengths(t *testing.T) {
	set := newLowerSet(map[string]bool{"tak": true, "kin": true, "bank": true})
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"TAK", true}, {"Tak", true}, {"taks", false}, {"ta", false},
		{"ta\u212A", true}, // five bytes, "tak" in lower case
		{"\u212Ain", true}, // a non-ASCII first byte
		{"Bank", true}, {"Banks", false}, {"ban", false}, {"bAnK", true},
		{"t\u00e9k", false}, {"b\u00e1nk", false},
	} {
		if got := set.has(tc.w); got != tc.want || got != set.m[strings.ToLower(tc.w)] {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestNotNameSet: the union answers as its sets one by one.
func TestNotNameSet(t *testing.T) {
	sets := []map[string]bool{titles, personTitles, headlineWords, calendarWords, titleRoles}
	words := []string{"", "A", "I", "The", "May", "Chairman", "Sen.", "Gen", "Reuters", "Kremlin",
		"zebra", "Xi", "Ｍr", "MONDAY", strings.Repeat("b", 30)}
	for _, set := range sets {
		for w := range set {
			words = append(words, strings.ToUpper(w[:1])+w[1:])
		}
	}
	for _, w := range words {
		want := false
		for _, set := range sets {
			want = want || set[strings.ToLower(w)]
		}
		if got := notNameSet.has(w); got != want {
			t.Errorf("notNameSet.has(%q) = %v, want %v", w, got, want)
		}
	}
}
