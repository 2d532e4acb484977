package quotes

import "testing"

// How news carries a voice from one sentence to the next: the rules
// written from the errors of the splits fresh12-fresh14 when they were
// retired from blind, and of the older studied splits (quotes/1.9.93 on),
// each tested on sentences written here, with a case where the rule must
// not apply beside most.
func TestNewsVoiceRules(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		// A count before the people says how many, not who.
		{"'they' after a counted plural subject is the people counted",
			"The Central Bank raised rates on Monday. Tens of thousands of angry farmers have marched through the capital to protest new water rules they say favor big landowners.",
			[]want{{"favor big landowners", I, "angry farmers"}}},
		{"one count word before the people",
			"The United Nations met on Monday. Hundreds of striking dock workers blocked the port on Friday over pay cuts they say were never agreed.",
			[]want{{"were never agreed", I, "striking dock workers"}}},
		// "He" goes on for the voice that opened the sentence before,
		// not for the person that voice spoke to.
		{"'he' after 'X asks President Y' is X",
			"In a video broadcast Monday, al-Masri says the army attacked the village. Al-Masri asks President Ruiz if he knows who gave the order. He answers the question himself, saying the order came from \"the very top.\"",
			[]want{{"the army attacked the village", I, "al-Masri"}, {"the very top.", M, "al-Masri"}}},
		{"a person who opens the sentence still goes on",
			"Prime Minister Ana Ruiz tells Kamaludin she will visit the region. She says the army will pull back.",
			[]want{{"she will visit the region", I, "Ana Ruiz"}, {"the army will pull back", I, "Ana Ruiz"}}},
		// A document named as the medium of a report ("said in a
		// statement") is that speaker's when "the statement" speaks next.
		{"'the statement' after 'X said in a statement' is X's",
			"Relief workers reached the valley on Monday. Camp doctors said in a statement that ten patients were moved. The statement said more beds are needed.",
			[]want{{"ten patients were moved", I, "Camp doctors"}, {"more beds are needed", I, "Camp doctors"}}},
		{"a day between the verb and 'in a statement'",
			"Farm leaders said Tuesday in a written statement that prices must rise. The statement said talks would resume.",
			[]want{{"prices must rise", I, "Farm leaders"}, {"talks would resume", I, "Farm leaders"}}},
		// A bare plural role whose words all stood in a fuller role that
		// spoke just before is that group.
		{"'Marathon organizers' after 'Organizers of the city marathon'",
			"Organizers of this year's city marathon say the race will go ahead. Marathon organizers said the course is safe.",
			[]want{{"the race will go ahead", I, "Organizers of this year's city marathon"}, {"the course is safe", I, "Organizers of this year's city marathon"}}},
		{"another modifier names another group",
			"Iraqi officials say the border is open. Syrian officials said the border is closed.",
			[]want{{"the border is open", I, "Iraqi officials"}, {"the border is closed", I, "Syrian officials"}}},
		// A lead's document that no body owns by name is the report of
		// the body that speaks, first named, in the next sentence; the
		// report met again goes on for it, across a chain of its uses.
		{"'A new report says' then the body named as the next speaker",
			"A new report says the world economy is recovering faster than expected. The Pacific Trade Council, which includes 30 rich nations, says its members will grow 2.7 percent this year. The council says the euro area will grow slowly. The report's authors call on Europe to act. The report also says trade is rising again.",
			[]want{{"the world economy is recovering faster than expected", I, "Pacific Trade Council"},
				{"its members will grow 2.7 percent this year", I, "Pacific Trade Council"},
				{"the euro area will grow slowly", I, "council"},
				{"trade is rising again", I, "Pacific Trade Council"}}},
		{"a government report whose office is named next",
			"A U.S. government report says the trade gap rose to a record in May. The Labor Office says imports of oil grew.",
			[]want{{"the trade gap rose to a record in May", I, "Labor Office"}, {"imports of oil grew", I, "Labor Office"}}},
		{"a report its owner names keeps its owner",
			"A Harbor Watch report says the river is polluted. The Labor Office says the plants are safe.",
			[]want{{"the river is polluted", I, "Harbor Watch"}, {"the plants are safe", I, "Labor Office"}}},
		// An outlet's name joined to a place by "of", before the word
		// for the outlet, is one name.
		{"'the state-run Morning Star of Lagos newspaper' is the Morning Star of Lagos",
			"The state-run Morning Star of Lagos newspaper says fuel prices will rise. It says the government has no plan.",
			[]want{{"fuel prices will rise", I, "Morning Star of Lagos"}, {"the government has no plan", I, "Morning Star of Lagos"}}},
		{"a person's role after a bank of a place stays the role",
			"The Bank of Japan governor said rates will stay low.",
			[]want{{"rates will stay low", I, "Bank of Japan governor"}}},
		// ", and X declared …" after a clause is the writer's next clause,
		// not an attribution of the one before.
		{"', and the rebels declared a day of mourning' reports nothing",
			"Thousands of farmers observed a minute of silence, and the rebels declared a day of mourning.",
			nil},
		{"a name with 'and' inside still attributes the clause before",
			"Food output grew in 1986, and most of the gain was in poor countries, the head of the Food and Farming Council said.",
			[]want{{"Food output grew in 1986, and most of the gain was in poor countries", I, "head of the Food and Farming Council"}}},
		// "said the X": any noun after the verb that ends the
		// attribution speaks, in stories as in fables.
		{"'said the old hunter', 'said the others'",
			"The hunter came home late. \"We must go,\" said the old hunter. \"Why, what is wrong?\" said the others.",
			[]want{{"We must go,", D, "old hunter"}, {"Why, what is wrong?", D, "others"}}},
		{"'asked a protester', 'said one old fisherman'",
			"\"Where is the money?\" asked a protester. \"It is over,\" said one old fisherman.",
			[]want{{"Where is the money?", D, "protester"}, {"It is over,", D, "old fisherman"}}},
		{"'said the same' names no speaker",
			"The mayor denied the report. Her deputy said the same.",
			nil},
		// A quote with no attribution right after a quoted question
		// answers it: the one who spoke before the asker.
		{"a question and its answer",
			"A Crow and some Sparrows sat on a fence. \"Beware of that boy,\" said the Crow. \"Why, what is he doing?\" said the Sparrows. \"He is setting a trap for birds.\"",
			[]want{{"Beware of that boy,", D, "Crow"}, {"Why, what is he doing?", D, "Sparrows"}, {"He is setting a trap for birds.", D, "Crow"}}},
		{"a speaker's own question goes on",
			"\"Why would we sell now?\" Ana Ruiz said. \"We have no reason to.\"",
			[]want{{"Why would we sell now?", D, "Ana Ruiz"}, {"We have no reason to.", D, "Ana Ruiz"}}},
		// "NAME's NOUN says": the noun a name opening the sentence
		// possesses, right before the verb, is a role of that name's.
		{"'Al-Noor's deputy says' reports",
			"Al-Noor's deputy says the army failed to reach the town.",
			[]want{{"the army failed to reach the town", I, "Al-Noor's deputy"}}},
		{"a possessed noun before no verb of saying is no speaker",
			"Acme's shares rose, analysts said.",
			[]want{{"Acme's shares rose", I, "analysts"}}},
		// "the new credit strategy" after "unveiled its new Farm Credit
		// Strategy": the titled thing, speaking for who unveiled it.
		{"a description that repeats a title speaks for who unveiled it",
			"The Farm Ministry on Monday unveiled its new Rural Credit Strategy for the next decade. Farmers welcomed it. The new credit strategy says loans will be cheaper.",
			[]want{{"loans will be cheaper", I, "Farm Ministry"}}},
		{"a description sharing only its head with a title is something else",
			"The Farm Ministry on Monday unveiled its new Rural Credit Strategy. The new export strategy says loans will be cheaper.",
			[]want{{"loans will be cheaper", I, "new export strategy"}}},
		// "indicated" reports when a person or body indicates; reports
		// and tests that indicate point to a fact.
		{"'but indicated' reports a second clause of the same speaker",
			"Minister Ana Ruiz said she has photographs of the leaders but indicated they had not yet been captured.",
			[]want{{"she has photographs of the leaders", I, "Ana Ruiz"}, {"they had not yet been captured", I, "Ana Ruiz"}}},
		{"officials indicate; tests and reports do not speak",
			"Officials indicated the border would reopen. Tests indicate the water is safe. Preliminary reports indicated one of the guards had links with the rebels.",
			[]want{{"the border would reopen", I, "Officials"}}},
		// A document's participle and its date sit between the
		// document and its verb, inside a sentence as at its start.
		{"'after a report released in August said'",
			"The payments rose after a report released in August said some party leaders had helped incite the riots.",
			[]want{{"some party leaders had helped incite the riots", I, "report"}}},
		{"'after a report issued Monday said'",
			"Prices fell after a report issued Monday said demand was weak.",
			[]want{{"demand was weak", I, "report"}}},
		// A document set off from its verb by a participle of issuing
		// between dashes or commas speaks.
		{"'The documents - released by the union on Tuesday - say'",
			"The documents - released by the Harbor Rights Union on Tuesday - say guards beat prisoners.",
			[]want{{"guards beat prisoners", I, "documents"}}},
		{"'The documents, released on Tuesday, say'",
			"The documents, released on Tuesday, say guards beat prisoners.",
			[]want{{"guards beat prisoners", I, "documents"}}},
		// A lead's description of a body is the body named next as the
		// issuer of the document that speaks.
		{"'A civil liberties group says' then '- released by X -'",
			"A civil liberties group says it has obtained documents that show guards beat prisoners. The documents - released by the Harbor Rights Union on Tuesday - say inmates were starved.",
			[]want{{"it has obtained documents that show guards beat prisoners", I, "Harbor Rights Union"}, {"inmates were starved", I, "documents"}}},
		// "A government statement" after a country spoke is that
		// country's, and "it" goes on for the country.
		{"'a government statement' after a country's report, and 'it'",
			"Officials have banned poultry sales. Finland notified its neighbors Wednesday that it has culled 9,000 geese. A government statement says dead geese were found on a farm. It said nearby farms were cleaned.",
			[]want{{"it has culled 9,000 geese", I, "Finland"}, {"dead geese were found on a farm", I, "Finland"}, {"nearby farms were cleaned", I, "Finland"}}},
		// A document whose issuer, named after "from", spoke for it is
		// that issuer's when it is met again.
		{"'The same report says' after 'a report from a group, X, says'",
			"Friday's report from a trade group, the Harbor Builders Council, says sales fell in March. That pushed prices down. The same report says rents rose in April.",
			[]want{{"sales fell in March", I, "Harbor Builders Council"}, {"rents rose in April", I, "Harbor Builders Council"}}},
		// A "she" that nothing before it stands for is the speaker named
		// just after it.
		{"a text that opens with 'she says' names her next",
			"\"The whole trade has a yuk factor,\" she says. In Asia the hair is typically put in an acid bath, Marlow explains.",
			[]want{{"The whole trade has a yuk factor,", D, "Marlow"}, {"In Asia the hair is typically put in an acid bath", I, "Marlow"}}},
		{"a speaker named far on is not the opening 'he'",
			"\"How fine the Crow is,\" he said. The Crow dropped the cheese. It fell to the ground. The dog ran home. Later the farmer came back. The Hound said it was unfair.",
			[]want{{"How fine the Crow is,", D, "he"}, {"it was unfair", I, "Hound"}}},
		// The clause ends at ", saying" even past a verb inside it that
		// cuts nothing ("called off").
		{"'said she had called off a trip, saying …': two clauses",
			"Foreign Minister Ana Ruiz said Wednesday she had called off a trip to Japan, saying the visit would not be useful now.",
			[]want{{"she had called off a trip to Japan", I, "Ana Ruiz"}, {"the visit would not be useful now", I, "Ana Ruiz"}}},
		{"a verb inside the clause that cuts nothing leaves it whole",
			"Ana Ruiz said the union has called for new talks on wages.",
			[]want{{"the union has called for new talks on wages", I, "Ana Ruiz"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
