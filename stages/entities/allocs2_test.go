package entities

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
)

// randWords makes n random strings from alphabet, up to max runes each.
func randWords(seed uint64, n, maxLen int, alphabet string) []string {
	r := rand.New(rand.NewPCG(seed, seed))
	rs := []rune(alphabet)
	out := make([]string, n)
	for i := range out {
		w := make([]rune, r.IntN(maxLen+1))
		for j := range w {
			w[j] = rs[r.IntN(len(rs))]
		}
		out[i] = string(w)
	}
	return out
}

// kindWordRef is kindWord as it was, building its answer's string.
func kindWordRef(w string) string {
	if len(w) < 4 || len(w) > 12 {
		return ""
	}
	if c := w[0] | 0x20; c < 'a' || c > 'z' || placeKindFirst&(1<<(c-'a')) == 0 {
		return ""
	}
	var buf [12]byte
	low := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	if placeKinds[string(low)] {
		return string(low)
	}
	switch {
	case strings.HasSuffix(string(low), "ies") && placeKinds[string(low[:len(low)-3])+"y"]:
		return string(low[:len(low)-3]) + "y"
	case low[len(low)-1] == 's' && placeKinds[string(low[:len(low)-1])]:
		return string(low[:len(low)-1])
	}
	return ""
}

func TestKindWordMatchesRef(t *testing.T) {
	words := []string{"province", "Provinces", "COUNTIES", "county", "cities", "City", "states", "Stateies",
		"regions", "prefectures", "districts", "municipalities", "towns", "villages", "ies", "cies", "Countys",
		"provinceses", "countryside", "", "abcd", "Été", "cityé"}
	for k := range placeKinds {
		words = append(words, k, k+"s", strings.ToUpper(k), k+"ies", strings.TrimSuffix(k, "y")+"ies")
	}
	words = append(words, randWords(7, 20000, 13, "citysprovneuCTYSPRies")...)
	for _, w := range words {
		if got, want := kindWord(w), kindWordRef(w); got != want {
			t.Errorf("kindWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { kindWord("Counties"); kindWord("Provinces") }); n != 0 {
		t.Errorf("kindWord: %v allocations, want 0", n)
	}
}

// joinedRunes counts what utf8.RuneCountInString(strings.Join(ws, " "))
// did.
func TestJoinedRunesMatchesRef(t *testing.T) {
	words := randWords(5, 3000, 6, "abc Éé—\xff")
	for i := 0; i+5 <= len(words); i++ {
		for n := 0; n <= 5; n++ {
			ws := words[i : i+n]
			if got, want := joinedRunes(ws), utf8.RuneCountInString(strings.Join(ws, " ")); got != want {
				t.Fatalf("joinedRunes(%q) = %d, want %d", ws, got, want)
			}
		}
	}
}

// The role title sets answer as the lists did for the lower-cased word.
func TestRoleTitleSetsMatchMaps(t *testing.T) {
	words := []string{"Justice", "ADMIRAL", "admiral", "Director", "director", "Chairman", "Chief", "Fed", "Secretary",
		"Minister", "", "İstanbul", "Ünited"}
	for _, m := range []map[string]bool{trailingTitles, shortTrailing, personOnlyTitles} {
		for w := range m {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s")
		}
	}
	words = append(words, randWords(13, 20000, 9, "adminrlctojusADMIRLCTOJUSé")...)
	for _, w := range words {
		low := strings.ToLower(w)
		if got, want := trailingTitleSet.has(w), trailingTitles[low]; got != want {
			t.Errorf("trailingTitleSet.has(%q) = %v, want %v", w, got, want)
		}
		if got, want := shortTrailingSet.has(w), shortTrailing[low]; got != want {
			t.Errorf("shortTrailingSet.has(%q) = %v, want %v", w, got, want)
		}
		if got, want := personOnlyTitleSet.has(w), personOnlyTitles[low]; got != want {
			t.Errorf("personOnlyTitleSet.has(%q) = %v, want %v", w, got, want)
		}
	}
}

// hyphenKey and endsLikeCompany are the code they replaced on names
// written for them and random ones.
func TestHyphenKeyAndEndsLikeCompanyMatchRef(t *testing.T) {
	names := []string{"West-Germany", "G-20", "Coca-Cola Co", "Hewlett-Packard Co.", "Rolls-Royce Holdings plc",
		"-", "--", "the-Co", "The Anglo-American Corp", "Mercedes-Benz AG", "Saint-Étienne", "Baden-Württemberg GmbH",
		"Air-India Ltd", "X-Ray", "Acme Inc", "Acme", "", "Société Générale S.A.", "Acme\u00a0Co", "Acme—Co"}
	names = append(names, randWords(17, 20000, 20, "acmeincoltdAGS- .—éÉ\u00a0")...)
	long := strings.Repeat("Hewlett-Packard ", 8) + "Co"
	names = append(names, long) // past the stack buffers
	d := &doc{}
	for _, n := range names {
		if got, want := d.hyphenKey(n), kb.Normalize(strings.ReplaceAll(n, "-", " ")); got != want {
			t.Errorf("hyphenKey(%q) = %q, want %q", n, got, want)
		}
		if got, want := endsLikeCompany(n), coreEndsLikeCompany(strings.Fields(kb.Normalize(n))); got != want {
			t.Errorf("endsLikeCompany(%q) = %v, want %v", n, got, want)
		}
	}
	if a := testing.AllocsPerRun(100, func() { endsLikeCompany("Coca-Cola Co") }); a != 0 {
		t.Errorf("endsLikeCompany: %v allocations, want 0", a)
	}
	if a := testing.AllocsPerRun(100, func() { d.hyphenKey("West-Germany") }); a != 1 {
		t.Errorf("hyphenKey: %v allocations, want 1 (the key)", a)
	}
}
