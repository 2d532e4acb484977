package segment

import "strings"

// starters are words that commonly begin an English sentence and that
// rarely follow an initialism, an initial or a month as part of a name.
// After an ambiguous abbreviation ("U.S.", "W.", "Sept.") only these mark
// a new sentence: "in the U.S. The next day" ends, "the U.S. Senate" goes
// on. Function words are safe here; content words are not ("U.S. Army").
var starters = wordSet(`
	The A An This That These Those It Its He She They We I You His Her Their
	Our My Your Him Them Us Me
	But And Or Nor So Yet If When While After Before Although Though Because
	Since As Once Unless Until Whether
	In On At For With By From Of To Into Over About Against Among
	During Despite Without Within Through Throughout Following According
	Asked Speaking Separately Elsewhere Overall Currently Recently
	Previously Initially Unlike
	There Here Then Now However Meanwhile Still Also Instead Indeed Thus
	Moreover Furthermore Nevertheless Otherwise Later Earlier Today Yesterday
	Tomorrow Tonight Last Next Finally Yes No Not
	What Why How Who Whom Whose Where Which
	Is Are Was Were Be Been Did Do Does Can Could Should Would Will Shall May
	Might Must Has Have Had
	Many Some Most All Both Each Every Few Several Such Other Another More
	Much Any None One Two Three Only Even Just Please Let`)

// speechVerbs follow a quotation and its speaker: after `"...meet?" Peskov
// asked.` the question mark does not end the sentence.
var speechVerbs = wordSet(`
	said says say asked asks added adds told tells wrote writes replied
	replies responded responds answered answers explained explains noted
	notes recalled recalls declared declares insisted insists argued argues
	warned warns shouted shouts yelled yells cried exclaimed wondered
	continued continues stated states tweeted posted joked quipped laughed
	demanded demands urged urges pleaded acknowledged admitted conceded
	countered suggested remarked observed announced whispered`)

// personalTitles never qualify an initialism or a month, so after "U.S."
// or "Sept." they open a new sentence: "... in the U.S. Mr. Smith said".
// (Ranks do qualify: "U.S. Gen. Mark Milley", "U.S. Sen. Ann Lee".)
var personalTitles = wordSet(`Mr Mrs Ms Messrs Mmes Mme Mlle`)

// companyRoles follow a company name inside a sentence: "Acme Inc. Chief
// Executive Jane Roe", "Globex Corp. CEO John Doe".
var companyRoles = wordSet(`
	Chief CEO CFO COO CTO Chairman Chairwoman Chair Executive Vice Director
	Founder Co-founder Managing Senior General Deputy Head Spokesman
	Spokeswoman Spokesperson`)

// compassPoints follow a street name: "1600 Pennsylvania Ave. NW".
var compassPoints = wordSet(`NW NE SW SE N S E W`)

// afterClock are capitalised words that follow "a.m." or "p.m." inside a
// sentence: a weekday, a month or a time zone ("5 p.m. Friday", "9 a.m.
// EDT", "noon and 5 p.m. Eastern time").
var afterClock = wordSet(`
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	January February March April May June July August September October
	November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
	ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC AEST
	AEDT JST IST HKT SGT MSK Eastern Central Pacific Mountain Greenwich`)

// exclaimNames are names spelt with an exclamation mark, which does not end
// the sentence ("She works at Yahoo! in ...", "a Yahoo! Finance page",
// "E! News").
var exclaimNames = wordSet(`Yahoo Jeopardy Oklahoma Wham E`)

// introPrepositions open a short time phrase that runs into the clause
// without a comma: "At 5 a.m. Mr. Smith went to the bank."
var introPrepositions = wordSet(`At By Until Till Before After From Since Around About Near`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// joiners are sentence starters that far more often join two names inside
// a sentence than open one: after an abbreviation that may end a sentence
// ("U.S.", "U.N."), such a word capitalised (wire copy that capitalises
// the word after an abbreviation, a headline) and followed by a name joins
// the names: "the U.S. And Japan". A sentence that opens with "And" seldom
// has a name right after it ("And that is why …", "And the talks …").
var joiners = wordSet(`And Or Nor`)
