package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// The pronoun "I" is capitalised, so the tagger may read it into the name
// before it: "In Pyongyang I did see people", "Outside Kabul I met him".
// A place or a body is never numbered like a king ("Elizabeth I") or a
// war ("World War I"), so a final " I" after such a name, before a
// lower-case word, is the pronoun: cutPronounI cuts it off m (e is its
// end in bytes).
func cutPronounI(text string, runeByte []int, m *ner.Mention, e int, k *kb.KB) {
	if m.Type == "PER" || e < 3 || text[e-1] != 'I' || text[e-2] != ' ' {
		return
	}
	// a lower-case word follows
	if e+1 >= len(text) || text[e] != ' ' || text[e+1] < 'a' || text[e+1] > 'z' {
		return
	}
	head := sliceRunes(text, runeByte, m.Start, m.End-2)
	if eventName(strings.Fields(kb.Normalize(head))) {
		return
	}
	if t := k.Types(kb.Normalize(head)); t&(kbLOC|kbORG) != 0 && t&kbPER == 0 {
		m.End -= 2
	}
}
