package quotes

import "testing"

// attributionCases are passages written after the errors on real news
// (testdata/real/direct.jsonl): each pins one general rule of how news
// attributes quoted words. Only quotes in marks are judged here; reported
// speech has its own cases.
var attributionCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a surname joins a full name that ends with a generational suffix",
		"Robert T. Hale Jr., the county prosecutor, spoke after the verdict.\n\n\"Justice was done today,\" Hale said.",
		[]want{{"Justice was done today,", D, "Robert T. Hale Jr"}}},
	{"a role with a relative clause, then the name in apposition",
		"The company that runs the Coast Awards, Lane Productions, denies that a deal was signed.\n\n\"No agreement exists,\" they said.",
		[]want{{"No agreement exists,", D, "Lane Productions"}}},
	{"they: the organisation named in apposition to an organisation noun",
		"The label that owns her early albums, Blue Harbor, says she may perform them.\n\nShe wrote on Tumblr that the deal was unfair. Blue Harbor have denied any wrongdoing.\n\n\"We never blocked her,\" they said in a statement.",
		[]want{{"We never blocked her,", D, "Blue Harbor"}}},
	{"a verb right before the quote beats the reporter after it",
		"Carl Brandt was arrested in April after a call to the senator's office.\n\nDuring the call, he said, \"Someone should stop her,\" the prosecutor's office said.",
		[]want{{"Someone should stop her,", D, "Carl Brandt"}}},
	{"a pronoun in a role's that-clause is someone else",
		"Carl Brandt was arrested in April after a call to the senator's office.\n\nThe aide who took the call recalled that he said, \"I will come for you,\" prosecutors said.",
		[]want{{"I will come for you,", D, "Carl Brandt"}}},
	{"the issuer of a statement speaks through it",
		"In a sign of the confusion, the Harbor Election Board, which oversees local polls, issued a statement warning that \"voters deserve honest campaigns.\" It pointed out that it has \"no power over what parties say.\"",
		[]want{{"voters deserve honest campaigns.", M, "Harbor Election Board"}, {"no power over what parties say.", M, "Harbor Election Board"}}},
	{"a role and name after a time phrase open the sentence: the pronoun's antecedent",
		"\"We are ready,\" Mark Lund said on Monday.\n\nLast week State Department official David Rowe revealed the call to investigators, saying he recalled it \"vividly.\"",
		[]want{{"We are ready,", D, "Mark Lund"}, {"vividly.", M, "David Rowe"}}},
	{"an inverted role, a phrase, then the name in apposition",
		"Colton Price liked to tell others \"he was in charge of the port\" despite his post in Lisbon, said another witness in the inquiry, former White House trade adviser Ruth Kane.",
		[]want{{"he was in charge of the port", M, "Ruth Kane"}}},
	{"a verb after a conjunction past the quote is another clause's",
		"At the meeting, Ken Moss told the visitors they would need to \"deliver\" before the ministry would agree to a summit.",
		[]want{{"deliver", M, "Ken Moss"}}},
	{"a named person and the group they lead",
		"A study by Maria Ortiz appeared on Monday.\n\n\"The ice is thinner than we thought,\" Ortiz and her team wrote in the paper. \"Old models miss it,\" Dan Reyes and colleagues wrote in a reply.",
		[]want{{"The ice is thinner than we thought,", D, "Maria Ortiz"}, {"Old models miss it,", D, "Dan Reyes"}}},
	{"an inverted organisation with its article",
		"Since the flood, the city \"has rebuilt almost every bridge,\" writes the Harbor Gazette.",
		[]want{{"has rebuilt almost every bridge,", M, "Harbor Gazette"}}},
	{"assured is a reporting verb",
		"The health ministry assured residents on Friday that the risk was \"extremely low.\"",
		[]want{{"extremely low.", M, "health ministry"}}},
	{"a role written as an acronym",
		"The new banks care about their customers' \"financial health,\" as one bank CEO told me.",
		[]want{{"financial health,", M, "bank CEO"}}},
	{"a slogan as a sentence's subject is no quote, nor is its speaker the next clause's",
		"The state unveiled a new campaign on Monday.\n\n\"Drive slow. We're watching\" is running on billboards in which drivers say, \"I'm slowing down.\"",
		[]want{{"I'm slowing down.", D, ""}}},
	{"an indefinite role named in the next paragraph",
		"The hearing went on for six hours.\n\nIt was the third this month.\n\nThe panel heard from four officials, including a senior Navy officer who described the order as \"reckless.\"\n\nCapt. Laura Quinn told lawmakers she had objected at once.",
		[]want{{"reckless.", M, "Laura Quinn"}}},
	{"a straight mark after a number is inches, not a quote",
		"The store sells a 70\"+ TV for $499 and a 34\" monitor for $649. \"It is the best deal of the year,\" said Ana Ruiz, a shopper.",
		[]want{{"It is the best deal of the year,", D, "Ana Ruiz"}}},
	{"a relative clause closed by a comma hands back to the verb",
		"Dean Holt made headlines when he described the annexation, which took place in 2014, as \"very reasonable\".",
		[]want{{"very reasonable", M, "Dean Holt"}}},
	{"a title after a comma or a colon that no verb of saying leads to",
		"New episodes are followed by the after show, \"The Talking Dead.\" In 1976 he cut another hit with Ann Lowe: \"Don't Go Breaking My Heart\".",
		nil},
	{"the named subject before a colon speaks",
		"Adnan Amin, General Director of the International Renewable Energy Agency (IRENA), is certain: \"Offshore wind can lead a world free of coal.\"",
		[]want{{"Offshore wind can lead a world free of coal.", D, "Adnan Amin"}}},
	{"a pronoun with no name of known gender before it takes the last full name that opened a sentence",
		"Ezio Catalano moved back to Leeds after living in London. \"I loved the colours,\" he says.",
		[]want{{"I loved the colours,", D, "Ezio Catalano"}}},
	{"after a quote, reported puts its speaker after it, past an organisation, modifiers and a time",
		"\"It is amazing,\" reported Northwind unlimited data customer Lindsay Grey last month.",
		[]want{{"It is amazing,", D, "Lindsay Grey"}}},
	{"a headline read by a newscast, its city's as a possessor",
		"\"Pair bluff their way into a golf tournament,\" read Perth's Coast News.",
		[]want{{"Pair bluff their way into a golf tournament,", D, "Coast News"}}},
	{"a name given, not words said",
		"A group calling itself the \"Coastal Liberation Front\" claimed the attack. Officials said the building violates the plan known as the \"road map\". He was promised he would not be labeled an \"enemy combatant\" by the court, Smith said.",
		nil},
	{"a day between the speaker and the verb; referred to as",
		"The official Harbor News Agency Saturday referred to the drills as \"hostile\" and said talks could not go on.",
		[]want{{"hostile", M, "Harbor News Agency"}}},
	{"quotes X as saying: the one quoted speaks",
		"The Associated Press quotes Foreign Minister Ali Reza as saying the basis for talks is still \"lacking.\"",
		[]want{{"lacking.", M, "Ali Reza"}}},
	{"a participle after a preposition's object shares the clause's subject",
		"Mia Chen posted a video on Instagram accusing the label of \"outright theft.\"",
		[]want{{"outright theft.", M, "Mia Chen"}}},
}

func TestAttribution(t *testing.T) {
	for _, c := range attributionCases {
		t.Run(c.name, func(t *testing.T) {
			checkKinds(t, c.text, run(t, c.text), c.wants, false)
		})
	}
}
