package ner

import (
	"strings"
	"testing"
)

func TestMarkCaps(t *testing.T) {
	tg := loadTagger(t)
	lx := &tg.model.lexicon
	cases := []struct {
		text string
		caps string // per token: C caps and capitalised, l caps and lower-cased, . not caps
	}{
		// a headline reads as a sentence: common words lower case
		{"FLOODS HIT NORTHERN GERMANY AGAIN", "lllCl"},
		// acronyms in running text are no headline
		{"The U.S. sued IBM, AT&T and GE on Monday.", strings.Repeat(".", 13)},
		// the headline ends where lower-case text starts
		{"STORM NEARS FLORIDA COAST Officials said on Monday", "llCC...."},
	}
	for _, c := range cases {
		sc := new(scratch)
		sc.sentences(c.text, nil, lx.classes)
		fillInfo(sc, c.text, lx)
		var got strings.Builder
		for i := range sc.toks {
			switch w := &sc.info[i]; {
			case !w.caps:
				got.WriteByte('.')
			case w.kind == kindLower && !w.hasUpper:
				got.WriteByte('l')
			default:
				got.WriteByte('C')
			}
		}
		if got.String() != c.caps {
			t.Errorf("%q: caps %s, want %s", c.text, got.String(), c.caps)
		}
	}
}

func TestAppendUpper(t *testing.T) {
	recs := []Record{
		{Text: "Café owners in Zürich met.", Mentions: []RecordMention{{Start: 15, End: 21, Type: LOC}}},
		{Text: "Paris is calm."},
	}
	out := appendUpper(recs, 1)
	if len(out) != 4 {
		t.Fatalf("%d records, want 4", len(out))
	}
	u := out[2]
	if u.Text != "CAFÉ OWNERS IN ZÜRICH MET." {
		t.Errorf("text %q", u.Text)
	}
	if m := u.Mentions[0]; string([]rune(u.Text)[m.Start:m.End]) != "ZÜRICH" {
		t.Errorf("mention %q", string([]rune(u.Text)[m.Start:m.End]))
	}
	if recs[0].Text != "Café owners in Zürich met." {
		t.Error("the original was changed")
	}
}

func TestKnownNames(t *testing.T) {
	cp, lo, cn := wordInfo{kind: kindCap, hasUpper: true}, wordInfo{kind: kindLower}, wordInfo{kind: kindLower, cls: clsConnector}
	org := uint16(GazORG)
	cases := []struct {
		name    string
		info    []wordInfo
		gz      []uint16
		tags    []uint8
		atStart bool
		want    []uint8
	}{
		{"untagged two-word ORG", []wordInfo{lo, cp, cp, lo}, []uint16{0, org | 1<<8, org | 3<<8, 0}, []uint8{0, 0, 0, 0}, false, []uint8{0, 2, 6, 0}},
		{"connector inside", []wordInfo{cp, cn, cp}, []uint16{org | 1<<8, org | 2<<8, org | 3<<8}, []uint8{0, 0, 0}, false, []uint8{2, 6, 6}},
		{"the model found something", []wordInfo{cp, cp}, []uint16{org | 1<<8, org | 3<<8}, []uint8{3, 0}, false, []uint8{3, 0}},
		{"two types", []wordInfo{cp, cp}, []uint16{org | uint16(GazLOC) | 1<<8, org | uint16(GazLOC) | 3<<8}, []uint8{0, 0}, false, []uint8{0, 0}},
		{"sentence start", []wordInfo{cp, cp}, []uint16{org | 1<<8, org | 3<<8}, []uint8{0, 0}, true, []uint8{0, 0}},
	}
	for _, c := range cases {
		tags := append([]uint8(nil), c.tags...)
		knownNames(tags, c.gz, c.info, c.atStart)
		if string(tags) != string(c.want) {
			t.Errorf("%s: tags %v, want %v", c.name, tags, c.want)
		}
	}
}
