package entities

import "strings"

// Words after a name that only a person takes, whatever the tagger said:
// "Seagal, who", "Duffy, whose", "Okafor, 54,", "Marr said he",
// "Karadzic's wife", "Wright was born". The tagger types an unknown one-word name by its
// shape and the sentence around it (LOC for "Seagal" after "made
// headlines in"); these words are the evidence it does not read. Found
// in GMB's training sentences, "who" after a name heads a person four
// times in five, and nearly always once the name is not the object of
// "of", "in" or a like preposition ("the president of Italy, who", "a
// woman from Fayyum died"), whose noun the words after may be about.

// afterPrep words before a name make "who" after it refer to the noun
// before them ("supporters of Liverpool, who").
var afterPrep = map[string]bool{
	"of": true, "in": true, "from": true, "at": true, "to": true, "for": true,
	"by": true, "with": true, "on": true, "against": true, "and": true,
}

// kinNouns after "X's" name X's relatives: only a person has them.
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "widow": true,
	"father": true, "mother": true, "brother": true, "sister": true,
	"grandson": true, "granddaughter": true, "fiancee": true, "fiancée": true,
}

// groupOwned after "X, whose" name what a band, a party or an army has
// ("the band Deadsy, whose members").
var groupOwned = map[string]bool{
	"members": true, "member": true, "leader": true, "leaders": true, "supporters": true,
	"fighters": true, "troops": true, "forces": true, "government": true, "shares": true,
	"headquarters": true, "founder": true, "founders": true,
}

var (
	groupOwnedSet = newLowerSet(groupOwned)
	afterPrepSet  = newLowerSet(afterPrep)
	kinNounSet    = newLowerSet(kinNouns)
)

// personCue reports words around text[start:end] (bytes) that make the
// name a person's.
func personCue(text string, start, end int) bool {
	return personCueNear(text, start, end, &nearWords{})
}

// personCueNear is personCue that turns a name away by the word after
// it, read from nw, when that word starts none of the cues after a space.
func personCueNear(text string, start, end int, nw *nearWords) bool {
	if w, ok := nw.afterWord(text); ok {
		switch w {
		case "said", "says", "told", "was", "married", "died":
		default:
			return false
		}
	}
	next := text[end:]
	if len(next) < 4 {
		return false
	}
	switch next[0] {
	case ',':
		if strings.HasPrefix(next, ", who ") {
			return !afterPreposition(text, start)
		}
		if r, ok := strings.CutPrefix(next, ", whose "); ok {
			var w [1]string
			return (firstFields(r, w[:]) == 0 || !groupOwnedSet.has(w[0])) && !afterPreposition(text, start)
		}
		return ageApposition(next) && !afterPreposition(text, start)
	case ' ':
		// only a person is born, marries or dies
		return (personPronounNext(next) || strings.HasPrefix(next, " was born ") ||
			strings.HasPrefix(next, " married ") || strings.HasPrefix(next, " died ")) &&
			!afterPreposition(text, start)
	case '\'', 0xe2: // "'s" or "’s"
		if !isPossessive(next) {
			return false
		}
		var w [2]string
		return firstFields(next, w[:]) > 1 && kinNounSet.has(w[1])
	}
	return false
}

// ageApposition: ", 54," after a name is the person's age; a year (four
// digits) or a count ("1,000") is not.
func ageApposition(next string) bool {
	i := 2
	for i < len(next) && i < 6 && next[i] >= '0' && next[i] <= '9' {
		i++
	}
	return i > 2 && i < 6 && i < len(next) && next[i] == ',' &&
		(i+1 == len(next) || next[i+1] == ' ')
}

// afterPreposition: the word before text[start:] is a preposition (or
// "and"), whose noun phrase a following "who" may describe instead.
func afterPreposition(text string, start int) bool {
	prev := text[max(0, start-12):start]
	if !strings.HasSuffix(prev, " ") {
		return false
	}
	var w [1]string
	return lastFields(prev, w[:]) == 1 && afterPrepSet.has(w[0])
}
