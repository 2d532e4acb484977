package quotes

import "testing"

// How news carries a voice from one sentence to the next: the rules
// written from the errors of the splits fresh12-fresh14 when they were
// retired from blind, each tested on sentences written here.
func TestNewsVoiceRules(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		// A count before the people says how many, not who.
		{"'they' after a counted plural subject is the people counted",
			"The Central Bank raised rates on Monday. Tens of thousands of angry farmers have marched through the capital to protest new water rules they say favor big landowners.",
			[]want{{"favor big landowners", I, "angry farmers"}}},
		{"one count word before the people",
			"The United Nations met on Monday. Hundreds of striking dock workers blocked the port on Friday over pay cuts they say were never agreed.",
			[]want{{"were never agreed", I, "striking dock workers"}}},
		// "He" goes on for the voice that opened the sentence before,
		// not for the person that voice spoke to.
		{"'he' after 'X asks President Y' is X",
			"In a video broadcast Monday, al-Masri says the army attacked the village. Al-Masri asks President Ruiz if he knows who gave the order. He answers the question himself, saying the order came from \"the very top.\"",
			[]want{{"the army attacked the village", I, "al-Masri"}, {"the very top.", M, "al-Masri"}}},
		{"a person who opens the sentence still goes on",
			"Prime Minister Ana Ruiz tells Kamaludin she will visit the region. She says the army will pull back.",
			[]want{{"she will visit the region", I, "Ana Ruiz"}, {"the army will pull back", I, "Ana Ruiz"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}
