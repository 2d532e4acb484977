// Package kb is the knowledge base of the entities stage: named entities with
// Wikidata ids, a compact binary format that loads by reading one file and
// answers alias look-ups in well under a microsecond, its builders (KB JSON
// lines, a Wikidata JSON dump) and a default KB embedded in the binary.
package kb

import "math"

// Entity types, as in schemas.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Entity is one knowledge-base record.
type Entity struct {
	ID          string   // Wikidata QID, e.g. "Q7747"
	Label       string   // English label
	Aliases     []string // other names, as written
	Type        string   // PER, ORG, LOC or MISC
	Description string   // short English description, may be empty
	// Prior is a popularity in [0, 1] that compares across sources: the raw
	// number (sitelinks or population) is mapped to one log scale at build
	// time, because a raw population and a sitelink count cannot be compared.
	Prior float32
}

// Candidate is an entity found by an alias look-up.
type Candidate struct {
	Entity
	// IsLabel reports that the looked-up name is the entity's label (not
	// only an alias), a sign of the primary sense of a name.
	IsLabel bool
}

// Popularity maps a raw prior of the given kind ("sitelinks", "population",
// or "" for a sitelink count) to the [0, 1] scale of Entity.Prior. Absent
// numbers get a small floor so that a known entity still beats nothing.
func Popularity(raw float64, kind string) float32 {
	if raw <= 0 || math.IsNaN(raw) {
		return 0.05
	}
	var p float64
	switch kind {
	case "population":
		// A village of 1,000 ~ 0.3, a city of 1M ~ 0.6, a large country ~ 0.85:
		// roughly where their sitelink counts put them.
		p = math.Log10(1+raw) / 10
	default:
		// 400 sitelinks is about the most any entity has.
		p = math.Log(1+raw) / math.Log(401)
	}
	if p > 1 {
		p = 1
	}
	if p < 0.05 {
		p = 0.05
	}
	return float32(p)
}

func typeCode(t string) byte {
	switch t {
	case PER:
		return 1
	case ORG:
		return 2
	case LOC:
		return 3
	case MISC:
		return 4
	}
	return 0
}

func typeName(c byte) string {
	switch c {
	case 1:
		return PER
	case 2:
		return ORG
	case 3:
		return LOC
	case 4:
		return MISC
	}
	return ""
}
