package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
)

func TestRoleSpeaker(t *testing.T) {
	ner := fakeNER{"Dmitry Peskov": "PER", "Peskov": "PER", "Maria Lopez": "PER", "Vladimir Putin": "PER",
		"John Smith": "PER", "Ann Lee": "PER", "Kremlin": "ORG", "Putin": "PER"}
	for _, tc := range []struct {
		text, speaker, want string // want "" = no entity
	}{
		{"Kremlin spokesman Dmitry Peskov told reporters. Later the Kremlin spokesman said no.", "the Kremlin spokesman", "Dmitry Peskov"},
		{"Kremlin spokesman Dmitry Peskov told reporters. Later the spokesman said no.", "the spokesman", "Dmitry Peskov"},
		{"Dmitry Peskov, the Kremlin spokesman, told reporters. The Kremlin spokesman said no.", "The Kremlin spokesman", "Dmitry Peskov"},
		{"Putin's spokesman Dmitry Peskov told reporters. Putin's spokesman said no.", "Putin's spokesman", "Dmitry Peskov"},
		{"Maria Lopez, a spokeswoman for the ministry, spoke first. The spokeswoman said no.", "The spokeswoman", "Maria Lopez"},
		{"Russian President Vladimir Putin arrived. The Russian president said no.", "The Russian president", "Vladimir Putin"},
		// two people with the role: ambiguous
		{"Spokesman John Smith and spokesman Ann Lee spoke. The spokesman said no.", "The spokesman", ""},
		// the modifier must agree
		{"Kremlin spokesman Dmitry Peskov told reporters. The White House spokesman said no.", "The White House spokesman", ""},
		// a role introduced only after the speaker does not count
		{"The spokesman said no. Later, Kremlin spokesman Dmitry Peskov left.", "The spokesman", ""},
		// pronouns and names are no roles
		{"Kremlin spokesman Dmitry Peskov told reporters. He said no.", "He", ""},
		// the role words belong to the clause: "told reporters that"
		{"Officials told reporters that Dmitry Peskov left. The reporters said no.", "The reporters", ""},
	} {
		s := newStage(t, ner, nil)
		ents := s.Annotate(tc.text, nil)
		i := strings.LastIndex(tc.text, tc.speaker)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.speaker, tc.text)
		}
		st := utf8.RuneCountInString(tc.text[:i])
		sp := &schemas.Speaker{Start: st, End: st + utf8.RuneCountInString(tc.speaker), Text: tc.speaker, Name: tc.speaker}
		q := []schemas.Quote{{Text: "no", Kind: "indirect", Speaker: sp}}
		LinkSpeakers(tc.text, ents, q)
		got := ""
		if sp.Ref != nil {
			got = sp.Name
		}
		if got != tc.want {
			t.Errorf("%q, speaker %q: got %q, want %q", tc.text, tc.speaker, got, tc.want)
		}
	}
}
