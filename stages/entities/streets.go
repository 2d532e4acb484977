package entities

// A street or a square is a place in the CoNLL scheme that news NER gold
// follows, also where it stands for what is done there ("stocks fell on
// Wall Street", "Downing Street said"). Its head word, the last, says so
// whatever its first words lead the tagger to say ("H Street", an ORG
// for its shape; "Reading Road", a company's name) or a bare KB entry
// says ("Wall Street", a MISC title with no description: see
// entityType). "Drive" and "Way" are left out: they end titles of films
// and songs as often.

// streetEnds are the last words (normalised) of such names.
var streetEnds = map[string]bool{
	"street": true, "avenue": true, "road": true, "boulevard": true, "lane": true, "square": true,
	"parkway": true,
}

var streetEndSet = newLowerSet(streetEnds)

// streetName reports a name (normalised words) of two words or more
// headed by a street word.
func streetName(ws []string) bool {
	return len(ws) >= 2 && streetEndSet.has(ws[len(ws)-1])
}
