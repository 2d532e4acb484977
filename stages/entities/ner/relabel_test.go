package ner

import "testing"

func TestRelabelJoinsNationalityPrefix(t *testing.T) {
	names := newFPTable()
	names.add(fingerprint(nameHash([]uint64{lowerHash("czech"), lowerHash("republic")})), GazLOC)
	names.freeze()
	type m struct {
		s, e    int
		typ, gt string
	}
	cases := []struct {
		text string
		in   []m
		want []m
	}{
		{"The Afghan Defense Ministry said.", []m{{4, 10, MISC, "gpe"}, {11, 27, ORG, "org"}}, []m{{4, 27, ORG, "org"}}},
		{"He left the Czech Republic.", []m{{12, 17, MISC, "gpe"}, {18, 26, LOC, "geo"}}, []m{{12, 26, LOC, "geo"}}},
		// not a known place as a whole: two mentions, as CoNLL has them
		{"Troops in Indian Kashmir.", []m{{10, 16, MISC, "gpe"}, {17, 24, LOC, "geo"}}, []m{{10, 16, MISC, "gpe"}, {17, 24, LOC, "geo"}}},
		// not adjacent
		{"Iraqi and UN staff.", []m{{0, 5, MISC, "gpe"}, {10, 12, ORG, "org"}}, []m{{0, 5, MISC, "gpe"}, {10, 12, ORG, "org"}}},
		// code points, not bytes
		{"Über Iraqi Army ok", []m{{5, 10, MISC, "gpe"}, {11, 15, ORG, "org"}}, []m{{5, 15, ORG, "org"}}},
	}
	for _, c := range cases {
		r := Record{Text: c.text}
		for _, x := range c.in {
			r.Mentions = append(r.Mentions, struct {
				Start   int    `json:"start"`
				End     int    `json:"end"`
				Type    string `json:"type"`
				GMBType string `json:"gmb_type,omitempty"`
			}{x.s, x.e, x.typ, x.gt})
		}
		recs := []Record{r}
		relabel(recs, names)
		got := recs[0].Mentions
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d mentions %v, want %v", c.text, len(got), got, c.want)
			continue
		}
		for i, w := range c.want {
			if g := got[i]; g.Start != w.s || g.End != w.e || g.Type != w.typ {
				t.Errorf("%q: mention %d = %v, want %v", c.text, i, g, w)
			}
		}
	}
}

func TestMajorityRetype(t *testing.T) {
	mk := func(text, typ string, n int) []Record {
		var out []Record
		for range n {
			r := Record{Text: text}
			r.Mentions = append(r.Mentions, struct {
				Start   int    `json:"start"`
				End     int    `json:"end"`
				Type    string `json:"type"`
				GMBType string `json:"gmb_type,omitempty"`
			}{0, 4, typ, ""})
			out = append(out, r)
		}
		return out
	}
	// Bush: 9 PER, 1 LOC -> all PER; Rome: 3 LOC, 2 ORG -> kept;
	// Gaza: 2 LOC 1 ORG, too rare -> kept
	var recs []Record
	recs = append(recs, mk("Bush spoke.", PER, 9)...)
	recs = append(recs, mk("Bush spoke.", LOC, 1)...)
	recs = append(recs, mk("Rome said.", LOC, 3)...)
	recs = append(recs, mk("Rome said.", ORG, 2)...)
	recs = append(recs, mk("Gaza said.", LOC, 2)...)
	recs = append(recs, mk("Gaza said.", ORG, 1)...)
	if n := majorityRetype(recs); n != 1 {
		t.Errorf("retyped %d, want 1", n)
	}
	want := map[string][4]int{"Bush": {10, 0, 0, 0}, "Rome": {0, 2, 3, 0}, "Gaza": {0, 1, 2, 0}}
	got := map[string][4]int{}
	for _, r := range recs {
		c := got[r.Text[:4]]
		c[typeIndex(r.Mentions[0].Type)]++
		got[r.Text[:4]] = c
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: types %v, want %v", k, got[k], w)
		}
	}
}
