package ner

import "strings"

// Two more silver errors of GMB, repaired in the training data before
// majorityRetype:
//
//   - a list of two names is tagged as one mention: "India and Pakistan"
//     ORG, "West Bank and Gaza Strip" (407 mentions hold an "and"). Gold
//     sets tag each name. splitLists cuts such a mention in two when both
//     halves are names the gazetteer knows and the whole is not (so
//     "Trinidad and Tobago" and "Food and Agriculture Organization" stay).
//   - "World War II" is mostly tagged "II" alone (52 of 70): extendWars
//     puts "World War" back into the span.

// splitSilverLists splits list mentions in recs; it returns the number
// split. names is the gazetteer's name table; without one nothing is done.
func splitSilverLists(recs []Record, names *fpTable) (split int) {
	if names == nil {
		return 0
	}
	var toks []token
	var lows []uint64
	known := func(text string, idx []int, a, b int) bool {
		return names.get(fingerprint(spanHash(text, idx[a], idx[b], &toks, &lows)))&(GazPER|GazORG|GazLOC) != 0
	}
	for i := range recs {
		r := &recs[i]
		if !strings.Contains(r.Text, " and ") {
			continue
		}
		idx := runeByteIndex(r.Text)
		var out []RecordMention
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End >= len(idx) || m.Start >= m.End {
				out = append(out, m)
				continue
			}
			s := r.Text[idx[m.Start]:idx[m.End]]
			k := strings.Index(s, " and ")
			if k < 0 || strings.Contains(s[k+5:], " and ") {
				out = append(out, m)
				continue
			}
			// code-point offsets of the halves
			lEnd := m.Start + len([]rune(s[:k]))
			rStart := lEnd + 5
			if known(r.Text, idx, m.Start, m.End) || !known(r.Text, idx, m.Start, lEnd) || !known(r.Text, idx, rStart, m.End) {
				out = append(out, m)
				continue
			}
			left, right := m, m
			left.End, right.Start = lEnd, rStart
			out = append(out, left, right)
			split++
		}
		r.Mentions = out
	}
	return split
}

// extendWars widens an event mention that follows "World War" or "World
// Wars" to include those words; it returns the number widened.
func extendWars(recs []Record) (n int) {
	for i := range recs {
		r := &recs[i]
		if !strings.Contains(r.Text, "World War") {
			continue
		}
		idx := runeByteIndex(r.Text)
		for k := range r.Mentions {
			m := &r.Mentions[k]
			if m.Type != MISC || m.Start < 0 || m.Start >= len(idx) {
				continue
			}
			before := r.Text[:idx[m.Start]]
			for _, p := range [...]string{"World War ", "World Wars "} {
				if strings.HasSuffix(before, p) && (k == 0 || r.Mentions[k-1].End <= m.Start-len(p)) {
					m.Start -= len(p)
					n++
					break
				}
			}
		}
	}
	return n
}
