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
	titled                 bool // a title preceded the name: a person
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
	titled bool // some mention carried a title: a person
	strong int  // mentions that are not a lone sentence-initial word
	spoke  bool // the speaker of an earlier attribution
	// A name that runs over several mentions ("International Committee of
	// the Red Cross", joined by its acronym): its tokens; runLast 0 if none.
	runFirst, runLast int32
}

// particleName: the word of runes [s, e) is a two- or three-letter
// lower-case particle, a hyphen and a capitalised name ("al-Jaafari").
func (d *doc) particleName(s, e int32) bool {
	// The hyphen can only be the third or fourth rune, before another one:
	// tested first, as this runs for every long lower-case word.
	if e-s < 4 || d.r[s+2] != '-' && (e-s < 5 || d.r[s+3] != '-') {
		return false
	}
	for k := s; k < e && k <= s+3; k++ {
		c := d.r[k]
		if c == '-' {
			return k-s >= 2 && k+1 < e && unicode.IsUpper(d.r[k+1])
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return false
}

// isNameWord reports whether token t can be part of a capitalised name.
func isNameWord(t *token) bool {
	return t.kind == kWord && t.cap
}

// findMentions collects capitalised sequences as name mentions.
func (d *doc) findMentions() {
	toks := d.toks
	n := int32(len(toks))
	for k := range toks {
		if t := &toks[k]; t.kind != kWord {
			continue
		} else if !t.cap {
			// particleName's hyphen test, inlined: most long words fail it.
			if t.e-t.s > 4 && (d.r[t.s+2] == '-' || d.r[t.s+3] == '-') && d.particleName(t.s, t.e) {
				t.cap = true // "al-Jaafari", "el-Sisi": a name behind a lower-case particle
			}
		} else if t.lists&lFinite != 0 && t.flags&wFunc != 0 {
			d.modalName(int32(k)) // "Theresa May says"
		}
	}
	for i := int32(0); i < n; {
		t := &toks[i]
		if !isNameWord(t) || t.flags&wFunc != 0 && t.flags&wTitle == 0 && !d.capitalisedInside(i) && !d.capsName(i) {
			i++
			continue
		}
		j := i
		joined := false
		for j+1 < n {
			nx := &toks[j+1]
			if isNameWord(nx) && !(nx.flags&wFunc != 0 && nx.flags&wTitle == 0) && toks[j].sent == nx.sent {
				j++
				continue
			}
			// "Doctors Without Borders": a capitalised function word
			// between two name words, inside a sentence.
			if isNameWord(nx) && nx.flags&wFunc != 0 && toks[j].sent == nx.sent && j+2 < n &&
				isNameWord(&toks[j+2]) && toks[j+2].flags&wFunc == 0 && toks[j+2].sent == nx.sent &&
				!d.sentenceInitial(j+1) && d.pronounKind(j+1) == pNone {
				j += 2
				continue
			}
			// "Ursula von der Leyen", "Secretary of State".
			// "Oil and Gas Ltd", "Johnson & Johnson Inc": "and" inside a
			// name that ends with an organisation word.
			if (d.lowerIs(j+1, "and") || d.isPunct(j+1, '&')) && (d.orgWithin(j+2, 4) || d.institutionAnd(i, j)) {
				j += 2
				continue
			}
			if org := toks[j].flags&wOrgWord != 0; nx.kind == kWord && !nx.cap && (org || joined) && j+2 < n {
				// "Ministry of Energy", "Centers for Disease Control",
				// "Council on Foreign Relations", "Committee to Protect
				// Journalists".
				of, fr := d.lowerIs(j+1, "of"), d.lowerIs(j+1, "for")
				if (of || fr || d.lowerIs(j+1, "on") || org && d.lowerIs(j+1, "to") && !d.sentenceInitial(i)) &&
					isNameWord(&toks[j+2]) && toks[j+2].flags&wFunc == 0 {
					j += 2
					continue
				}
				// "Movement for the Emancipation of the Niger Delta": past
				// "for the" after an organisation word, and past "of the"
				// once one was passed.
				if (org && fr || joined && of) && d.lowerIs(j+2, "the") && j+3 < n && isNameWord(&toks[j+3]) &&
					toks[j+3].flags&wFunc == 0 && toks[j+3].sent == nx.sent {
					j += 3
					joined = true
					continue
				}
			}
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

// orgWithin: a run of capitalised words from k ends, within n words, with
// a company's legal form ("Gas Ltd", "Co Inc"): "X and Y Ltd" is one name,
// "the United Nations and European Union" two.
func (d *doc) orgWithin(k int32, n int) bool {
	for i := 0; i < n && k < int32(len(d.toks)) && isNameWord(&d.toks[k]); i, k = i+1, k+1 {
		if l := d.toks[k].e - d.toks[k].s; l > 5 {
			continue // the forms run from 2 to 5 letters: no key is built
		}
		switch string(d.wordKey(k)) {
		case "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "sons", "ag", "sa", "nv", "gmbh", "lp":
			return true
		}
	}
	return false
}

// subjectLike: a mention that opens its sentence, or stands in apposition
// to a short opening phrase ("Jensen's attorney, Paul Becker, disagreed").
func (d *doc) subjectLike(m *mention) bool {
	if d.sentenceInitial(m.fullFirst) {
		return true
	}
	// "Opposition leader Raila Odinga dismissed …", "Last week State
	// Department official David Holmes revealed …": a short role, maybe
	// after a time, before the name opens the sentence.
	for k, n := m.fullFirst-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		t := &d.toks[k]
		if t.kind == kWord && t.flags&wAdv != 0 && t.flags&wCue == 0 && d.sentenceInitial(k) {
			return true // "Last week …", "Earlier …"
		}
		// A capitalised word of a name is no verb ("State Department").
		inName := t.cap && d.mentAt[k] >= 0
		if t.kind != kWord && !t.poss || t.kind == kWord && !inName && t.flags&(wFunc|wCue) != 0 && t.flags&wDet == 0 {
			break
		}
		if d.sentenceInitial(k) {
			return true
		}
	}
	c := m.fullFirst - 1
	// "In a separate statement, the Muslim Council extended …".
	if o := c; d.lowerIs(max(o, 0), "the") && d.isPunct(o-1, ',') && d.afterOpeningPhrase(o-1) || d.isPunct(c, ',') && d.afterOpeningPhrase(c) {
		return true
	}
	if !d.isPunct(c, ',') || !d.isPunct(m.last+1, ',') {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		if d.toks[k].kind != kWord && !d.toks[k].poss {
			return false
		}
		if d.sentenceInitial(k) {
			return true
		}
	}
	return false
}

// afterOpeningPhrase: the comma at c ends a phrase that opens the sentence
// with a preposition ("At a hearing last month of the subcommittee, Rep.
// Robert Aderholt pushed …"): what follows is the clause's subject.
func (d *doc) afterOpeningPhrase(c int32) bool {
	sent := d.toks[c].sent
	k := c - 1
	for n := 0; k > 0 && n < 30 && d.toks[k-1].sent == sent && d.toks[k-1].para == d.toks[c].para; n++ {
		if d.toks[k].kind == kMark || d.toks[k].quote >= 0 {
			return false
		}
		k--
	}
	return k >= 0 && d.toks[k].kind == kWord && d.toks[k].flags&wPrep != 0 && d.sentenceInitial(k)
}

// capitalisedInside: a function word capitalised inside a sentence and
// followed by a name is a name ("Will Moy", "May Chen").
// capsName: a function word written in capitals amid lower-case words
// ("according to WHO", "per the WHO") is an acronym, not the word; a
// headline in capitals is not.
func (d *doc) capsName(i int32) bool {
	if !d.upperName(i) || d.pronounKind(i) != pNone {
		return false
	}
	for _, k := range [...]int32{i - 1, i + 1} {
		if k >= 0 && k < int32(len(d.toks)) && d.toks[k].sent == d.toks[i].sent && d.upperName(k) {
			return false
		}
	}
	return true
}

func (d *doc) capitalisedInside(i int32) bool {
	return i+1 < int32(len(d.toks)) && !d.sentenceInitial(i) && isNameWord(&d.toks[i+1]) &&
		d.toks[i+1].flags&wFunc == 0 && d.toks[i].flags&wDet == 0 && d.toks[i].sent == d.toks[i+1].sent &&
		d.pronounKind(i) == pNone
}

// isOfTitle: "of" after a title word ("Secretary of State").
func (d *doc) isOfTitle(k int32) bool {
	if k <= 0 || k+1 >= int32(len(d.toks)) {
		return false
	}
	t := &d.toks[k]
	return t.kind == kWord && d.lowerIs(k, "of") && d.toks[k-1].flags&wTitle != 0 && d.toks[k+1].flags&wPortfolio != 0
}

// lowerIs: token k is the lower-case ASCII word w, in any case. The length
// test is inlined at every call, where most calls end (written just under
// the inliner's budget). A set of words is tested as a chain of calls, not
// a loop over an array literal: the loop builds the array at every call
// and compares lengths it does not know.
func (d *doc) lowerIs(k int32, w string) bool {
	return int(d.toks[k].e-d.toks[k].s) == len(w) && d.lowerIsRunes(k, w)
}

// lowerIsRunes compares token k, lower-cased, with the ASCII word w; a
// curly apostrophe in the text matches w's straight one ("didn’t" is
// "didn't").
//
// Most calls ask a word that is not the token's, and the first rune tells:
// an ASCII one is tested for w's first byte up to case (lower-casing ASCII
// only sets bit 0x20) before the loop is set up.
func (d *doc) lowerIsRunes(k int32, w string) bool {
	t := &d.toks[k]
	if c := d.r[t.s]; c < 0x80 && c|0x20 != rune(w[0])|0x20 {
		return false
	}
	for i, c := range d.r[t.s:t.e] {
		c = lowerRune(c)
		if c == '’' {
			c = '\''
		}
		if c != rune(w[i]) {
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
		// Just inside an opening mark, not just after a closing one.
		return d.toks[i].quote >= 0
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
	// "the Washington-based Council on …": where a body sits is no part
	// of its name.
	for i < j && d.basedWord(i) {
		i++
	}
	if d.dateRun(i, j) {
		return
	}
	m := mention{fullFirst: i, first: i, last: j, entity: -1}
	orgAt := int32(-1) // last organisation word of the sequence
	allTitle := true
	// "Doctors Without Borders", "Save the Children": a capitalised
	// function word inside a name belongs to an organisation's name.
	funcInside := false
	for k := i; k <= j; k++ {
		f := toks[k].flags
		if k > i && toks[k].cap && f&wFunc != 0 && f&(wConnector|wTitle) == 0 {
			funcInside = true
		}
		if f&wOrgWord != 0 || d.acronym(k) && f&wTitle == 0 {
			orgAt = k
		}
		if f&wTitle == 0 {
			allTitle = false
		}
	}
	if allTitle {
		return
	}
	if orgAt == j && j > i {
		orgAt = d.surnameAfterTitle(i, j)
	}
	// The name follows the last title word: "Russian President Vladimir
	// Putin", "White House Press Secretary Stephanie Grisham".
	for k := j - 1; k >= i && k > orgAt; k-- {
		if toks[k].flags&wTitle != 0 || toks[k].flags&wPortfolio != 0 && d.isOfTitle(k-1) {
			m.first = k + 1
			m.titled = true
			m.title = titleIndex(d, k)
			if toks[k].flags&wMale != 0 {
				m.gender = gMale
			} else if toks[k].flags&wFemale != 0 {
				m.gender = gFemale
			}
			break
		}
	}
	// "the country's Secretary of State says": an office with no name
	// after it stays whole, not "of State".
	if m.first <= j && toks[m.first].kind == kWord && !toks[m.first].cap {
		m.first, m.titled, m.title, m.gender = i, false, 0, 0
	}
	// "Securities and Exchange Commission John Shad": a person named after
	// the organisation.
	if !m.titled && orgAt >= i && j-orgAt >= 2 && toks[orgAt].flags&wOrgWord != 0 {
		person := true
		for k := orgAt + 1; k <= j; k++ {
			if toks[k].flags&(wFunc|wTitle) != 0 || d.acronym(k) || toks[k].kind != kWord {
				person = false
			}
		}
		if person && !d.isPlace(orgAt+1, j) {
			m.first, m.titled = orgAt+1, true
		}
	}
	// "opposition leader Raila Odinga", "police spokeswoman Resila
	// Onyango": a role word just before the name.
	if !m.titled && orgAt < 0 && i > 0 && j > i && toks[i-1].kind == kWord && !toks[i-1].cap &&
		toks[i-1].flags&(wTitle|wSpeakerNoun) != 0 && toks[i-1].flags&(wOrgWord|wPlural) == 0 {
		m.titled = true
		m.title = titleIndex(d, i-1) // "a company spokesman said" then names him
		if d.lowerIs(i-1, "spokeswoman") || toks[i-1].flags&wFemale != 0 {
			m.gender = gFemale
		} else if d.lowerIs(i-1, "spokesman") || toks[i-1].flags&wMale != 0 {
			m.gender = gMale
		}
	}
	// "Rosa Delgado, 67,", "Einav Zangauker, whose son …": an age or a
	// "who" after the name shows a person.
	if !m.titled && orgAt < 0 && d.isPunct(j+1, ',') && j+2 < int32(len(toks)) {
		nx := &toks[j+2]
		if nx.kind == kWord && (d.lowerIs(j+2, "who") || d.lowerIs(j+2, "whose") ||
			unicode.IsDigit(d.r[nx.s]) && nx.e-nx.s <= 3 && d.isPunct(j+3, ',')) {
			m.titled = true
		}
	}
	switch {
	case m.titled:
		m.typ = tPer
	case orgAt >= 0 || funcInside:
		m.typ = tOrg
	default:
		// Leading nationality adjectives are not part of a name, unless
		// what is left is a bare body noun ("Islamic State", "Iraqi Army").
		for m.first < j && toks[m.first].flags&wNationality != 0 && !(m.first+1 == j && bodyHeads[string(d.wordKey(j))]) {
			m.first++
		}
		if m.first == j && toks[j].flags&wNationality != 0 && !d.abbrevSubject(j) {
			return
		}
		if d.isPlace(m.first, j) {
			m.typ = tPlace
		} else if toks[m.first].flags&wNationality != 0 {
			m.typ = tOrg // kept whole above: a body
		} else if j > m.first {
			m.typ = tPer
		}
		if m.first == m.last && d.sentenceInitial(m.first) {
			m.weak = true
			if d.adverbLike(m.first) {
				return // "Shortly, …"
			}
		}
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

// abbrevSubject: "The U.N. says …", "The U.S. has said …": a country's or
// a body's letters ("U.S.", "UK", "U.N.") are a modifier before a noun
// ("U.S. officials") but the speaker itself right before a verb of saying
// or an auxiliary.
func (d *doc) abbrevSubject(j int32) bool {
	// "Arab", "European": a nationality word, no letters of a name
	if !d.upperName(j) || j+1 >= int32(len(d.toks)) || d.toks[j+1].sent != d.toks[j].sent || d.toks[j+1].kind != kWord {
		return false
	}
	// Only a verb form: "U.S. claims", "U.N. report" are nouns the letters
	// modify, so a cue counts in its past form or as "say(s)".
	nx := &d.toks[j+1]
	return !nx.cap && (d.in(j+1, lFinite) || d.lowerIs(j+1, "says") || d.lowerIs(j+1, "say") ||
		nx.flags&wCue != 0 && nx.e-nx.s > 3 && d.r[nx.e-1] == 'd' && d.r[nx.e-2] == 'e' || d.lowerIs(j+1, "said") || d.lowerIs(j+1, "told"))
}

// adverbLike: a capitalised word ending in -ly opens a sentence as an
// adverb, not a name.
func (d *doc) adverbLike(k int32) bool {
	t := &d.toks[k]
	return t.e-t.s > 3 && d.r[t.e-1] == 'y' && d.r[t.e-2] == 'l'
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
	if !d.in(k, lTitle) {
		return 0
	}
	if v, ok := titleIdx[string(d.wordKey(k))]; ok {
		return v
	}
	return 0
}

func init() {
	for _, w := range []string{"president", "minister", "secretary", "chancellor", "governor", "sen.", "senator",
		"rep.", "mayor", "judge", "gen.", "general", "ambassador", "spokesman", "spokeswoman", "spokesperson",
		"director", "chief", "chairman", "chairwoman", "ceo", "king", "queen", "pope", "prince", "premier", "leader", "professor", "founder"} {
		titleWords = append(titleWords, w)
		titleIdx[w] = uint32(len(titleWords))
	}
	// "Wikileaks co-founder Julian Assange" is "the Wikileaks founder".
	titleIdx["co-founder"] = titleIdx["founder"]
}

// nameGender guesses from a first name, or from a Slavic surname ending.
func (d *doc) nameGender(first int32) int8 {
	if d.in(first, lMale) {
		return gMale
	}
	if d.in(first, lFemale) {
		return gFemale
	}
	return gUnknown
}

// institutionAnd: "the Centers for Disease Control and Prevention", "the
// Department of Health and Social Care": after "the", a run that holds an
// organisation word goes on past "and" when a capitalised word follows.
func (d *doc) institutionAnd(i, j int32) bool {
	if i == 0 || !d.lowerIs(i-1, "the") || j+2 >= int32(len(d.toks)) {
		return false
	}
	nx := &d.toks[j+2]
	if !isNameWord(nx) || nx.flags&wFunc != 0 || nx.sent != d.toks[j].sent {
		return false
	}
	for k := i; k <= j; k++ {
		if d.toks[k].flags&wOrgWord != 0 {
			return true
		}
	}
	// "the Justice and Equality Movement", "the Food and Agriculture
	// Organization": one word, "and", then a run that ends with an
	// organisation word. ("the United Nations and European Union" are two.)
	if i != j {
		return false
	}
	for k := j + 2; k < j+5 && k < int32(len(d.toks)) && isNameWord(&d.toks[k]) && d.toks[k].sent == nx.sent; k++ {
		if d.toks[k].flags&wOrgWord != 0 {
			return !d.isPlace(i, i)
		}
	}
	return false
}

// bodyHeads name a body only with the adjective before them: "Islamic
// State", "Islamic Jihad", "Iraqi Army".
var bodyHeads = map[string]bool{"state": true, "republic": true, "jihad": true, "army": true, "front": true,
	"movement": true, "brotherhood": true, "guard": true, "navy": true, "resistance": true}

// basedWord: "Washington-based", a word that ends in "-based".
func (d *doc) basedWord(k int32) bool {
	t := &d.toks[k]
	return t.kind == kWord && t.e-t.s > 6 && string(d.r[t.e-6:t.e]) == "-based"
}

// surnameAfterTitle: "Mexican President Vicente Fox", "Mr. Fox": a short
// word that names an organisation alone ("Fox", "Post") ending the name is
// a surname when a person's title stands before it with no organisation
// word between.
// The last organisation word before that title, -1 when none; j (the
// organisation's word stands) when no title comes first.
func (d *doc) surnameAfterTitle(i, j int32) int32 {
	if t := &d.toks[j]; t.e-t.s > 5 {
		return j // "World Health Organization": a head noun, not a name
	}
	k := j - 1
	for ; k >= i; k-- {
		f := d.toks[k].flags
		if f&wTitle != 0 && f&wPortfolio == 0 {
			break
		}
		if f&wOrgWord != 0 || d.acronym(k) || d.toks[k].kind != kWord {
			return j
		}
	}
	if k < i {
		return j
	}
	for k--; k >= i; k-- {
		if d.toks[k].flags&wOrgWord != 0 || d.acronym(k) && d.toks[k].flags&wTitle == 0 {
			return k
		}
	}
	return -1
}

// dateRun: "Monday March 19": a day and a month, each capitalised, are a
// date, not a person's two names.
func (d *doc) dateRun(i, j int32) bool {
	day := false
	for k := i; k <= j; k++ {
		switch {
		case d.dayWord(k):
			day = true
		case d.toks[k].kind == kWord && monthWords[string(d.wordKey(k))]:
		default:
			return false
		}
	}
	return day && j > i
}
