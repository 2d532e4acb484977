package ner

import "slices"

// Company names in the old partnership style join their founders with
// "and": "J.P. Morgan and Co Inc", "Samuel Montagu and Sons Ltd",
// "Goldman, Sachs and Co". The model, which learnt that "and" separates
// two names, cuts them. companyPartners joins such a name into one
// organisation: capitalised names, separated by commas, then "and", then
// "Co", "Sons" or a like word and any company forms after it.

// partnerHeads follow "and" at the end of a partnership's name.
var partnerHeads = [...]uint64{lowerHash("co"), lowerHash("co."), lowerHash("cos"), lowerHash("cos."), lowerHash("company"), lowerHash("sons"), lowerHash("brothers"), lowerHash("partners"), lowerHash("associates")}

func isPartnerHead(w *wordInfo) bool {
	return w.kind == kindCap && slices.Contains(partnerHeads[:], w.low)
}

// maxPartners bounds the names before "and": "Welsh, Carson, Anderson and Stowe".
const maxPartners = 4

func companyPartners(sc *scratch) {
	info := sc.info
	changed := false
	sents := sentCursor{sents: sc.sents}
	next := 0 // the first "and" not inside a name found
	// the head after "and" is capitalised: only the tokens with a capital
	// (sc.upper, in order) are read, "and" the token before one
	for _, h := range sc.upper {
		c := int(h) - 1
		if c < next || c < 1 || info[c].low != andHash || info[c].kind != kindLower || !isPartnerHead(&info[c+1]) {
			continue
		}
		s, ok := sents.of(c + 1)
		if !ok {
			break
		}
		if c < s[0]+1 || !isCand(&info[c-1]) {
			continue
		}
		// the end: the head and the company forms after it ("Co Inc")
		r := c + 2
		for r < s[1] && info[r].cls&clsLegal != 0 && info[r].kind != kindLower {
			r++
		}
		if r < s[1] && (isCand(&info[r]) || info[r].low == ofHash) {
			continue // "Sons of Liberty", "Brothers Karamazov": a name goes on
		}
		// the start: a run of capitalised words (initials and
		// connectors inside), then more such runs after commas
		l := nameStart(info, c, s[0])
		// partners listed before it are single names ("Goldman,
		// Sachs"), not whole companies ("First Boston Corp, Goldman,
		// Sachs and Co")
		for k := 1; k < maxPartners && l-2 >= s[0] && info[l-1].low == commaHash && nameStart(info, l-1, s[0]) == l-2; k++ {
			l -= 2
		}
		sc.ments = slices.DeleteFunc(sc.ments, func(m span) bool { return m.a < r && m.b > l })
		sc.ments = append(sc.ments, span{l, r, 1}) // ORG
		changed = true
		next = r
	}
	if changed {
		sc.sortMents()
	}
}

// nameStart returns where the run of capitalised words ending right
// before token e starts (no earlier than from).
func nameStart(info []wordInfo, e, from int) int {
	l := e
	for l > from && (isCand(&info[l-1]) || l-1 > from && info[l-1].cls&clsConnector != 0 && info[l-1].low != andHash && isCand(&info[l-2])) {
		l--
	}
	return l
}
