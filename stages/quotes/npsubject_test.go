package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// A reporting clause's subject read as a noun phrase, not looked up in a
// list of speaker nouns: a determiner and a head noun before "said" or a
// verb of saying and "that" is the speaker, whatever the noun.
func TestNounPhraseSubject(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"a head in no list of speakers, after a determiner, speaks",
			"The tribunal said the trial would resume in May. The Lebanese side insisted that the border was calm.",
			[]want{{"the trial would resume in May", I, "tribunal"}, {"the border was calm", I, "Lebanese side"}}},
		{"the modifiers before the head belong to the speaker",
			"The peacekeeping mission says the road to the north is closed.",
			[]want{{"the road to the north is closed", I, "peacekeeping mission"}}},
		{"a noun phrase before 'said to be' is described, it does not speak",
			"A merger said to be worth two billion dollars was approved on Friday.",
			nil},
		{"after ', but', a writer's aside with a subject of its own ends the clause",
			"The ministry confirmed that the camp will be the first to close, but officials did not say when. The company says food prices have doubled, but Oxfam gave no figures.",
			[]want{{"the camp will be the first to close", I, "ministry"}, {"food prices have doubled", I, "company"}}},
		{"a phrase of place or occasion between the verb and a bare clause",
			"Trade Minister Anna Berg said Friday in Geneva the money will be sent next month. Her deputy said at a news conference in Oslo the budget would be cut.",
			[]want{{"the money will be sent next month", I, "Anna Berg"}, {"the budget would be cut", I, "deputy"}}},
		{"'reports', 'confirmed' before a bare clause whose past verb takes an object",
			"South Korea's Daily Star reports the spy joined a group of refugees in 2002. The mission confirmed there were casualties on both sides.",
			[]want{{"the spy joined a group of refugees in 2002", I, "Daily Star"}, {"there were casualties on both sides", I, "mission"}}},
		{"after 'reported' or 'announced', a noun and a participle is the object",
			"The company reported the profits earned abroad in its annual filing. The firm announced the deal signed yesterday with Acme.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}

// TestLongSubject: the speaker is the whole subject phrase, head and
// qualifiers, named exactly (the scorer's prefix rule would pass a part).
func TestLongSubject(t *testing.T) {
	cases := []struct{ name, text, clause, speaker string }{
		{"an -ing participle after a noun qualifies the body a role heads",
			"The head of a U.N. team studying the flood says the dams can be repaired quickly.",
			"the dams can be repaired quickly", "head of a U.N. team studying the flood"},
		{"a long role set off after a name is an apposition: the name speaks",
			"Lena Holm, head of the U.N. office in the country's northern border province, spoke to soldiers on Monday. She said the attack was cowardly.",
			"the attack was cowardly", "Lena Holm"},
		{"examples between commas ('including', 'like') before the verb are no subject",
			"Rights groups, including Amnesty International, say the law is unfair.",
			"the law is unfair", "Rights groups"},
		{"a reduced passive with 'by' qualifies the people who speak",
			"Analysts polled by news agencies, like Dow Jones and AFP, say the bank will raise rates.",
			"the bank will raise rates", "Analysts polled by news agencies"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *schemas.Quote
			for _, q := range run(t, c.text) {
				if q.Text == c.clause {
					got = &q
				}
			}
			switch {
			case got == nil:
				t.Fatalf("no quote %q", c.clause)
			case got.Speaker == nil || got.Speaker.Name != c.speaker:
				t.Errorf("%q: speaker %+v, want %q", c.clause, got.Speaker, c.speaker)
			}
		})
	}
}

// "A man identifying himself as a spokesman for X said": the one who names
// himself speaks; the role, and the body in it, are his claim.
func TestSelfDescribedSubject(t *testing.T) {
	text := "A man calling himself a spokesman for the rebels said the group carried out the attack. A man identifying himself as a commander of the Free Hills Army said the fighters would not surrender."
	check(t, text, run(t, text), []want{{"the group carried out the attack", I, "man calling himself a spokesman for the rebels"},
		{"the fighters would not surrender", I, "man identifying himself as a commander of the Free Hills Army"}})
	for _, q := range run(t, text) {
		if q.Speaker == nil || q.Speaker.Name == "Free Hills Army" || q.Speaker.Name == "spokesman for the rebels" {
			t.Errorf("%q: speaker %+v, want the man", q.Text, q.Speaker)
		}
	}
}

// A participle's phrase of occasion between the verb and a bare clause
// ("said on leaving Tokyo today he had …"), as a phrase of place.
func TestOccasionBeforeClause(t *testing.T) {
	text := "Minister Ken Oda said on leaving Tokyo today he had no new proposals for the talks. Her deputy said after meeting the envoy the plan was dead."
	check(t, text, run(t, text), []want{{"he had no new proposals for the talks", I, "Ken Oda"}, {"the plan was dead", I, "deputy"}})
}
