package ner

import "slices"

// A line of sports results, "Bayern Munich 2 Hamburg 1" or "Japan 2
// Syria 1 (halftime 1-0)", names two teams: a club is an organisation,
// and a country's name stands for its national team, which CoNLL-style
// annotation tags as a place. The model, which joins names across a
// number ("Formula 1 Grand Prix"), runs both teams into one mention or
// reads a city; scoreLines puts each team in its own mention.

const (
	maxTeamWords = 4
	maxScore     = 2 // digits of a score
)

// scoreLines rewrites the mentions of every line of text that is a
// result line.
func scoreLines(sc *scratch, lx *lexicon, text string) {
	changed := false
	toks := sc.toks
	for a := 0; a < len(toks); {
		// the line ends before the first token after the next line break
		// (a token holds none)
		nl := nextNewline(text, toks[a].e)
		e := a + 1
		for e < len(toks) && toks[e].b < nl {
			e++
		}
		if t1, t2, ok := resultLine(sc.info[a:e], sc.toks[a:e]); ok {
			sc.ments = slices.DeleteFunc(sc.ments, func(m span) bool { return m.a < e && m.b > a })
			for _, t := range [2][2]int{t1, t2} {
				m := span{a + t[0], a + t[1], 1} // ORG
				if gazName(sc, lx, m)&gnCountry != 0 {
					m.typ = 2 // LOC
				}
				sc.ments = append(sc.ments, m)
			}
			changed = true
		}
		a = e
	}
	if changed {
		sc.sortMents()
	}
}

// resultLine matches the tokens of one line against team, score, team,
// score, and an optional "(" score "-" score ")" after it; it returns the
// teams' token ranges.
func resultLine(w []wordInfo, toks []token) (t1, t2 [2]int, ok bool) {
	i := 0
	team := func() ([2]int, bool) {
		s := i
		for i < len(w) && i-s < maxTeamWords && (isCand(&w[i]) || i > s && w[i].cls&clsConnector != 0 && w[i].kind == kindLower) {
			i++
		}
		return [2]int{s, i}, i > s && isCand(&w[i-1])
	}
	score := func() bool {
		if i < len(w) && w[i].digitsOnly && w[i].spaceBefore && toks[i].e-toks[i].b <= maxScore {
			i++
			return true
		}
		return false
	}
	var ok1, ok2 bool
	if t1, ok1 = team(); !ok1 || !score() {
		return t1, t2, false
	}
	if t2, ok2 = team(); !ok2 || !score() {
		return t1, t2, false
	}
	// "(1-0)" after the result
	if i+5 <= len(w) && w[i].low == parenHash && w[i+1].digitsOnly && w[i+2].low == hyphenHash && w[i+3].digitsOnly && w[i+4].low == closeParenHash {
		i += 5
	}
	return t1, t2, i == len(w)
}

var closeParenHash = lowerHash(")")
