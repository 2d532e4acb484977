package quotes

import "testing"

// "accused of"/"charged with" as a participle qualifying a noun against
// the finite verb of accusing; sentences written for this test.
var chargedWithCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a participle in an apposition reports nothing, and the sentence's own verb keeps its subject",
		"A court freed Tom Reed, a farmer accused of poaching, on Monday. Police arrested Ana Ruiz, a nurse charged with theft, and said she had stolen drugs.",
		[]want{{"she had stolen drugs", I, "Police"}}},
	{"the apposition's head still speaks for its own verb",
		"Tom Reed, a farmer accused by police of poaching, says he shot the deer in self-defence. Lena Holm, a senator criticized for her remarks, said she would not apologise.",
		[]want{{"he shot the deer in self-defence", I, "Tom Reed"}, {"she would not apologise", I, "Lena Holm"}}},
	{"the finite verb with its object, or with 'that', is still the accuser's",
		"Critics charged that the vote was rigged. The senator accused the governor of lying, saying the budget was false.",
		[]want{{"the vote was rigged", I, "Critics"}, {"the budget was false", I, "senator"}}},
	{"a head with its participle phrase, no commas, is the subject of the verb after the phrase",
		"The farmer accused of poaching said he had shot the deer in self-defence. A nurse charged with theft says she is innocent.",
		[]want{{"he had shot the deer in self-defence", I, "farmer"}, {"she is innocent", I, "nurse"}}},
	{"after a relative word the verb is finite: its object went before it",
		`Mayor Tom Reyes criticised the press, which he accused of a "vendetta" against him.`,
		[]want{{"vendetta", M, "Tom Reyes"}}},
}

func TestChargedWithCases(t *testing.T) {
	for _, c := range chargedWithCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
