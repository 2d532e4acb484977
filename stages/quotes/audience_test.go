package quotes

import "testing"

// "told" + the audience a speaker addressed + a place + the reported
// clause; sentences written for this test.
var audienceCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a gathering, then a place, then a bare clause",
		"Governor Ada Obi told a rally in Lagos she would build new roads. Finance Minister Paul Dube told a news conference in Harare the currency would be floated.",
		[]want{{"she would build new roads", I, "Ada Obi"}, {"the currency would be floated", I, "Paul Dube"}}},
	{"an audience with an 'of' phrase, with and without 'that'",
		"Senator Ruth Kane told a crowd of supporters the election was stolen. Mayor Tom Reyes told a meeting of party leaders on Monday that taxes would rise. Chief Ike Nwosu told a gathering of farmers the rains would come late.",
		[]want{{"the election was stolen", I, "Ruth Kane"}, {"taxes would rise", I, "Tom Reyes"}, {"the rains would come late", I, "Ike Nwosu"}}},
	{"modifiers before the audience; the gathering named with 'the'",
		"Coach Lena Holm told a packed rally the team would not move. Judge Omar Farah told the conference the court was overloaded. Minister Ana Ruiz told local reporters the border would reopen.",
		[]want{{"the team would not move", I, "Lena Holm"}, {"the court was overloaded", I, "Omar Farah"}, {"the border would reopen", I, "Ana Ruiz"}}},
	{"the last word of an 'of' phrase before an auxiliary is the clause's subject",
		"Minister Ana Ruiz told a meeting of officials prices would rise.",
		[]want{{"prices would rise", I, "Ana Ruiz"}}},
	{"'told' a thing, or an audience to do something, reports no clause",
		"Governor Ada Obi told a story about her father. She told a rally in Lagos to vote early.",
		nil},
}

func TestAudienceCases(t *testing.T) {
	for _, c := range audienceCases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}
