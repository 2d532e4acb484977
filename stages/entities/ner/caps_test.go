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

// markCapsScan is markCaps as a walk over every token, the plain
// definition markCaps must keep to.
func markCapsScan(info []wordInfo) {
	start, upper := 0, 0
	for i := 0; i <= len(info); i++ {
		if i < len(info) && !info[i].hasLower {
			if k := info[i].kind; k == kindUpper || k == kindAcronym {
				upper++
			}
			continue
		}
		if upper >= minCapsWords {
			for j := start; j < i; j++ {
				if w := &info[j]; w.hasUpper {
					w.caps = true
					trueCase(w)
				}
			}
		}
		start, upper = i+1, 0
	}
}

func TestMarkCapsMatchesScan(t *testing.T) {
	lx := &loadTagger(t).model.lexicon
	for _, text := range []string{
		"FLOODS HIT NORTHERN GERMANY AGAIN",
		"The U.S. sued IBM, AT&T and GE on Monday.",
		"STORM NEARS FLORIDA COAST Officials said on Monday",
		"said NATO , 12 - 3 U.N. EU and the IMF",
		"-- 1996 -- TOKYO , JAPAN ( AP ) -- the end",
		"NATO EU UN",
		"A B C D. E F",
		"x, IBM 3M AT&T GE; y",
	} {
		sc := new(scratch)
		sc.sentences(text, nil, lx.classes)
		fillInfo(sc, text, lx)
		got := sc.info
		// the basic info again, marked by the scan
		want := make([]wordInfo, len(sc.toks))
		prevEnd := -1
		for i, tk := range sc.toks {
			basicInfo(&want[i], text[tk.b:tk.e], lx.classes)
			want[i].spaceBefore = prevEnd < tk.b
			prevEnd = tk.e
		}
		markCapsScan(want)
		caps := 0
		for i := range want {
			if want[i].caps {
				caps++
			}
			if got[i] != want[i] {
				t.Errorf("%q token %d: markCaps %+v, scan %+v", text, i, got[i], want[i])
			}
		}
		if strings.HasPrefix(text, "FLOODS") && caps != 5 {
			t.Errorf("%q: %d caps words, want 5", text, caps)
		}
	}
}
