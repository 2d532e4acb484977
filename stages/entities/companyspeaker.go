package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
)

// A company speaks under more forms than the tagger's span of it: with or
// without its legal form ("Preston corp said" beside the mention
// "Preston"), by the first words of its name ("Entourage said" after
// "Entourage International Inc"), or with a first word the tagger cut
// ("Le Peep Restaurants Inc" beside "Peep Restaurants Inc").

// byCompanyName is the one organisation whose name, its legal form
// dropped, is key's (see sameCompany); nil when none or several are.
// key is normalised.
func byCompanyName(ents []schemas.Entity, key string) *schemas.Entity {
	k := dropLegalForm(key)
	if k == "" {
		return nil
	}
	// a legal form says company whatever the tagger typed the name
	// ("Preston corp" beside a "Preston" taken for a person)
	formed := k != key
	var found *schemas.Entity
	for i := range ents {
		if ents[i].Type != schemas.ORG && !formed {
			continue
		}
		n := dropLegalForm(kb.Normalize(ents[i].Name))
		if n == "" || !sameCompany(k, n) || ents[i].Type != schemas.ORG && k != n {
			continue
		}
		if found != nil && found != &ents[i] {
			return nil
		}
		found = &ents[i]
	}
	return found
}

// sameCompany: the speaker's name k is the company's name n, begins it
// ("entourage"), ends it with two words or more ("airline clerks"; one
// word is too little: "devices"), or is n with one more word before it
// that the tagger cut ("le peep restaurants"). Words after n make k
// someone else ("toronto stock exchange spokesman").
func sameCompany(k, n string) bool {
	switch {
	case k == n:
		return true
	case strings.HasPrefix(n, k+" "):
		return true
	case strings.HasSuffix(n, " "+k):
		return strings.Contains(k, " ")
	case strings.HasSuffix(k, " "+n):
		return strings.IndexByte(k[:len(k)-len(n)-1], ' ') < 0
	}
	return false
}

// dropLegalForm removes the legal forms at the end of a normalised name
// ("blocker energy corp" -> "blocker energy").
func dropLegalForm(key string) string {
	for {
		j := strings.LastIndexByte(key, ' ')
		if j < 0 || !kb.IsLegalSuffix(key[j+1:]) {
			return key
		}
		key = key[:j]
	}
}
