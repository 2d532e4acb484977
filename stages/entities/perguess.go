package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
)

// perGuess reports that the cluster's PER type is only the tagger's
// guess for an unknown one-word name ("Toyota said on Tuesday"): every
// mention is one word (or in capitals), none has a title before it
// ("President Reagan"), none was typed by its context, and no person's
// pronoun follows one ("Smith said he"). The tagger types such names PER
// for their shape alone, so the KB's company or place of that name must
// not be blocked by the type-mismatch penalty.
func (d *doc) perGuess(ci int) bool {
	c := &d.cs[ci]
	if c.typ != "PER" {
		return false
	}
	for _, mi := range c.ments {
		m := &d.ms[mi]
		if len(m.core) > 1 && !isCapsName(m.text) || len(m.toks) > len(m.core) ||
			m.titled || m.cued || personPronounNext(d.text[d.byteAt(m.end):]) {
			return false
		}
	}
	return true
}

// strongOverGuess reports that candidate i, a company or a place named
// by its label, is popular enough to type a name whose PER type is a guess, and that no
// person of that name in the KB comes near it in popularity ("Ford").
func strongOverGuess(cfg *Config, cands []candidate, i int) bool {
	c := &cands[i]
	// the name must be its label: an alias is often an abbreviation
	// ("Del." for Delaware) or another language's name
	if c.Type != kb.ORG && c.Type != kb.LOC || c.Prior < cfg.GuessPrior || !c.IsLabel {
		return false
	}
	for j := range cands {
		if cands[j].Type == kb.PER && cands[j].Prior+guessPersonGap >= c.Prior {
			return false
		}
	}
	return true
}

// notContainer reports that the cluster follows a linked place and a
// comma ("Louisville, Kent") while the place's description does not name
// the candidate: the name there is the place's state or country, and a
// namesake elsewhere (the English county) is no reading of it. Only the
// clusters before ci have candidates yet, and the place comes first.
func (d *doc) notContainer(cfg *Config, ci int, label string) bool {
	for cj, other := range d.candSets[:ci] {
		if len(other) > 0 && other[0].Type == kb.LOC && other[0].score >= cfg.Threshold &&
			d.followedBy(cj, ci) && !containsWord(other[0].Description, label) {
			return true
		}
	}
	return false
}

// guessPersonGap is how much less popular a person of the name may be
// and still keep a guessed PER name a person.
const guessPersonGap = 0.15

// personPronounNext reports a person's pronoun as the subject of the
// reporting verb after a name, or "who" after it: "Smith said he",
// "Smith, who".
func personPronounNext(rest string) bool {
	if strings.HasPrefix(rest, ", who ") {
		return true
	}
	for _, v := range [...]string{" said ", " says ", " told "} {
		if r, ok := strings.CutPrefix(rest, v); ok {
			if v == " told " {
				return false // "Smith told reporters": the object, not the subject
			}
			return strings.HasPrefix(r, "he ") || strings.HasPrefix(r, "she ")
		}
	}
	return false
}

// isCapsName reports a name written in capitals, as headlines have them
// ("GENERAL MOTORS"): its case says nothing about its words.
func isCapsName(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n >= 2
}
