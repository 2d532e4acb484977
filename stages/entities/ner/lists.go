package ner

// Word lists used as features and by the rules. They hold general English
// and news vocabulary, not names from any test set.

// titleWords precede a person's name and are not part of it (CoNLL and
// the GMB conversion both cut them).
var titleWords = setOf(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
	"president", "vice", "prime", "minister", "premier", "chancellor",
	"secretary", "undersecretary", "ambassador", "envoy", "spokesman",
	"spokeswoman", "spokesperson", "senator", "sen", "rep", "representative",
	"congressman", "congresswoman", "governor", "gov", "mayor", "judge",
	"justice", "king", "queen", "prince", "princess", "emperor", "sheikh",
	"pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "imam",
	"ayatollah", "rabbi", "general", "gen", "admiral", "adm", "colonel",
	"col", "lt", "lieutenant", "major", "maj", "captain", "capt", "sergeant",
	"sgt", "commander", "chief", "director", "chairman", "chairwoman",
	"chair", "ceo", "founder", "leader", "candidate", "nominee", "professor",
	"prof", "coach", "officer", "official", "commissioner", "foreign",
	"defense", "defence", "interior", "finance", "deputy", "acting", "former",
	"speaker", "attorney", "counsel", "adviser", "advisor", "analyst",
	"correspondent", "president-elect", "crown", "grand", "supreme",
	"secretary-general", "head", "st", "saint", "mullah", "presidential",
	"lawmaker", "legislator", "ex",
)

// orgHeads end organisation names.
var orgHeads = setOf(
	"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc",
	"group", "party", "council", "ministry", "department", "university",
	"college", "school", "institute", "agency", "association", "union",
	"committee", "commission", "bank", "fund", "foundation", "organization",
	"organisation", "league", "front", "movement", "army", "navy", "force",
	"forces", "court", "parliament", "assembly", "congress", "senate",
	"house", "office", "bureau", "board", "authority", "service", "services",
	"network", "news", "times", "post", "journal", "press", "club", "team",
	"airlines", "airways", "motors", "holdings", "industries", "trust",
	"federation", "alliance", "coalition", "society", "center", "centre",
	"church", "brigade", "brigades", "police", "guard", "program",
	"programme", "administration", "cabinet", "government", "tribunal",
	"exchange", "systems", "technologies", "laboratories", "hospital",
	"academy", "confederation", "secretariat", "directorate", "command",
)

// connectors may sit inside a multi-word name between capitalised words.
var connectors = setOf(
	"of", "the", "and", "for", "de", "du", "da", "del", "della", "di",
	"la", "le", "von", "van", "der", "den", "al", "el", "bin", "ibn",
	"&", "-", "'", "y", "e", "upon", "&amp;",
)

func setOf(ws ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[w] = struct{}{}
	}
	return m
}

// legalForms end company names; a name does not run on past them into
// lower-case words ("Ozaki Trading Co Ltd of Osaka").
var legalForms = setOf(
	"inc", "corp", "co", "cos", "ltd", "llc", "plc", "gmbh", "ag", "nv", "bv",
	"spa", "sa", "ab", "asa", "lp", "limited", "incorporated", "corporation",
)

// particles start names in lower case: al-Qaida, bin Laden, de Gaulle.
var particles = setOf(
	"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "du", "del",
	"di", "la", "le", "abu", "ben", "ul", "d", "wa", "dos", "das",
)
