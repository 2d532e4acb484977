package entities

import (
	"strings"
	"unicode"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
)

// LinkSpeakers sets each quote's speaker.ref to the entity the speaker is,
// and speaker.name to that entity's canonical name. The speaker is the
// entity with a mention overlapping the speaker span; failing that (a
// pronoun, a role), the entity whose name or mentions match speaker.name,
// or whose surname it is when only one person fits; failing that (a role
// such as "the Kremlin spokesman"), the one person that text introduced
// with that role. Other quote fields are left as they are.
func LinkSpeakers(text string, ents []schemas.Entity, quotes []schemas.Quote) {
	for qi := range quotes {
		sp := quotes[qi].Speaker
		if sp == nil {
			continue
		}
		sp.Ref = nil // a replayed article's old refs point at old entities
		e := bySpan(ents, sp.Start, headEnd(sp))
		if e == nil {
			e = byName(ents, sp.Name)
		}
		if e == nil {
			e = byName(ents, sp.Text)
		}
		if e == nil {
			e = roleSpeaker(text, ents, sp)
		}
		if e == nil {
			continue
		}
		sp.Ref = schemas.Str(e.Ref)
		if !fullerName(sp.Name, e) {
			sp.Name = e.Name
		}
	}
}

// fullerName: the speaker's name holds the name of e, an entity outside
// the KB, and more ("Advanced Micro Devices Inc" for the tagger's cut
// "Micro Devices Inc"). A KB entity's label is the canonical name.
func fullerName(name string, e *schemas.Entity) bool {
	if e.Link != nil || len(name) <= len(e.Name) {
		return false
	}
	i := strings.Index(name, e.Name)
	return i >= 0 && wordBounded(name, i, i+len(e.Name))
}

// headEnd is the end of the speaker span without trailing punctuation: the
// last word of a noun phrase is its head, and the speaker is the entity
// whose mention holds it ("Putin's spokesman Dmitry Peskov" is Peskov;
// "U.S. officials" is not the United States).
func headEnd(sp *schemas.Speaker) int {
	end := sp.End
	rs := []rune(sp.Text)
	for i := len(rs) - 1; i >= 0 && !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]); i-- {
		end--
	}
	return end
}

// bySpan is the entity with a mention holding the speaker's last word.
func bySpan(ents []schemas.Entity, start, end int) *schemas.Entity {
	if end <= start {
		return nil
	}
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if m.Start < end && end <= m.End && m.End > start {
				return &ents[i]
			}
		}
	}
	return nil
}

// byName finds the entity named name: same normalised name or mention
// first, then a person whose name ends with it, when only one does.
func byName(ents []schemas.Entity, name string) *schemas.Entity {
	key := kb.Normalize(name)
	if key == "" {
		return nil
	}
	for i := range ents {
		if kb.Normalize(ents[i].Name) == key {
			return &ents[i]
		}
		for _, m := range ents[i].Mentions {
			if kb.Normalize(m.Text) == key {
				return &ents[i]
			}
		}
	}
	if e := byCompanyName(ents, key); e != nil {
		return e
	}
	var found *schemas.Entity
	for i := range ents {
		if ents[i].Type != schemas.PER {
			continue
		}
		n := kb.Normalize(ents[i].Name)
		if strings.HasSuffix(n, " "+key) || strings.HasSuffix(key, " "+n) {
			if found != nil && found != &ents[i] {
				return nil
			}
			found = &ents[i]
		}
	}
	return found
}
