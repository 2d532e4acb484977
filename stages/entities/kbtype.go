package entities

import "github.com/wirestream/wirestream/kb"

// KB type bits (see kb.Types).
const (
	kbPER uint8 = 1 << iota
	kbORG
	kbLOC
	kbMISC
)

// entityType is the type a linked cluster is printed with. The KB knows
// better than the tagger what a linked thing is, except for one kind of
// entry: a MISC entry without a description is a bare title from a list
// of works and things (an album or a film named for its singer or hero,
// "Taylor Swift"), whose type says nothing of the name in a news story.
// When the mentions vote PER there, two of them at least, the person
// stands; one tagger's guess ("On Wall Street,") is too little.
func (d *doc) entityType(ci int) string {
	c := &d.cs[ci]
	if c.link == nil || c.link.Type == "" {
		return c.typ
	}
	if c.link.Type == kb.MISC && c.link.Description == "" {
		if streetName(d.fullest(ci).core) {
			return "LOC" // "Wall Street": a street, whatever the list it came from
		}
		if d.voteType(ci) == "PER" && d.perMentions(ci) >= 2 {
			return "PER"
		}
	}
	return c.link.Type
}

// perMentions counts the cluster's mentions the tagger typed PER.
func (d *doc) perMentions(ci int) int {
	n := 0
	for _, mi := range d.cs[ci].ments {
		if d.ms[mi].typ == "PER" {
			n++
		}
	}
	return n
}

// agreedType is the type of an unlinked cluster whose fullest name, of
// several words, is the label of KB entries that all have one type: the
// link failed on the score (two namesakes, "Star Trek" the series and the
// film, share it) or on the tagger's type, yet what kind of thing the
// name is the KB says without doubt. A name the tagger or its context
// calls a person keeps its type (an album titled with its singer's
// name), and so does one its context typed. "" leaves the type alone.
func (d *doc) agreedType(ci int) string {
	c := &d.cs[ci]
	if c.link != nil || c.typ == "PER" || ci >= len(d.candSets) {
		return ""
	}
	t := ""
	for i := range d.candSets[ci] {
		cand := &d.candSets[ci][i]
		if !cand.fromLong || !cand.IsLabel || cand.stripped || cand.Type == "" {
			continue
		}
		if t != "" && cand.Type != t {
			return ""
		}
		t = cand.Type
	}
	// Only the kinds the tagger's training data lacks are taken: works,
	// events and programmes (MISC), and a place the tagger took for one
	// of them. A KB full of small towns has a namesake place for many an
	// organisation ("Red Cross") and an organisation for many a place.
	if !(t == kb.MISC || t == kb.LOC && c.typ == "MISC") {
		return ""
	}
	for _, mi := range c.ments {
		if d.ms[mi].cued || d.ms[mi].titled {
			return ""
		}
	}
	return t
}
