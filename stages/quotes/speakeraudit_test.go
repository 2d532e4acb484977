package quotes

import "testing"

// Speakers that a reader names at once but that were given another voice:
// a body's noun after a plural that opens a sentence, a document with a
// body's initials, a one-word name that "he" goes on for, a pronoun after a
// date or a talk show read as names.
func TestSpeakerAuditCases(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"a plural opening a sentence is people, not the company 'the company' goes on for",
			"Investors are nervous about the merger. The company said the deal would close in May.",
			[]want{{"the deal would close in May", I, "company"}}},
		{"a lexicon plural opening a sentence is no bank either",
			"Leaders are concerned the pace could raise inflation rates. The central bank said the money supply rose 19 percent.",
			[]want{{"the money supply rose 19 percent", I, "central bank"}}},
		{"a one-word company with a singular verb is still the company",
			"Siemens is cutting 500 jobs in Munich. The company said the market was weak.",
			[]want{{"the market was weak", I, "Siemens"}}},
		{"a document carrying a body's initials is that body's, not the voice before",
			"Iraqi officials say 100 people were killed Wednesday. A U.N. report says more than 3,700 civilians were killed in October.",
			[]want{{"100 people were killed Wednesday", I, "Iraqi officials"}, {"more than 3,700 civilians were killed in October", I, "U.N."}}},
		{"'he' after a one-word name that opened the sentence before and was named before it",
			"Police announced last week that Bishara is being investigated. Bishara has been an outspoken critic of the government. He has said he will stay abroad for a time.",
			[]want{{"Bishara is being investigated", I, "Police"}, {"he will stay abroad for a time", I, "Bishara"}}},
		{"'she' likewise",
			"Prosecutors said Kovacs would be questioned next week. Kovacs has been the mayor's closest adviser for a decade. She says the charges are political.",
			[]want{{"Kovacs would be questioned next week", I, "Prosecutors"}, {"the charges are political", I, "Kovacs"}}},
		{"a day and a month are a date, not a person 'he' goes on for",
			"The singer made the announcement Monday March 19 at a news conference in London. He says the tour will start in May.",
			[]want{{"the tour will start in May", I, "singer"}}},
		{"'talk' before 'show' is a noun: the channel did not speak, the comedian did",
			"Comedian Bernie Mac made the announcement on a U.S. television talk show Monday. He says the move will let him spend more time at home.",
			[]want{{"the move will let him spend more time at home", I, "Bernie Mac"}}},
		{"a name that opens the sentence speaks, not the one in its 'under' phrase",
			"The European Union under the rotating presidency of Slovenia says it will seek to move forward with accession talks.",
			[]want{{"it will seek to move forward with accession talks", I, "European Union"}}},
		{"'under' a person's name: the country speaks",
			"Iran under President Ahmadinejad has said it will not halt enrichment.",
			[]want{{"it will not halt enrichment", I, "Iran"}}},
		{"'under' a title: the body speaks, not the office",
			"NATO under its new secretary general says the alliance will stay in Afghanistan.",
			[]want{{"the alliance will stay in Afghanistan", I, "NATO"}}},
		{"a name after an opening phrase with a comma is still the subject",
			"After talks with the European Union, Slovenia says it will join the euro.",
			[]want{{"it will join the euro", I, "Slovenia"}}},
		{"a second conjunct with a title is joined to the name before 'and'",
			"Sudanese President Omar el-Bashir and General Salva Kiir Mayardit have stressed that his death will not stop the peace movement.",
			[]want{{"his death will not stop the peace movement", I, "Sudanese President Omar el-Bashir and General Salva Kiir Mayardit"}}},
		{"so across a relative clause after the second",
			"President Bush and British Prime Minister Tony Blair, who met in Washington, said they were close to a deal.",
			[]want{{"they were close to a deal", I, "President Bush and British Prime Minister Tony Blair"}}},
		{"two roles joined before one name are one person",
			"Hamas leader and Palestinian Prime Minister-designate Ismail Haniyeh said his group is ready to talk.",
			[]want{{"his group is ready to talk", I, "Ismail Haniyeh"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
