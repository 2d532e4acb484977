package entities

import (
	"strings"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
)

// legalFormNations are the nationalities of the legal forms that belong
// to a few countries: a "Plc" is British or Irish, an "AG" German, Swiss
// or Austrian.
var legalFormNations = map[string][]string{
	"plc":  {"british", "english", "scottish", "welsh", "irish"},
	"gmbh": {"german", "austrian", "swiss"},
	"ag":   {"german", "austrian", "swiss"},
	"spa":  {"italian"},
	"nv":   {"dutch", "belgian"},
	"bv":   {"dutch"},
	"ab":   {"swedish", "finnish"},
	"asa":  {"norwegian"},
}

// nationWords are the nationalities a company's description may give.
var nationWords = []string{
	"american", "canadian", "mexican", "brazilian", "british", "english", "scottish", "welsh", "irish",
	"german", "austrian", "swiss", "french", "italian", "spanish", "dutch", "belgian", "swedish",
	"finnish", "norwegian", "danish", "japanese", "chinese", "korean", "indian", "australian", "russian",
}

// foreignToLegalForm reports whether the name's legal forms (its last
// words, "Co Plc") give a nationality that the candidate's description
// contradicts: "General Electric Co Plc" is not the "American
// multinational conglomerate" General Electric.
func foreignToLegalForm(core []string, desc string) bool {
	if desc == "" {
		return false
	}
	for i := len(core) - 1; i > 0 && kb.IsLegalSuffix(core[i]); i-- {
		nations := legalFormNations[core[i]]
		if nations == nil {
			continue
		}
		named, ours := false, false
		for _, w := range nationWords {
			if containsWordFold(desc, w) {
				named = true
				for _, n := range nations {
					ours = ours || n == w
				}
			}
		}
		return named && !ours
	}
	return false
}

// containsWordFold is containsWord for a lower-case word, in a text
// whose words may be capitalised ("American multinational").
func containsWordFold(s, w string) bool {
	if containsWord(s, w) {
		return true
	}
	up := string(w[0]-'a'+'A') + w[1:]
	return containsWord(s, up)
}

// titleOfWord reports a KB label that is "The" and the one word of a
// company name without its legal form ("The Sun" for "Sun Co"): the name
// of a newspaper, a band or a film, written with its article, which a
// company's legal form does not name. Several words ("The Home Depot")
// are a company's name often enough to stay.
func titleOfWord(label, stripped string) bool {
	rest, ok := strings.CutPrefix(label, "The ")
	return ok && strings.IndexByte(stripped, ' ') < 0 && strings.IndexByte(rest, ' ') < 0
}

// isLegalSuffixWord is kb.IsLegalSuffix(kb.Normalize(w)) with the
// normalised word on the stack (IsLegalSuffix keeps nothing of it).
func isLegalSuffixWord(w string) bool {
	var buf [32]byte
	b := kb.AppendNormalized(buf[:0], w)
	return kb.IsLegalSuffix(unsafe.String(unsafe.SliceData(b), len(b)))
}
