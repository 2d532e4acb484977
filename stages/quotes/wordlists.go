package quotes

// Word lists the tokenizer marks on every word (token.lists), so that
// testing a word against one is a bit test, not lower-casing the word and
// hashing it into a map: a stage runs such tests thousands of times an
// article. The maps stay the lists' source; the tokenizer's table is built
// from them on first use, once every init has filled them.
const (
	lMale uint32 = 1 << iota
	lFemale
	lPlace
	lGenerational
	lCompanySuffix
	lGenericOrg
	lFinite
	lTimeNoun
	lChannelNoun
	lOrgNoun
	lPersonRole
	lDemonym
	lQuantifier
	lDocumentNoun
	lPostmod
	lSubordinator
	lNameVerb
	lNoBareClause
	lAsideVerb
	lWithheldVerb
	lIrregularPast
	lBareSay
	lNotSaying
	lGroupWord
	lJudgeVerb
	lIssueVerb
	lQuantityNoun
	lInstitution
	lPlacePrep
	lWorkNoun
	lThinkVerb
	lTitle // a key of titleIdx
)

// wordLists maps each bit to its list, as pointers: the variables are
// filled by init functions that run after this table is declared.
var wordLists = []struct {
	bit  uint32
	list *map[string]bool
}{
	{lMale, &maleNames}, {lFemale, &femaleNames}, {lPlace, &placeWords}, {lGenerational, &generational},
	{lCompanySuffix, &companySuffix}, {lGenericOrg, &genericOrg}, {lFinite, &finiteWords},
	{lTimeNoun, &timeNouns}, {lChannelNoun, &channelNouns}, {lOrgNoun, &orgNouns},
	{lPersonRole, &personRoles}, {lDemonym, &demonyms}, {lQuantifier, &quantifiers},
	{lDocumentNoun, &documentNouns}, {lPostmod, &postmodWords}, {lSubordinator, &subordinators},
	{lNameVerb, &nameVerbs}, {lNoBareClause, &noBareClause}, {lAsideVerb, &asideVerbs},
	{lWithheldVerb, &withheldVerbs}, {lIrregularPast, &irregularPasts},
	{lBareSay, &bareSays}, {lNotSaying, &notSaying}, {lGroupWord, &groupWords},
	{lJudgeVerb, &judgeVerbs}, {lIssueVerb, &issueVerbs},
	{lQuantityNoun, &quantityNouns}, {lInstitution, &institutions}, {lPlacePrep, &placePreps},
	{lWorkNoun, &workNouns}, {lThinkVerb, &thinkVerbs},
}

// in reports whether word k is in the list of bit: list[its lower-cased
// text]. A token that is no word is in none (a test checks that no list
// holds a key that tokenizes to anything else).
func (d *doc) in(k int32, bit uint32) bool { return d.toks[k].lists&bit != 0 }

// listKeys gathers every list's words with their bits, and the keys of
// titleIdx.
func listKeys() map[string]uint32 {
	keys := map[string]uint32{}
	for _, l := range wordLists {
		for w, ok := range *l.list {
			if ok {
				keys[w] |= l.bit
			}
		}
	}
	for w := range titleIdx {
		keys[w] |= lTitle
	}
	return keys
}
