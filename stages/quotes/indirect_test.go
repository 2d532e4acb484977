package quotes

import "testing"

// Reported speech as real wire copy writes it: each case is a general way
// news attributes a clause, written for this test.
var indirectCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a noun after the verb is its object: its 'that' is relative",
		"Acme Corp reported quarterly earnings that beat forecasts as sales rose.",
		nil},
	{"a time phrase between the verb and 'that'",
		"The company said last week that it would close the plant in Ohio.",
		[]want{{"it would close the plant in Ohio", I, "company"}}},
	{"a clause already begun: the later 'that' is a noun's",
		"The ministry stressed the agreement would not change the fact that the border stays closed.",
		[]want{{"the agreement would not change the fact that the border stays closed", I, "ministry"}}},
	{"a subject pronoun opens a bare clause after any verb of saying",
		"Northwind Inc confirmed it sold its trucking unit for 40 mln dlrs. It added it plans to buy a rail carrier within a year.",
		[]want{{"it sold its trucking unit for 40 mln dlrs", I, "Northwind Inc"}, {"it plans to buy a rail carrier within a year", I, "Northwind Inc"}}},
	{"'it' as an object is no clause",
		"The minister confirmed it on Sunday. The palace denied it.",
		nil},
	{"a verb of naming takes no clause",
		"The senator called the inquiry a waste of money that would cost voters dearly.",
		nil},
	{"', while' another party acts: the writer's, not the report",
		"The union stressed the strike would go ahead, while the government urged calm.",
		[]want{{"the strike would go ahead", I, "union"}}},
	{"a progressive verb of saying is the subject's",
		"Prosecutors are alleging that the bank hid its losses from investors.",
		[]want{{"the bank hid its losses from investors", I, "Prosecutors"}}},
	{"an -ing cue inside a noun phrase is no verb",
		"One Kent County reporting station has had no rain since June, said Anna Berg, a forecaster at the weather service.",
		[]want{{"One Kent County reporting station has had no rain since June", I, "Anna Berg"}}},
	{"a participle shares the subject of the sentence's first report",
		"Mayor Tom Reyes said that after a review the city council had concluded the bridge was safe, saying he trusted the engineers.",
		[]want{{"after a review the city council had concluded the bridge was safe", I, "Tom Reyes"}, {"he trusted the engineers", I, "Tom Reyes"}}},
	{"a participle after an opening phrase of place",
		"In a long interview with police, Karl Moss confessed to the theft, admitting that he sold the paintings abroad.",
		[]want{{"he sold the paintings abroad", I, "Karl Moss"}}},
	{"a participle whose subject is a role with 'the'",
		"The regulator is angry with the banks, saying they failed to report the losses in time.",
		[]want{{"they failed to report the losses in time", I, "regulator"}}},
	{"'who' tells that any noun before it speaks",
		"Local fishermen, who have worked the bay for decades, said the new port would ruin their catch.",
		[]want{{"the new port would ruin their catch", I, "Local fishermen"}}},
	{"an adverb of frequency between the speaker and the verb",
		"Maria Lopez always argued that the contract was unfair to the players.",
		[]want{{"the contract was unfair to the players", I, "Maria Lopez"}}},
	{"an acronym takes the full name whose initials it spells",
		"Northern Gas & Electric Co. began cutting power on Monday. NG&E said the outages would last two days.\n\nThe European Union met in Brussels. The EU reiterated it still opposes the tariffs.",
		[]want{{"the outages would last two days", I, "Northern Gas & Electric Co."}, {"it still opposes the tariffs", I, "European Union"}}},
	{"'the <nationality> <company noun>' is the company named before",
		"Volvo is showing a new electric truck. The Swedish automaker says the truck will go on sale next year.",
		[]want{{"the truck will go on sale next year", I, "Volvo"}}},
	{"a company that opens a sentence since the last speaker is the topic",
		"Ford says its new van will be cheaper. Honda is showing a hybrid coupe. The Japanese automaker says the coupe will reach dealers in May.",
		[]want{{"its new van will be cheaper", I, "Ford"}, {"the coupe will reach dealers in May", I, "Honda"}}},
	{"a name that opens a reported clause is not the company",
		"Acme Corp said its Widget unit earned 5 mln dlrs. Widget, still wholly owned by Acme, is preparing a listing in Milan, the company said.",
		[]want{{"its Widget unit earned 5 mln dlrs", I, "Acme Corp"}, {"Widget, still wholly owned by Acme, is preparing a listing in Milan", I, "Acme Corp"}}},
	{"'the utility' is the company of the lead, not a county named in passing",
		"Coastal Power Co. began shutting off power on Wednesday.\n\nWinds near Marin County could reach 60 mph, officials said. The utility said it would restore power by Friday.",
		[]want{{"Winds near Marin County could reach 60 mph", I, "officials"}, {"it would restore power by Friday", I, "Coastal Power Co."}}},
	{"a place after 'of' qualifies the company that speaks",
		"Fabbrica Riunita SPA of Italy said profit rose 10 pct in 1986.",
		[]want{{"profit rose 10 pct in 1986", I, "Fabbrica Riunita SPA"}}},
	{"a company suffix dropped later names the same company",
		"Dominion Paper Inc said it would buy a mill in Quebec. Dominion Paper last year sold two plants. The company said it plans to expand in Ontario.",
		[]want{{"it would buy a mill in Quebec", I, "Dominion Paper Inc"}, {"it plans to expand in Ontario", I, "Dominion Paper Inc"}}},
	{"a verb that reports no clause inside a report leaves it to the closing attribution",
		"Acme Corp said it sent buyers a brochure. The brochure describes the plants in Dayton, Ohio, and Macon, Ga., the company said.",
		[]want{{"it sent buyers a brochure", I, "Acme Corp"}, {"The brochure describes the plants in Dayton, Ohio, and Macon, Ga.", I, "Acme Corp"}}},
	{"a preposition before a number opens the clause",
		"The ministry said over 300 people had been hurt in the floods.",
		[]want{{"over 300 people had been hurt in the floods", I, "ministry"}}},
	{"a long sentence that opens with a phrase, then the attribution",
		"In plastics and in paints the unit increased its market share in 1986, Montedison said.",
		[]want{{"In plastics and in paints the unit increased its market share in 1986", I, "Montedison"}}},
	{"a time phrase between the speaker and the verb",
		"The country's top court last week ruled that the election must be rerun. Defense Secretary Mark Esper on Wednesday said the ship would arrive next year.",
		[]want{{"the election must be rerun", I, "country's top court"}, {"the ship would arrive next year", I, "Mark Esper"}}},
	{"'a company spokesman' is the spokesman named just after",
		"Dominion Paper Inc considers the report a rumor, a company spokesman said. It is only a rumor, spokesman Michel Dufour told Reuters.",
		[]want{{"Dominion Paper Inc considers the report a rumor", I, "Michel Dufour"}, {"It is only a rumor", I, "Michel Dufour"}}},
}

func TestIndirectCases(t *testing.T) {
	for _, c := range indirectCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
