package quotes

import "testing"

// Pronouns that report, resolved by what the sentence itself offers: the
// body a bare relative qualifies, the people before "they", the role that
// spoke last when "it is … to say" is no report.
func TestPronounSpeakers(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"'it' in a relative without 'that' is the body the sentence opens with",
			"The army has released a video it says shows the rebel leader in a forest camp.",
			[]want{{"shows the rebel leader in a forest camp", I, "army"}}},
		{"'they' with no plural subject nor speaker before: the nearest people in its sentence",
			"The president fled after thousands of striking miners stormed the palace, protesting new taxes they say were imposed illegally.",
			[]want{{"were imposed illegally", I, "striking miners"}}},
		{"a relative's two-word predicate is a whole clause",
			"The mayor quit after angry farmers blocked the roads, protesting elections they say were rigged.",
			[]want{{"were rigged", I, "angry farmers"}}},
		{"a word of saying after a modifier is a noun that a contact relative qualifies",
			"Shop owners marched against the new tax rules they say are unfair to small traders.",
			[]want{{"are unfair to small traders", I, "Shop owners"}}},
		{"'it is too early to say' reports nothing: 'he' goes on for the role that spoke",
			"A spokesman for Delta Farms, the largest grower in the region, told Reuters the crop was good. It is far too early to say what the harvest will be, he said.",
			[]want{{"the crop was good", I, "spokesman"}, {"It is far too early to say what the harvest will be", I, "spokesman"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
