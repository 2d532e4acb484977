package ner

import (
	"strings"
)

// basedNames makes an organisation of the name right after a home
// compound ("London-based Barclays", "the Geneva-headquartered World
// Council"): what news calls "X-based" is a firm or a body. The model
// reads the compound as an adjective and often leaves the name after it
// out, or types it by its shape. The name is the run of capitalised words
// after the compound; a nationality ("a London-based Chinese dissident")
// or a common word starts none. A mention already there keeps its span
// and takes ORG.
func basedNames(sc *scratch, lx *lexicon, text string) {
	// one byte search turns away most texts before their tokens are read
	// (a headline's "-Based" is left out)
	if !strings.Contains(text, "-based") && !strings.Contains(text, "-headquartered") {
		return
	}
	added := false
	k := 0
	for i := 2; i+1 < len(sc.toks); i++ {
		if low := sc.info[i].low; low != basedHash && low != headquarteredHash {
			continue
		}
		if sc.info[i].spaceBefore || sc.info[i-1].spaceBefore || text[sc.toks[i-1].b] != '-' {
			continue // "-based" glued to the place before it
		}
		a := i + 1
		w := &sc.info[a]
		if !w.spaceBefore || w.kind != kindCap && w.kind != kindMixed && w.kind != kindAcronym ||
			w.cls&clsCommonLower != 0 || gazName(sc, lx, span{a, a + 1, 0})&gnDemonym != 0 ||
			w.letters && nationWord(lx, text[sc.toks[a].b:sc.toks[a].e]) {
			continue
		}
		for k < len(sc.ments) && sc.ments[k].b <= a {
			k++
		}
		if k < len(sc.ments) && sc.ments[k].a <= a {
			if sc.ments[k].a == a {
				sc.ments[k].typ = 1 // ORG
			}
			continue
		}
		b := a + 1
		for b < len(sc.toks) && sc.info[b].spaceBefore && (sc.info[b].kind == kindCap || sc.info[b].kind == kindMixed) &&
			(k == len(sc.ments) || b < sc.ments[k].a) {
			b++
		}
		sc.ments = append(sc.ments, span{a, b, 1})
		added = true
	}
	if added {
		sc.sortMents()
	}
}

var (
	basedHash         = lowerHash("based")
	headquarteredHash = lowerHash("headquartered")
)
