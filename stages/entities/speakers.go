package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
)

// LinkSpeakers sets each quote's speaker.ref to the entity the speaker is,
// and speaker.name to that entity's canonical name. The speaker is the
// entity with a mention overlapping the speaker span; failing that (a
// pronoun, a role), the entity whose name or mentions match speaker.name,
// or whose surname it is when only one person fits. Other quote fields are
// left as they are.
func LinkSpeakers(ents []schemas.Entity, quotes []schemas.Quote) {
	for qi := range quotes {
		sp := quotes[qi].Speaker
		if sp == nil {
			continue
		}
		e := bySpan(ents, sp.Start, sp.End)
		if e == nil {
			e = byName(ents, sp.Name)
		}
		if e == nil {
			e = byName(ents, sp.Text)
		}
		if e == nil {
			continue
		}
		sp.Ref = schemas.Str(e.Ref)
		sp.Name = e.Name
	}
}

// bySpan is the entity with the mention overlapping [start, end) the most.
func bySpan(ents []schemas.Entity, start, end int) *schemas.Entity {
	var best *schemas.Entity
	bestOv := 0
	for i := range ents {
		for _, m := range ents[i].Mentions {
			ov := min(end, m.End) - max(start, m.Start)
			if ov > bestOv {
				best, bestOv = &ents[i], ov
			}
		}
	}
	return best
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
