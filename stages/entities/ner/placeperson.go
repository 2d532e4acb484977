package ner

// splitPlacePerson splits a name that runs a place into a person's full
// name after it: a title's object right before the person it names
// ("ambassador to the Ukraine Marie Yovanovitch", "envoy to China Ann
// Loy"). The split is made when the words before a known first name are a
// known place, the first name and the one or two capitalised words after
// it end the mention, the whole is no known name, and a title and "to",
// "of" or "for" (and "the") come right before it.
func splitPlacePerson(sc *scratch, lx *lexicon) {
	if lx.names == nil || lx.names.n == 0 {
		return
	}
	n := len(sc.ments)
	for k := 0; k < n; k++ {
		m := sc.ments[k]
		if m.typ == perType || m.b-m.a < 3 || !afterTitleOf(sc, m.a) || gazName(sc, lx, m) != 0 {
			continue
		}
		for j := m.a + 1; j < m.b-1 && j-m.a <= 3; j++ {
			if sc.info[j].gaz&gtPerFirst == 0 || sc.info[j].kind != kindCap || m.b-j > 3 || !allCap(sc, j+1, m.b) {
				continue
			}
			if gazName(sc, lx, span{m.a, j, 0})&GazLOC == 0 || gazName(sc, lx, span{j, m.b, 0})&(GazLOC|GazORG) != 0 {
				continue
			}
			sc.ments[k] = span{m.a, j, 2}                // LOC
			sc.ments = append(sc.ments, span{j, m.b, 0}) // PER
			break
		}
	}
	if len(sc.ments) > n {
		sc.sortMents()
	}
}

func allCap(sc *scratch, a, b int) bool {
	for i := a; i < b; i++ {
		if sc.info[i].kind != kindCap {
			return false
		}
	}
	return true
}

var (
	toHash  = lowerHash("to")
	forHash = lowerHash("for")
	theHash = lowerHash("the")
)

// afterTitleOf reports "ambassador to (the)" right before token a.
func afterTitleOf(sc *scratch, a int) bool {
	i := a - 1
	if i >= 0 && sc.info[i].low == theHash {
		i--
	}
	if i < 1 {
		return false
	}
	if p := sc.info[i].low; p != toHash && p != ofHash && p != forHash {
		return false
	}
	return sc.info[i-1].cls&clsTitle != 0
}
