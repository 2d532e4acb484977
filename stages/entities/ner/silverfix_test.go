package ner

import "testing"

func TestSilverFixes(t *testing.T) {
	names := newFPTable()
	for _, n := range [][]string{{"india"}, {"pakistan"}, {"trinidad"}, {"tobago"}, {"trinidad", "and", "tobago"}} {
		var lows []uint64
		for _, w := range n {
			lows = append(lows, lowerHash(w))
		}
		names.add(fingerprint(nameHash(lows)), GazLOC)
	}
	names.freeze()
	type m struct {
		s, e int
		typ  string
	}
	cases := []struct {
		text string
		in   []m
		want []m
	}{
		// two known names tagged as one: split
		{"Talks between India and Pakistan resumed.", []m{{14, 32, ORG}}, []m{{14, 19, ORG}, {24, 32, ORG}}},
		// the whole is a known name: kept
		{"He flew to Trinidad and Tobago.", []m{{11, 30, LOC}}, []m{{11, 30, LOC}}},
		// one half unknown: kept ("Justice and Equality Movement")
		{"Rebels of the Justice and Equality Movement said.", []m{{14, 43, ORG}}, []m{{14, 43, ORG}}},
		// "World War II" tagged "II": widened
		{"It was built after World War II ended.", []m{{29, 31, MISC}}, []m{{19, 31, MISC}}},
		{"Both World Wars I and II.", []m{{16, 17, MISC}}, []m{{5, 17, MISC}}},
	}
	for _, c := range cases {
		r := Record{Text: c.text}
		for _, x := range c.in {
			r.Mentions = append(r.Mentions, RecordMention{Start: x.s, End: x.e, Type: x.typ})
		}
		recs := []Record{r}
		splitSilverLists(recs, names)
		extendWars(recs)
		got := recs[0].Mentions
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			continue
		}
		for i, w := range c.want {
			if g := got[i]; g.Start != w.s || g.End != w.e || g.Type != w.typ {
				t.Errorf("%q: mention %d = %+v, want %v", c.text, i, g, w)
			}
		}
	}
}
