package quotes

import "testing"

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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
