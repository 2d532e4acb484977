package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

const (
	D = schemas.KindDirect
	M = schemas.KindMixed
	I = schemas.KindIndirect
)

// Each case is a short wire-style passage and every quotation a careful
// reader finds in it.
var cases = []struct {
	name  string
	text  string
	wants []want
}{
	{"attribution after, surname to full name",
		"Oleg Kalugin, a former KGB general, has long warned about Putin.\n\n\"Putin knows how to redirect a conversation in his favor,\" Kalugin said.",
		[]want{{"Putin knows how to redirect a conversation in his favor,", D, "Oleg Kalugin"}}},
	{"attribution before, inverted, then a second quote",
		"\"Trump has to be firm,\" said Steven Pifer, a former U.S. ambassador to Ukraine. \"If you don't say that, you are going to get hammered.\"",
		[]want{{"Trump has to be firm,", D, "Steven Pifer"}, {"If you don't say that, you are going to get hammered.", D, "Steven Pifer"}}},
	{"attribution in the middle, pronoun",
		"Nina Khrushcheva, a professor at the New School, said Trump is in an \"impossible position.\"\n\n\"He can't be too nice to Putin,\" she said. \"He can't be too mean either.\"",
		[]want{{"impossible position.", M, "Nina Khrushcheva"}, {"He can't be too nice to Putin,", D, "Nina Khrushcheva"}, {"He can't be too mean either.", D, "Nina Khrushcheva"}}},
	{"curly marks, colon introduction",
		"In an interview with public broadcaster ZDF, Chancellor Friedrich Merz said: “We can no longer assume that the Americans will always be there for us.”",
		[]want{{"We can no longer assume that the Americans will always be there for us.", D, "Friedrich Merz"}}},
	{"nested single quotes",
		"Trump has to directly \"say to Putin, 'We're not happy about you interfering in our election,'\" said Steven Pifer.",
		[]want{{"say to Putin, 'We're not happy about you interfering in our election,'", M, "Steven Pifer"}}},
	{"curly nested single quotes",
		"“She told me, ‘Don’t come back,’ and I didn’t,” said Maria Lopez, 41.",
		[]want{{"She told me, ‘Don’t come back,’ and I didn’t,", D, "Maria Lopez"}}},
	{"quote over two paragraphs",
		"Mayor Eric Adams said the city would appeal. \"We respect the court, but we disagree,\" Adams said. \"Our streets must be safe.\n\n\"We will keep working to bring people inside.\"\n\nThe ruling follows a similar case.",
		[]want{{"the city would appeal", I, "Eric Adams"}, {"We respect the court, but we disagree,", D, "Eric Adams"}, {"Our streets must be safe.", D, "Eric Adams"}, {"We will keep working to bring people inside.", D, "Eric Adams"}}},
	{"quote over two paragraphs attributed at its end",
		"\"The first thing you notice is the silence.\n\n\"Then the smell,\" said Tom Hardy, a farmer near the river.",
		[]want{{"The first thing you notice is the silence.", D, "Tom Hardy"}, {"Then the smell,", D, "Tom Hardy"}}},
	{"continuation paragraph without a cue",
		"\"We will rebuild,\" said John Carter, a local pastor.\n\n\"This town has been through worse, and it will come back.\"",
		[]want{{"We will rebuild,", D, "John Carter"}, {"This town has been through worse, and it will come back.", D, "John Carter"}}},
	{"mixed quote after told reporters that",
		"Asked about the report, Putin's spokesman Dmitry Peskov told reporters in Moscow on Monday that \"the protocol side of it is secondary.\"",
		[]want{{"the protocol side of it is secondary.", M, "Dmitry Peskov"}}},
	{"mixed quote, organisation speaks",
		"Trump revealed classified information, according to a senior official. The White House defended the disclosures as \"wholly appropriate.\"",
		[]want{{"Trump revealed classified information", I, "senior official"}, {"wholly appropriate.", M, "White House"}}},
	{"parenthetical attribution with a mixed quote",
		"Dmitry Peskov spoke on Monday. The two leaders will be at the same event, Peskov said, so \"in any case there will be a chance to meet.\"",
		[]want{{"The two leaders will be at the same event", I, "Dmitry Peskov"}, {"in any case there will be a chance to meet.", M, "Dmitry Peskov"}}},
	{"indirect: said that, added that, according to",
		"Kremlin spokesman Dmitry Peskov said on Monday that no date had been set. Peskov added, however, that contacts were continuing. The summit could take place in July, according to two diplomats.",
		[]want{{"no date had been set", I, "Dmitry Peskov"}, {"contacts were continuing", I, "Dmitry Peskov"}, {"The summit could take place in July", I, "two diplomats"}}},
	{"indirect: according to first, said without that, warned",
		"According to the Ukrainian air force, Russia launched 112 drones overnight. Regional Gov. Oleh Kiper said two workers were injured. Officials warned that more strikes were likely.",
		[]want{{"Russia launched 112 drones overnight", I, "Ukrainian air force"}, {"two workers were injured", I, "Oleh Kiper"}, {"more strikes were likely", I, "Officials"}}},
	{"indirect: attribution at the end with a time",
		"Britain will not back down in its dispute over fishing rights, Prime Minister Keir Starmer said on Wednesday.",
		[]want{{"Britain will not back down in its dispute over fishing rights", I, "Keir Starmer"}}},
	{"scare quotes and terms are not quotes",
		"Some advisers have recommended that the president instead do either a quick, informal \"pull-aside\" on the sidelines, or that the delegations hold \"strategic stability talks,\" which typically don't involve the presidents.",
		nil},
	{"scare quote does not take a nearby speaker",
		"\"We are ready,\" said Jane Smith, the minister.\n\nThe so-called \"energy truce\" was never agreed. The \"peace dividend\" never arrived.",
		[]want{{"We are ready,", D, "Jane Smith"}}},
	{"titles of works are not quotes",
		"Smith, who starred in \"Past Lives\" and \"The Brutalist,\" said the award was a surprise.",
		[]want{{"the award was a surprise", I, "Smith"}}},
	{"title and role before the name",
		"\"These are dangerous fantasies,\" said Foreign Ministry spokeswoman Maria Zakharova. \"Finally,\" Polish Foreign Minister Radoslaw Sikorski wrote on X.",
		[]want{{"These are dangerous fantasies,", D, "Maria Zakharova"}, {"Finally,", D, "Radoslaw Sikorski"}}},
	{"pronoun resolves to the compatible person",
		"Sen. Elizabeth Warren and Treasury Secretary Scott Bessent clashed on Tuesday.\n\n\"This is a giveaway to the biggest corporations,\" she said.\n\nBessent rejected the charge. \"The senator is simply wrong,\" he said.",
		[]want{{"This is a giveaway to the biggest corporations,", D, "Elizabeth Warren"}, {"The senator is simply wrong,", D, "Scott Bessent"}}},
	{"organisation and it",
		"The company, Rheinmetall, said it expected orders to double. It said in a statement that it would build two new plants.",
		[]want{{"it expected orders to double", I, "Rheinmetall"}, {"it would build two new plants", I, "Rheinmetall"}}},
	{"question with asked, speaker after a role",
		"\"Why now?\" asked Iryna Koval, a teacher. \"Nobody told us anything,\" a city spokesman, Ivan Petrenko, told reporters.",
		[]want{{"Why now?", D, "Iryna Koval"}, {"Nobody told us anything,", D, "Ivan Petrenko"}}},
	{"quote first, then several quotes in a paragraph",
		"\"It was terrifying.\" \"We heard explosions for three hours,\" said Iryna Koval, 54. \"My children were screaming.\"",
		[]want{{"It was terrifying.", D, "Iryna Koval"}, {"We heard explosions for three hours,", D, "Iryna Koval"}, {"My children were screaming.", D, "Iryna Koval"}}},
	{"relative clause between speaker and verb",
		"A former administration official who spoke anonymously to discuss classified information said that frustration is growing among advisers.",
		[]want{{"frustration is growing among advisers", I, "former administration official"}}},
	{"negated verb is not speech",
		"Peskov did not say when the meeting would take place.",
		nil},
	{"unbalanced mark does not swallow the next paragraph",
		"\"We are ready to talk, said Ahmed Ali.\n\nThe talks begin on Monday, officials said.",
		[]want{{"We are ready to talk, said Ahmed Ali.", D, ""}, {"The talks begin on Monday", I, "officials"}}},
	{"British single marks",
		"Health Secretary Wes Streeting said the NHS was ‘broken but not beaten’.\n\n‘We will fix it,’ he told the BBC. ‘The nurses’ union knows that.’\n\nThe Royal College of Nursing said its members’ patience was running out.",
		[]want{{"broken but not beaten", M, "Wes Streeting"}, {"We will fix it,", D, "Wes Streeting"}, {"The nurses’ union knows that.", D, "Wes Streeting"},
			{"its members’ patience was running out", I, "Royal College of Nursing"}}},
	{"straight single marks",
		"'It was chaos,' said Tom Price, 34. 'Nobody knew where to go.'",
		[]want{{"It was chaos,", D, "Tom Price"}, {"Nobody knew where to go.", D, "Tom Price"}}},
	{"doubled single marks stand for double ones",
		"‘‘It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.",
		[]want{{"It was an attempt to mislead voters,", D, "Will Moy"}}},
	{"a spokeswoman, then she",
		"A Southern Co spokeswoman said the audit was flawed. She said the report was released yesterday by the state.",
		[]want{{"the audit was flawed", I, "Southern Co spokeswoman"}, {"the report was released yesterday by the state", I, "Southern Co spokeswoman"}}},
	{"told a listener, then a clause",
		"Peskov told reporters the talks were over. Smith told a press conference after the vote that he would resign.",
		[]want{{"the talks were over", I, "Peskov"}, {"he would resign", I, "Smith"}}},
	{"quote after a paragraph about a new person",
		"\"The council will vote next week,\" said Mayor Tom Reed.\n\nMaria Lopez runs a bakery on Main Street. Her sales fell 40% last year.\n\n\"It has been the hardest year of my life.\"",
		[]want{{"The council will vote next week,", D, "Tom Reed"}, {"It has been the hardest year of my life.", D, "Maria Lopez"}}},
	{"a show's title after the attribution",
		"\"We will not shut down the government,\" Sen. John Thune told CNN's \"State of the Union.\"",
		[]want{{"We will not shut down the government,", D, "John Thune"}}},
	{"comma outside the marks, dash before the speaker",
		"\"We are done here\", the coach said. \"It was a long season\" — Rita Moreno said later.",
		[]want{{"We are done here", D, "coach"}, {"It was a long season", D, "Rita Moreno"}}},
	{"verbs inside names are not cues",
		"The State Department said the embassy would stay open. The Washington Post reported that talks had stalled.",
		[]want{{"the embassy would stay open", I, "State Department"}, {"talks had stalled", I, "Washington Post"}}},
	{"a shorter name chosen before a longer weak one",
		"Getafe coach José Bordalás praised his players. Bordalás said they had followed the plan.\n\nReal Madrid coach Carlo Ancelotti agreed. Madrid lost.",
		[]want{{"they had followed the plan", I, "José Bordalás"}}},
	{"empty text", "", nil},
}

func TestExtract(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, run(t, c.text), c.wants)
		})
	}
}

func TestExtractNonNil(t *testing.T) {
	if q := Extract("No quotes here.", nil, nil); q == nil {
		t.Fatal("Extract returned nil, want an empty slice")
	}
}
