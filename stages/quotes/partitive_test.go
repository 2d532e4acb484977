package quotes

import "testing"

// Shares of a group that answer a poll or speak ("Forty percent of those
// asked said"), and lists of reports; sentences written for this test.
var partitiveCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a share of a group with a participle or a relative after its head",
		"Nearly two-thirds of the 900 nurses surveyed said their wards were short of staff. Some 30 percent of those who replied said they planned to leave.",
		[]want{{"their wards were short of staff", I, "nurses surveyed"}, {"they planned to leave", I, "those who replied"}}},
	{"a share with a figure in parentheses; a share inside a survey's finding",
		"The survey found that just under half (48 percent) of the farmers questioned said the rains came late.",
		[]want{{"just under half (48 percent) of the farmers questioned said the rains came late", I, "survey"},
			{"the rains came late", I, "farmers questioned"}}},
	{"answers listed after commas: each share speaks for itself",
		"Sixty percent of the voters polled said they backed the mayor, 25 percent said they backed her rival. Ten percent of them said they would not vote, while 5 percent said they had not decided.",
		[]want{{"they backed the mayor", I, "voters polled"}, {"they backed her rival", I, "25 percent"},
			{"they would not vote", I, "Ten percent"}, {"they had not decided", I, "5 percent"}}},
	{"a figure before 'of' is a share too; a nested share after a verb of saying",
		"Three of the miners said the shaft had flooded. The union said only a fifth of its members said they felt safe.",
		[]want{{"the shaft had flooded", I, "miners"}, {"only a fifth of its members said they felt safe", I, "union"},
			{"they felt safe", I, "members"}}},
	{"a hedged figure opens the reported clause",
		"Rescue teams say around 40 people were hurt. The agency said only 12 buildings were standing.",
		[]want{{"around 40 people were hurt", I, "Rescue teams"}, {"only 12 buildings were standing", I, "agency"}}},
	{"a contrast after 'while' with a share is set beside the report",
		"Most of the parents interviewed said the school was too far, while 12 percent disagreed.",
		[]want{{"the school was too far", I, "parents interviewed"}}},
	{"a clause is no group; a count or a rule is no saying",
		"The poll says 70 percent of voters backed the plan that the governor says will cut taxes. None of the teams broke rules on spending.",
		[]want{{"70 percent of voters backed the plan that the governor says will cut taxes", I, "poll"},
			{"will cut taxes", I, "governor"}}},
	{"another speaker's report after a comma and 'and' ends the clause",
		"Police say two people were hurt, and witnesses say the driver fled.",
		[]want{{"two people were hurt", I, "Police"}, {"the driver fled", I, "witnesses"}}},
	{"an apposition or an aside between commas does not end the clause",
		"The paper says a local charity, Clean Water Alliance, has issued a report saying the river is polluted. The mayor's office said the plant, which critics say is unsafe, would stay open. One of them said the river was dead.",
		[]want{{"a local charity, Clean Water Alliance, has issued a report saying the river is polluted", I, "paper"},
			{"the river is polluted", I, "Clean Water Alliance"},
			{"the plant, which critics say is unsafe, would stay open", I, "mayor's office"},
			{"the river was dead", I, "One of them"}}},
}

func TestPartitiveCases(t *testing.T) {
	for _, c := range partitiveCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
