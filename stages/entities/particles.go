package entities

import (
	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// nameParticles join the words of Portuguese, Spanish, Italian and French
// place names in lower case: "Rio Grande do Sul", "Mato Grosso do Sul",
// "Santiago de Compostela". A tagger reads the lower-case word as the end
// of a name and finds two ("Rio Grande", "Sul").
var nameParticles = []string{" do ", " da ", " dos ", " das ", " de ", " del ", " di ", " della "}

// particleStarts marks the first letters of nameParticles' words.
var particleStarts = func() (t [256]bool) {
	for _, p := range nameParticles {
		t[p[1]] = true
	}
	return t
}()

// joinParticles merges two mentions written "A do B" into one place
// mention when the KB knows the whole name as a place. ms is sorted by
// start and rewritten in place.
func joinParticles(text string, runeByte []int, ms []ner.Mention, k *kb.KB) []ner.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Type != "PER" && ms[i+1].Type != "PER" {
			n := ms[i+1]
			gap := sliceRunes(text, runeByte, m.End, n.Start)
			if len(gap) < 3 || !particleStarts[gap[1]] {
				out = append(out, m) // most gaps: no particle's word starts so
				continue
			}
			for _, p := range nameParticles {
				if gap != p {
					continue
				}
				if isPlace(k, sliceRunes(text, runeByte, m.Start, n.End)) {
					m = ner.Mention{Start: m.Start, End: n.End, Type: "LOC"}
					i++
				}
				break
			}
		}
		out = append(out, m)
	}
	return out
}
