package entities

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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
	near := d.nearKinds(ci, nil)
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

// nearKindsRef is nearKinds as it was: the sentence end searched for in
// all hundred bytes before each mention, then its last six words read.
func (d *doc) nearKindsRef(ci int) []string {
	var out []string
	add := func(w string) {
		if k := kindWord(w); k != "" {
			for _, x := range out {
				if x == k {
					return
				}
			}
			out = append(out, k)
		}
	}
	for _, mi := range d.cs[ci].ments {
		m := &d.ms[mi]
		s, e := d.byteAt(m.start), d.byteAt(m.end)
		before := d.text[max(0, s-100):s]
		if j := lastSentenceEnd(before); j >= 0 {
			before = before[j:]
		}
		var last [6]string
		k := lastFields(before, last[:])
		for _, w := range last[len(last)-k:] {
			add(w)
		}
		after := d.text[e:min(len(d.text), e+40)]
		if j := strings.IndexAny(after, ".!?\n"); j >= 0 {
			after = after[:j]
		}
		var first [2]string
		for _, w := range first[:firstFields(after, first[:])] {
			add(w)
		}
	}
	return out
}

// TestNearKindsMatchesRef: nearKinds, which looks for the sentence end
// only after the sixth word before a mention, finds the kinds the code
// it replaced found, on random texts of kind words, other words, sentence
// ends, newlines, non-ASCII and invalid bytes, with a mention at random
// places.
func TestNearKindsMatchesRef(t *testing.T) {
	parts := []string{"city", "the", "provinces", "State", "of", "a", "county", "river", "Town", "x-y",
		" ", " ", " ", ". ", "! ", "? ", "\n", ",", "é", "\xc3", "\xa9", "Ålesund", "9", ".", "\xff", "region"}
	r := rand.New(rand.NewSource(11))
	found := 0
	for range 5000 {
		var b strings.Builder
		var starts []int
		for range 5 + r.Intn(60) {
			if r.Intn(8) == 0 {
				starts = append(starts, b.Len())
				b.WriteString("Rosales")
			} else {
				b.WriteString(parts[r.Intn(len(parts))])
			}
		}
		text := b.String()
		if len(starts) == 0 || !isASCII(text) && r.Intn(2) == 0 {
			continue
		}
		d := &doc{text: text}
		if !isASCII(text) {
			for j := range text { // as getDoc does
				d.runeByte = append(d.runeByte, j)
			}
			d.runeByte = append(d.runeByte, len(text))
		}
		var ments []int
		for _, s := range starts {
			cs := s
			if d.runeByte != nil {
				cs = utf8.RuneCountInString(text[:s])
			}
			ments = append(ments, len(d.ms))
			d.ms = append(d.ms, mention{start: cs, end: cs + len("Rosales"), text: "Rosales"})
		}
		d.cs = []cluster{{ments: ments, full: 0}}
		got, want := d.nearKinds(0, nil), d.nearKindsRef(0)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: nearKinds = %q, want %q", text, got, want)
		}
		found += len(got)
	}
	if found == 0 {
		t.Error("no kind found near any mention: the texts test nothing")
	}
}
