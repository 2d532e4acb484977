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

// "what X says is …": a free relative whose speaker stands between "what"
// and the verb reports the predicate after it; "what X says is that …",
// the clause after "that".
func TestWhatSays(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"the predicate after 'what X says' is X's claim",
			"The surveillance covered what the government says are only calls to and from other countries. The sales add to worries about what Washington says is a lack of openness in its defense policies.",
			[]want{{"are only calls to and from other countries", I, "government"}, {"is a lack of openness in its defense policies", I, "Washington"}}},
		{"a pseudo-cleft reports the clause after 'that'",
			"What the company says is that prices will rise.",
			[]want{{"prices will rise", I, "company"}}},
		{"'what X said' as an object reports nothing",
			"Nobody knows what the minister said at the meeting.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}

// A story's "he" with no name to go back to is "the X" that opened a
// sentence before, past opening adverbs ("Shortly afterwards the master
// came in").
func TestStorySubjectAfterAdverbs(t *testing.T) {
	text := "The farm hands rested after dinner. Shortly afterwards the miller walked in and saw the broken gate. He frowned and said: \"Who has been at my corn?\""
	check(t, text, run(t, text), []want{{"Who has been at my corn?", D, "miller"}})
}

// A description of a person ("The 56-year-old") is the person the lead
// opens with, not the last name met, while no other person has spoken;
// once another has, the last one named goes on.
func TestDescriptionIsLeadPerson(t *testing.T) {
	text := "Jose Marino has agreed a deal to replace Mauro Pocchi as manager.\n\nPocchi was sacked last night after five years in charge.\n\nThe 56-year-old said after his appointment: \"I am excited to be joining this club.\""
	check(t, text, run(t, text), []want{{"I am excited to be joining this club.", D, "Jose Marino"}})
	text = "Jose Marino has agreed a deal to replace Mauro Pocchi as manager.\n\n\"It was time to go,\" Pocchi said on Monday.\n\nThe 61-year-old said: \"I leave a strong squad.\""
	check(t, text, run(t, text), []want{{"It was time to go,", D, "Mauro Pocchi"}, {"I leave a strong squad.", D, "Mauro Pocchi"}})
}

// "X saw him, but not being able to get up, said": the verb after a
// participle's aside opened by "but" or "and" shares the sentence's
// subject.
func TestSubjectAcrossAside(t *testing.T) {
	text := "The farmer saw the damage, but being tired, said, \"I will mend it tomorrow.\" The old miller looked at the sky and, fearing rain, said, \"The crop is lost.\""
	check(t, text, run(t, text), []want{{"I will mend it tomorrow.", D, "farmer"}, {"The crop is lost.", D, "miller"}})
}

// Words quoted inside a person's report of a body's or a place's view are
// the person's; a body's report keeps its own, and so does a report whose
// verb reports no clause ("will conclude his visit in Tbilisi, where …").
func TestFragmentInNestedReport(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"a person reports a place's or a paper's view: the fragment is the person's",
			"Secretary Mike Ponce said that after legal review Washington had concluded the camps were \"not, per se, illegal.\" Mr. Perez said The Daily Courier wrote its article based on \"a selective reading of old files.\"",
			[]want{{"not, per se, illegal.", M, "Mike Ponce"}, {"a selective reading of old files.", M, "Perez"}}},
		{"a verb that reports no clause keeps the inner report's speaker",
			"Mr. Holt will conclude his visit in Tbilisi, where the White House says he plans to \"underscore his support for reform.\"",
			[]want{{"underscore his support for reform.", M, "White House"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
