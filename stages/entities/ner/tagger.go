package ner

// honorifics precede only persons, with or without a period (British
// style: "Mr Panvalkar").
var honorifics = [...]uint64{lowerHash("mr"), lowerHash("mrs"), lowerHash("ms"), lowerHash("dr"), lowerHash("sen"), lowerHash("rep")}

func isHonorific(low uint64) bool {
	for _, h := range honorifics {
		if h == low {
			return true
		}
	}
	return false
}

var stHash, saintHash = lowerHash("st."), lowerHash("saint")

// isSaint reports whether a title word is "St." or "Saint", which begin
// the names of places as well as of saints.
func isSaint(low uint64) bool { return low == stHash || low == saintHash }

// fallbackLexicon serves a Tagger without a model.
var fallbackLexicon = lexicon{classes: buildClasses(nil)}

// tagSentence tags tokens [from, to) of sc and appends their mentions.
func (t *Tagger) tagSentence(sc *scratch, text string, lx *lexicon, from, to int) {
	sc.sentFrom = from
	sc.segs = segments(sc.segs[:0], sc.info, from, to)
	for _, sg := range sc.segs {
		// features read shapes and classes one token around the segment,
		// (and the words next to it)
		completeRange(sc, text, lx, max(from, sg[0]-1), min(to, sg[1]+1), sg[0], sg[1])
		n := sg[1] - sg[0]
		sc.tags = grow(sc.tags, n)
		if t.model == nil {
			if n == 1 && sg[0] == from {
				continue // a lone sentence-initial word: no way to tell
			}
			capitalTags(sc.tags, sc.info[sg[0]:sg[1]])
		} else {
			sc.score = grow(sc.score, n*nTags)
			sc.back = grow(sc.back, n*nTags)
			sc.gz = gazSpans(sc, lx, sg[0], sg[1], t.gaz, t.hooks, text)
			if m := t.model; m.packed17 != nil {
				// the shipped model's size: features scored as they are made
				for i := sg[0]; i < sg[1]; i++ {
					lo, hi := scoreToken(m.packed17, sc.info, from, to, i, sg[0], sg[1], sc.gz[i-sg[0]])
					laneScores((*[nTags]float32)(sc.score[(i-sg[0])*nTags:]), lo, hi, &m.laneScale)
				}
			} else {
				sc.feats = grow(sc.feats, n*nFeat)
				for i := sg[0]; i < sg[1]; i++ {
					features(sc.feats[(i-sg[0])*nFeat:], sc.info, from, to, i, sg[0], sg[1], sc.gz[i-sg[0]])
				}
				m.emit(sc.score, sc.feats)
			}
			viterbi(sc.tags, sc.score, sc.back, &t.model.trans)
			if sc.gzLong { // most segments have no name of the gazetteer's to begin
				knownNames(sc.tags, sc.gz, sc.info[sg[0]:sg[1]], sg[0] == from)
			}
		}
		appendMentions(sc, sg[0], sc.tags)
	}
}

// knownNames tags a name of two or more capitalised words that the
// gazetteer knows under one type only, when the model left all its words
// untagged: a name the training news never saw ("Islamic State") is
// still a name. A sentence-initial name is left alone (its first word may
// be an ordinary word).
func knownNames(tags []uint8, gz []uint16, info []wordInfo, atStart bool) {
	for s := 0; s < len(tags); s++ {
		if gz[s]>>8&3 != 1 || s == 0 && atStart {
			continue
		}
		e := s + 1
		for e < len(tags) && gz[e]>>8&3 == 2 {
			e++
		}
		if e >= len(tags) || gz[e]>>8&3 != 3 {
			continue
		}
		typ := -1
		switch uint8(gz[s]) & (GazPER | GazORG | GazLOC | GazMISC) {
		case GazPER:
			typ = 0
		case GazORG:
			typ = 1
		case GazLOC:
			typ = 2
		}
		ok := typ >= 0
		for k := s; k <= e && ok; k++ {
			ok = tags[k] == 0 && (info[k].kind == kindCap || info[k].kind == kindUpper || info[k].kind == kindAcronym || k > s && k < e && info[k].cls&clsConnector != 0)
		}
		if !ok {
			continue
		}
		tags[s] = uint8(1 + typ)
		for k := s + 1; k <= e; k++ {
			tags[k] = uint8(5 + typ)
		}
		s = e
	}
}

// grow returns s resized to n, reusing its array when large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// capitalTags is the model-free fallback: every segment one name, typed
// by its words (an organisation head makes ORG), else MISC for a
// single-word segment and PER for longer ones. It exists so the stage
// works before a model is trained; the model replaces it.
func capitalTags(tags []uint8, info []wordInfo) {
	typ := uint8(4) // MISC
	if len(info) > 1 {
		typ = 1 // PER
	}
	for _, w := range info {
		if w.cls&clsOrgHead != 0 && w.kind == kindCap {
			typ = 2 // ORG
		}
	}
	for i := range tags {
		tags[i] = typ + 4
	}
	tags[0] = typ
}

// appendMentions turns the BIO tags of a segment starting at token sb
// into mentions, after the repair rules.
func appendMentions(sc *scratch, sb int, tags []uint8) {
	groupOf(sc, sb, tags)
	for i := 0; i < len(tags); {
		if tags[i] == 0 {
			i++
			continue
		}
		typ := tagType(tags[i])
		j := i + 1
		for j < len(tags) && isI(tags[j]) && tagType(tags[j]) == typ {
			j++
		}
		addMention(sc, sb+i, sb+j, typ)
		i = j
	}
}

// addMention applies the span repairs and appends the mention when
// anything is left: edge punctuation and connectors are cut, and a
// person's leading title words are cut ("President Vladimir Putin").
func addMention(sc *scratch, a, b, typ int) {
	info := sc.info
	for a < b && (info[a].kind == kindPunct || info[a].cls&clsConnector != 0 && info[a].kind == kindLower && info[a].cls&clsParticle == 0) {
		a++
	}
	for b > a && (info[b-1].kind == kindPunct || info[b-1].kind == kindLower && info[b-1].cls&clsConnector != 0) {
		b--
	}
	// An abbreviated title ("Sen.", "Mr.", "Gen.") only ever precedes a
	// person, whatever type the model gave the span; "St." opens places
	// and institutions as often ("St. Louis", "St. Mary's Hospital") and
	// stays with the name.
	for a+1 < b && info[a].cls&clsTitle != 0 && (info[a].dot || isHonorific(info[a].low)) && !isSaint(info[a].low) {
		a++
		typ = 0
	}
	if typ == perType {
		// a title phrase ends at its last title word before the name:
		// "Senate Majority Leader Mitch McConnell" -> "Mitch McConnell"
		for j := b - 2; j >= a; j-- {
			if info[j].cls&clsTitle != 0 && (info[j].kind == kindCap || info[j].dot) && !isSaint(info[j].low) {
				a = j + 1
				break
			}
		}
	}
	if a < b {
		sc.ments = append(sc.ments, span{a, b, typ})
	}
}
