package quotes

import "testing"

// A capitalised modal that is a name ("Theresa May", "Will Hart") against
// the modal and the month it also is; sentences written for this test.
var modalNameCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"'May' after a first name and a title, before 'says'/'said', is the surname",
		"Prime Minister Theresa May says the deal will protect jobs. Interior Minister Ruth May said the border would stay open.",
		[]want{{"the deal will protect jobs", I, "Theresa May"}, {"the border would stay open", I, "Ruth May"}}},
	{"'May said' opening a sentence: a modal never takes 'said'",
		"The prime minister flew to Brussels. May said on Tuesday the talks had stalled. May also says the vote will go ahead.",
		[]want{{"the talks had stalled", I, "May"}, {"the vote will go ahead", I, "May"}}},
	{"a quote's speaker named May, before or after the verb",
		`"We will not give up," May said. "The talks go on," said Theresa May.`,
		[]want{{"We will not give up,", D, "May"}, {"The talks go on,", D, "Theresa May"}}},
	{"'Will' and 'Can' as first names, opening a sentence or after a title",
		"Will Hart said the stadium will open in June. Sports Minister Will Hart told reporters the roof is finished. Can Dundar said the paper would keep printing.",
		[]want{{"the stadium will open in June", I, "Will Hart"}, {"the roof is finished", I, "Will Hart"},
			{"the paper would keep printing", I, "Can Dundar"}}},
	{"the modal before a bare verb reports nothing; a date in May is no speaker",
		"Officials may say the plan will fail. The vote is set for May 5. The board will say the rules are fair.",
		nil},
	{"'Mark' and 'Bill' name speakers as any first name does",
		"Mark said the team will win. Senator Bill Nelson said the bill will pass.",
		[]want{{"the team will win", I, "Mark"}, {"the bill will pass", I, "Bill Nelson"}}},
}

func TestModalNameCases(t *testing.T) {
	for _, c := range modalNameCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
