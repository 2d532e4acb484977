package ner

import (
	"strings"
)

// numberedStreets tags "6th Avenue", "42nd Street" as places: the model,
// trained on names that start with a capital, leaves out a name that
// starts with a number. Both words must be untagged.
func numberedStreets(sc *scratch, text string) {
	added := false
	k := 0
	// a street's head is capitalised: only the tokens before one with a
	// capital (sc.upper, in order) are read
	for _, u := range sc.upper {
		i := int(u) - 1
		if i < 0 {
			continue
		}
		// the words first, the mentions only for a street: k catches up
		// as it would have token by token
		next := &sc.info[i+1]
		if next.kind != kindCap || !next.spaceBefore || !streetHeads.has(next.low) ||
			!ordinal(text[sc.toks[i].b:sc.toks[i].e]) {
			continue
		}
		for k < len(sc.ments) && sc.ments[k].b <= i {
			k++
		}
		if k < len(sc.ments) && sc.ments[k].a <= i+1 {
			continue
		}
		sc.ments = append(sc.ments, span{i, i + 2, 2}) // LOC
		added = true
	}
	if added {
		sc.sortMents()
	}
}

var streetHeads = newHashSet("avenue", "street", "road", "boulevard", "drive", "lane", "parkway")

// ordinal: "1st", "22nd", "3rd", "6th", "11th".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
