package quotes

import "testing"

// The subject before the verb: a role with a long chain of phrases, a
// group with an example set off after it. Sentences written for this test.
var subjectNPCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a role with a chain of phrases ending in names speaks, and 'he' goes on for it",
		"The head of the U.N. relief mission for Chad and Sudan said Monday the camps were full. He said more tents would arrive soon.",
		[]want{{"the camps were full", I, "head of the U.N. relief mission for Chad and Sudan"},
			{"more tents would arrive soon", I, "head of the U.N. relief mission for Chad and Sudan"}}},
	{"a noun a name qualifies heads the phrase: the person after 'of' only qualifies it",
		"The Kivu Freedom Front faction of Jean Mbeki said its fighters had taken the town.",
		[]want{{"its fighters had taken the town", I, "Kivu Freedom Front"}}},
	{"the chain ends at a verb: a clause, not a role",
		"The head of the mission said the road to Abeche and Goz Beida was closed.",
		[]want{{"the road to Abeche and Goz Beida was closed", I, "head of the mission"}}},
	{"a group's relative clause passes over the example set off by commas",
		"The mayor answered critics, including Councilman Rob Dale, who say the new stadium will bankrupt the city. He met farmers, such as Ida Moss, who say the drought has ruined them.",
		[]want{{"the new stadium will bankrupt the city", I, "critics"}, {"the drought has ruined them", I, "farmers"}}},
	{"a document's relative clause with 'that': its source speaks, or its issuer",
		"The mayor was answering a story in the Harbor Gazette that said the port would close. The board released a report that said costs had doubled.",
		[]want{{"the port would close", I, "Harbor Gazette"}, {"costs had doubled", I, "board"}}},
	{"a capitalised description after 'a', then a name set off by commas: the name speaks",
		"But a Kenyan Appeals Court Judge, Mary Otieno, said the arrest was unlawful.",
		[]want{{"the arrest was unlawful", I, "Mary Otieno"}}},
	{"a spokeswoman for a person with adjectives before the name: the spokeswoman speaks",
		"Meanwhile, the spokeswoman for new Prime Minister Ana Ruiz told reporters she would brief them daily.",
		[]want{{"she would brief them daily", I, "spokeswoman"}}},
	{"an example with its own relative clause speaks itself",
		"The panel heard three witnesses, including a retired nurse who said the ward was unsafe.",
		[]want{{"the ward was unsafe", I, "retired nurse"}}},
}

func TestSubjectNPCases(t *testing.T) {
	for _, c := range subjectNPCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
