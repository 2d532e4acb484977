package entities

import (
	"math/rand"
	"strings"
	"testing"
)

// descKindRef is descKind as it was: every word of the description split
// first, the first three read.
func descKindRef(desc string) string {
	n := 0
	for _, w := range strings.FieldsFunc(desc, notLetter) {
		if k := kindWord(w); k != "" {
			return k
		}
		if n++; n == 3 {
			break
		}
	}
	return ""
}

// TestDescKindMatchesRef: descKind reads the words FieldsFunc gives, on
// descriptions written for it and on random strings of letters, kind
// words, periods, digits, spaces and non-ASCII runes.
func TestDescKindMatchesRef(t *testing.T) {
	descs := []string{
		"", "city", "  city  ", "city.", "U.S. state", "the state", "a small town", "one two three city",
		"one two city", "capital city of Chile", "provinces of the north", "état of France",
		"Ålesund, a town in Norway", "river", "1990s river", "county-level city in China",
		"a.b.c. county", "state\xff of", "\xffcity", "village...", "island nation",
	}
	for _, d := range descs {
		if got, want := descKind(d), descKindRef(d); got != want {
			t.Errorf("descKind(%q) = %q, want %q", d, got, want)
		}
	}
	parts := []string{"city", "State", "towns", "counties", "a", "the", ".", " ", "  ", ",", "9", "é", "Ålesund", "-", "\xff", "region"}
	r := rand.New(rand.NewSource(7))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(8) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		d := b.String()
		if got, want := descKind(d), descKindRef(d); got != want {
			t.Fatalf("descKind(%q) = %q, want %q", d, got, want)
		}
	}
}

// scoreKindsRef is scoreKinds as it was: the kinds near the name first,
// then each candidate's from its description.
func (d *doc) scoreKindsRef(cfg *Config, ci int, cands []candidate) {
	near := d.nearKinds(ci)
	if len(near) == 0 {
		return
	}
	kinds := make([]string, len(cands))
	for i := range cands {
		kinds[i] = descKindRef(cands[i].Description)
	}
	for _, k := range near {
		all := true
		for _, x := range kinds {
			all = all && x == k
		}
		if all {
			continue
		}
		for i := range cands {
			if kinds[i] == k {
				cands[i].score += cfg.Kind
			}
		}
	}
}

// TestScoreKindsMatchesRef: scoreKinds, which reads the kinds of the
// candidates first and the text only when they differ, scores as the
// code it replaced, for names with and without a kind beside them and
// candidates whose kinds differ, agree or are missing.
func TestScoreKindsMatchesRef(t *testing.T) {
	cfg := DefaultConfig()
	descSets := [][]string{
		{"province of Freedonia", "city in Freedonia"},
		{"city in Freedonia", "city in Sylvania"},
		{"", "river in Freedonia"},
		{"", ""},
		{"American singer", "British politician", "state of Freedonia"},
		{"province of Freedonia", "province of Sylvania"},
	}
	texts := []string{
		"Rain fell in the provinces of Mendes, Rosales and Tibur.",
		"Farmers in Rosales province expect a record crop.",
		"The mayor of Rosales, the second city, resigned.",
		"Rosales said on Monday it would sell bonds.",
		"The river Rosales rose. Later the Rosales state fair opened.",
	}
	raised := 0
	for _, text := range texts {
		d := &doc{text: text}
		d.ms = nil
		for off := 0; ; {
			i := strings.Index(text[off:], "Rosales")
			if i < 0 {
				break
			}
			s := off + i
			d.ms = append(d.ms, mention{start: s, end: s + len("Rosales"), text: "Rosales"})
			off = s + 1
		}
		ments := make([]int, len(d.ms))
		for i := range ments {
			ments[i] = i
		}
		d.cs = []cluster{{ments: ments, full: 0}}
		for _, descs := range descSets {
			var got, want []candidate
			for i, desc := range descs {
				c := candidate{score: float64(i) / 10}
				c.Description = desc
				if desc != "" {
					c.desc = newDescWords(desc)
				}
				got, want = append(got, c), append(want, c)
			}
			d.scoreKinds(&cfg, 0, got)
			d.scoreKindsRef(&cfg, 0, want)
			for i := range got {
				if got[i].score != want[i].score {
					t.Errorf("%q %q: candidate %d scores %v, want %v", text, descs, i, got[i].score, want[i].score)
				}
				if got[i].score != float64(i)/10 {
					raised++
				}
			}
		}
	}
	if raised == 0 {
		t.Error("no kind beside a name raised a candidate: the cases test nothing")
	}
}
