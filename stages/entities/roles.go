package entities

import (
	"strings"
	"unicode"

	"github.com/wirestream/wirestream/schemas"
)

// roleSpeaker is the person that the text introduced with the role the
// speaker is named by, when exactly one person was: "the Kremlin
// spokesman" after "Kremlin spokesman Dmitry Peskov" or "Dmitry Peskov,
// the Kremlin spokesman,"; "the spokesman" after either. News introduces a
// person once with the role (before the name, or in apposition after it)
// and then refers to the role alone. Only roles introduced before the
// speaker count.
func roleSpeaker(text string, ents []schemas.Entity, sp *schemas.Speaker) *schemas.Entity {
	head, mods := roleWords(sp.Text)
	if head == "" {
		return nil
	}
	rs := []rune(text)
	var found *schemas.Entity
	for i := range ents {
		if ents[i].Type != schemas.PER {
			continue
		}
		for _, m := range ents[i].Mentions {
			if m.End > len(rs) || sp.Start >= 0 && m.Start >= sp.Start {
				continue
			}
			if !introducedAs(rolesAround(rs, m.Start, m.End), head, mods) {
				continue
			}
			if found != nil && found != &ents[i] {
				return nil // two people with that role: ambiguous
			}
			found = &ents[i]
		}
	}
	return found
}

// roleWords splits a role noun phrase into its head (its last word, lower
// case) and the words before it, articles dropped: "the Kremlin
// spokesman" -> "spokesman", ["kremlin"]. head is "" when s is no role:
// a name (capitalised last word), a pronoun, or an empty phrase.
func roleWords(s string) (head string, mods []string) {
	ws := strings.FieldsFunc(s, notRoleRune)
	for len(ws) > 0 && articles[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return "", nil
	}
	last := ws[len(ws)-1]
	if len(last) < 3 || !isLowerWord(last) || pronouns[last] {
		return "", nil
	}
	for _, w := range ws[:len(ws)-1] {
		mods = append(mods, normRoleWord(w))
	}
	return last, mods
}

// rolesAround returns the role phrases written next to a name: the words
// right before it ("Putin's spokesman Dmitry Peskov") and an apposition
// right after it (", the Kremlin spokesman,").
func rolesAround(rs []rune, start, end int) [][]string {
	var out [][]string
	// before: up to four words, the last one lower case (the head)
	var before []string
	i := start
	for len(before) < 4 {
		j := i
		for j > 0 && rs[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && !notRoleRune(rs[k-1]) {
			k--
		}
		if k == j || j == i {
			break
		}
		w := string(rs[k:j])
		if articles[strings.ToLower(w)] || roleStops[strings.ToLower(w)] {
			break
		}
		before = append([]string{w}, before...)
		i = k
	}
	// the head may be a capitalised title ("Russian President Vladimir
	// Putin", then "the Russian president")
	if len(before) > 0 && isLetters(before[len(before)-1]) {
		out = append(out, before)
	}
	// after: ", [the] Kremlin spokesman," up to the next comma or stop
	if end+2 < len(rs) && rs[end] == ',' && rs[end+1] == ' ' {
		j := end + 2
		k := j
		for k < len(rs) && rs[k] != ',' && rs[k] != '.' && rs[k] != ';' && k-j < 60 {
			k++
		}
		ws := strings.FieldsFunc(string(rs[j:k]), notRoleRune)
		for len(ws) > 0 && articles[strings.ToLower(ws[0])] {
			ws = ws[1:]
		}
		// "a spokesman for the ministry": the head comes before the
		// preposition
		for n, w := range ws {
			if rolePreps[w] {
				ws = ws[:n]
				break
			}
		}
		if len(ws) > 0 && len(ws) <= 4 && isLowerWord(ws[len(ws)-1]) {
			out = append(out, ws)
		}
	}
	return out
}

// introducedAs reports whether one of the phrases has the head and every
// modifier of the speaker's role.
func introducedAs(phrases [][]string, head string, mods []string) bool {
	for _, p := range phrases {
		if !strings.EqualFold(p[len(p)-1], head) {
			continue
		}
		all := true
		for _, m := range mods {
			has := false
			for _, w := range p[:len(p)-1] {
				has = has || normRoleWord(w) == m
			}
			all = all && has
		}
		if all {
			return true
		}
	}
	return false
}

func notRoleRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' && r != '.'
}

// normRoleWord lowercases a word and writes its apostrophe straight.
func normRoleWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimRight(w, ".")), "’", "'")
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

var articles = map[string]bool{"the": true, "a": true, "an": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "who": true}

// roleStops end the words before a name: they belong to the clause, not
// to a role ("told reporters that spokesman Peskov").
var roleStops = map[string]bool{
	"that": true, "and": true, "or": true, "but": true, "said": true, "says": true, "told": true,
	"by": true, "of": true, "to": true, "for": true, "with": true, "from": true, "as": true, "in": true,
	"on": true, "at": true, "when": true, "while": true, "after": true, "before": true, "is": true, "was": true,
}

var rolePreps = map[string]bool{"for": true, "of": true, "at": true, "in": true, "to": true, "with": true}
