package quotes

import (
	"unicode"
)

// Mention types.
const (
	tUnknown uint8 = iota
	tPer
	tOrg
	tPlace
)

// Genders.
const (
	gUnknown int8 = 0
	gMale    int8 = 1
	gFemale  int8 = -1
)

// mention is a capitalised name in the text. full covers titles before the
// name ("Russian President"), name the name itself ("Vladimir Putin").
type mention struct {
	fullFirst, first, last int32 // token indexes
	typ                    uint8
	weak                   bool // one sentence-initial word: maybe just a capitalised word
	gender                 int8
	title                  uint32 // index+1 into titleWords of the title right before the name, 0 if none
	entity                 int32  // index of the entity (fullest form) in doc.ents
	inQuote                bool
}

// entity groups mentions of one name: a surname joins the full name that
// ends with it.
type entity struct {
	best   int32 // mention with the fullest name
	typ    uint8
	gender int8 // votes: > 0 male, < 0 female
	title  string
}

// isNameWord reports whether token t can be part of a capitalised name.
func isNameWord(t *token) bool {
	return t.kind == kWord && t.cap
}

// findMentions collects capitalised sequences as name mentions.
func (d *doc) findMentions() {
	toks := d.toks
	n := int32(len(toks))
	for i := int32(0); i < n; {
		t := &toks[i]
		if !isNameWord(t) || t.flags&wFunc != 0 && t.flags&wTitle == 0 {
			i++
			continue
		}
		j := i
		for j+1 < n {
			nx := &toks[j+1]
			if isNameWord(nx) && !(nx.flags&wFunc != 0 && nx.flags&wTitle == 0) && toks[j].sent == nx.sent {
				j++
				continue
			}
			// "Ursula von der Leyen", "Secretary of State".
			if nx.kind == kWord && !nx.cap && nx.flags&(wConnector) != 0 || d.isOfTitle(j+1) {
				k := j + 1
				for k < n && toks[k].kind == kWord && !toks[k].cap && (toks[k].flags&wConnector != 0 || d.isOfTitle(k)) {
					k++
				}
				if k < n && isNameWord(&toks[k]) && toks[k].sent == nx.sent {
					j = k
					continue
				}
			}
			break
		}
		d.addMention(i, j)
		i = j + 1
	}
}

// isOfTitle: "of" after a title word ("Secretary of State").
func (d *doc) isOfTitle(k int32) bool {
	if k <= 0 || k+1 >= int32(len(d.toks)) {
		return false
	}
	t := &d.toks[k]
	return t.kind == kWord && d.lowerIs(k, "of") && d.toks[k-1].flags&wTitle != 0 && d.toks[k+1].flags&wPortfolio != 0
}

func (d *doc) lowerIs(k int32, w string) bool {
	t := &d.toks[k]
	if int(t.e-t.s) != len(w) {
		return false
	}
	for i, c := range d.r[t.s:t.e] {
		if unicode.ToLower(c) != rune(w[i]) {
			return false
		}
	}
	return true
}

func (d *doc) sentenceInitial(i int32) bool {
	if i == 0 {
		return true
	}
	p := &d.toks[i-1]
	if p.sent != d.toks[i].sent || p.para != d.toks[i].para {
		return true
	}
	if p.kind == kMark {
		return true
	}
	if p.kind == kPunct {
		switch d.r[p.s] {
		case '.', '?', '!', ':', '—', '(', '[', '-', '–':
			return true
		}
	}
	return false
}

func (d *doc) addMention(i, j int32) {
	toks := d.toks
	typ := tUnknown
	allTitle := true
	for k := i; k <= j; k++ {
		f := toks[k].flags
		if f&wOrgWord != 0 || d.acronym(k) {
			typ = tOrg
		}
		if f&wTitle == 0 {
			allTitle = false
		}
	}
	m := mention{fullFirst: i, first: i, last: j, typ: typ, entity: -1}
	if typ != tOrg {
		// The name follows the last title word: "Russian President Vladimir Putin".
		for k := j; k >= i; k-- {
			if toks[k].flags&(wTitle|wPortfolio) != 0 && k < j && (toks[k].flags&wTitle != 0 || d.isOfTitle(k-1)) {
				m.first = k + 1
				m.title = titleIndex(d, k)
				if toks[k].flags&wMale != 0 {
					m.gender = gMale
				} else if toks[k].flags&wFemale != 0 {
					m.gender = gFemale
				}
				break
			}
		}
		if allTitle {
			return
		}
		// Leading nationality adjectives are not part of a name.
		for m.first < j && toks[m.first].flags&wNationality != 0 {
			m.first++
		}
		if m.first == j && toks[j].flags&wNationality != 0 {
			return
		}
		if m.title != 0 || j > m.first {
			typ = tPer
		}
		if m.first == m.last && m.title == 0 && d.sentenceInitial(m.first) {
			m.weak = true
		}
		m.typ = typ
	}
	m.inQuote = toks[i].quote >= 0
	if m.gender == 0 && m.typ != tOrg {
		m.gender = d.nameGender(m.first)
	}
	d.ments = append(d.ments, m)
	idx := int32(len(d.ments) - 1)
	for k := i; k <= j; k++ {
		d.mentAt[k] = idx
	}
}

// acronym: "NATO", "FBI" (all capitals, 2-6 letters, not "U.S.").
func (d *doc) acronym(k int32) bool {
	t := &d.toks[k]
	if t.e-t.s < 2 || t.e-t.s > 6 || t.flags&wNationality != 0 {
		return false
	}
	for _, c := range d.r[t.s:t.e] {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

var titleWords []string
var titleIdx = map[string]uint32{}

func titleIndex(d *doc, k int32) uint32 {
	if v, ok := titleIdx[string(d.wordKey(k))]; ok {
		return v
	}
	return 0
}

func init() {
	for _, w := range []string{"president", "minister", "secretary", "chancellor", "governor", "sen.", "senator",
		"rep.", "mayor", "judge", "gen.", "general", "ambassador", "spokesman", "spokeswoman", "spokesperson",
		"director", "chief", "chairman", "chairwoman", "ceo", "king", "queen", "pope", "prince", "premier", "leader", "professor"} {
		titleWords = append(titleWords, w)
		titleIdx[w] = uint32(len(titleWords))
	}
}

// nameGender guesses from a first name, or from a Slavic surname ending.
func (d *doc) nameGender(first int32) int8 {
	t := &d.toks[first]
	key := d.wordKey(first)
	_ = t
	if maleNames[string(key)] {
		return gMale
	}
	if femaleNames[string(key)] {
		return gFemale
	}
	return gUnknown
}
