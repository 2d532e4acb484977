package segment

import (
	"reflect"
	"testing"
)

type splitCase struct {
	name string
	text string
	want []string
}

func runCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentenceStrings(t, c.text)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Split(%q)\n got %s\nwant %s", c.text, quoteAll(got), quoteAll(c.want))
			}
		})
	}
}

func TestBasicTerminators(t *testing.T) {
	runCases(t, []splitCase{
		{"period", "The river rose. Farmers fled.", []string{"The river rose.", "Farmers fled."}},
		{"question", "Who pays? Taxpayers do.", []string{"Who pays?", "Taxpayers do."}},
		{"exclamation", "Stop the count! Nobody listened.", []string{"Stop the count!", "Nobody listened."}},
		{"double marks", "Really?! Yes, really!! Fine.", []string{"Really?!", "Yes, really!!", "Fine."}},
		{"no final period", "The river rose. Farmers fled", []string{"The river rose.", "Farmers fled"}},
		{"glued sentences", "The vote ended.Nobody won.It cost 2,000.Then it rained.",
			[]string{"The vote ended.", "Nobody won.", "It cost 2,000.", "Then it rained."}},
		{"lower case goes on", "What now? the crowd asked.", []string{"What now? the crowd asked."}},
		{"leading space", "  \t The river rose.  ", []string{"The river rose."}},
	})
}

func TestTitlesAndNames(t *testing.T) {
	runCases(t, []splitCase{
		{"governor", "Gov. Jay Inslee signed the bill. He left.", []string{"Gov. Jay Inslee signed the bill.", "He left."}},
		{"rank pair", "Lt. Col. Ann Reyes led the unit. Sen. Tom Cole agreed.",
			[]string{"Lt. Col. Ann Reyes led the unit.", "Sen. Tom Cole agreed."}},
		{"hyphenated rank", "Lt.-Gen. Ray Odom arrived late.", []string{"Lt.-Gen. Ray Odom arrived late."}},
		{"doctor and mister", "Dr. Lee met Mr. and Mrs. Park.", []string{"Dr. Lee met Mr. and Mrs. Park."}},
		{"reverend", "The Rev. Al Green preached. Crowds came.", []string{"The Rev. Al Green preached.", "Crowds came."}},
		{"street ends", "She lives on Elm St. The house is blue.", []string{"She lives on Elm St.", "The house is blue."}},
		{"street goes on", "The shop on Main St. opened.", []string{"The shop on Main St. opened."}},
		{"doctor after a title", "Health Minister Dr. Jane Hill spoke.", []string{"Health Minister Dr. Jane Hill spoke."}},
		{"saint and mount", "St. Louis is far from Mt. Hood.", []string{"St. Louis is far from Mt. Hood."}},
		{"middle initial", "George W. Bush spoke with Mary K. Ortiz.", []string{"George W. Bush spoke with Mary K. Ortiz."}},
		{"initial paragraph start", "James P. Kennedy filed the case.", []string{"James P. Kennedy filed the case."}},
		{"dotted initials", "J.R.R. Tolkien wrote it. Fans agree.", []string{"J.R.R. Tolkien wrote it.", "Fans agree."}},
		{"two initials", "A. A. Milne wrote that book.", []string{"A. A. Milne wrote that book."}},
		{"pronoun I at end", "They trusted you and I. Did it matter?", []string{"They trusted you and I.", "Did it matter?"}},
		{"junior ends", "The prize honors Robert Smith Jr. He died in 2001.",
			[]string{"The prize honors Robert Smith Jr.", "He died in 2001."}},
		{"junior in a longer name", "They visited the Martin Luther King Jr. Center in Atlanta.",
			[]string{"They visited the Martin Luther King Jr. Center in Atlanta."}},
		{"junior possessive", "That was Hank Jr.'s guitar.", []string{"That was Hank Jr.'s guitar."}},
		{"junior before dash", "The rapper, Ken Moss Jr. - a native of Ohio - was held.",
			[]string{"The rapper, Ken Moss Jr. - a native of Ohio - was held."}},
		{"versus", "It was Ohio vs. Michigan again.", []string{"It was Ohio vs. Michigan again."}},
		{"e.g.", "Some states, e.g. Texas, refused.", []string{"Some states, e.g. Texas, refused."}},
	})
}

func TestCountriesAndInitialisms(t *testing.T) {
	runCases(t, []splitCase{
		{"U.S. before an institution", "The U.S. Senate voted on Monday.", []string{"The U.S. Senate voted on Monday."}},
		{"U.S. before lower case", "He has lived in the U.S. for a decade.", []string{"He has lived in the U.S. for a decade."}},
		{"U.S. ends before The", "Sales fell in the U.S. The next day, stocks slid.",
			[]string{"Sales fell in the U.S.", "The next day, stocks slid."}},
		{"U.S. ends before In", "He moved to the U.S. In 2015 he opened a shop.",
			[]string{"He moved to the U.S.", "In 2015 he opened a shop."}},
		{"U.S. ends before a pronoun", "She flew back to the U.S. She was tired.",
			[]string{"She flew back to the U.S.", "She was tired."}},
		{"U.S. ends before a quote", `He praised the U.S. "We owe them," he said.`,
			[]string{"He praised the U.S.", `"We owe them," he said.`}},
		{"U.S. before a rank", "She met U.S. Under Secretary Tom Shan and U.S. Gen. Al Ray.",
			[]string{"She met U.S. Under Secretary Tom Shan and U.S. Gen. Al Ray."}},
		{"U.S. before mister", "Sales rose in the U.S. Mr. Lee was pleased.",
			[]string{"Sales rose in the U.S.", "Mr. Lee was pleased."}},
		{"U.N. inside a closing quote", `He called it "a shame for the U.N." Mr. Cole disagreed.`,
			[]string{`He called it "a shame for the U.N."`, "Mr. Cole disagreed."}},
		{"nickname after an initial", `Gen. John J. "Jack" Keane spoke.`, []string{`Gen. John J. "Jack" Keane spoke.`}},
		{"U.S. hyphenated", "U.S.-Russia ties soured. Talks stalled.", []string{"U.S.-Russia ties soured.", "Talks stalled."}},
		{"U.N. and E.U.", "The U.N. Security Council met. The E.U. Commission did not.",
			[]string{"The U.N. Security Council met.", "The E.U. Commission did not."}},
		{"U.K. at the end", "The band toured the U.K.", []string{"The band toured the U.K."}},
		{"U.S. before a number", "He drove down U.S. 101 to the coast.", []string{"He drove down U.S. 101 to the coast."}},
		{"D.C. ends", "The march reached Washington, D.C. It was peaceful.",
			[]string{"The march reached Washington, D.C.", "It was peaceful."}},
		{"state", "She grew up in Springfield, Ill. The town is small.",
			[]string{"She grew up in Springfield, Ill.", "The town is small."}},
		{"state mid sentence", "A Springfield, Ill., man was hurt.", []string{"A Springfield, Ill., man was hurt."}},
		{"lower-case ill is a word", "He was ill. Doctors came.", []string{"He was ill.", "Doctors came."}},
		{"a capitalised And joins two names", "Rules now match those of the U.S. And Japan, officials said.",
			[]string{"Rules now match those of the U.S. And Japan, officials said."}},
		{"a capitalised Or joins two names", "Troops from the U.K. Or France may go.",
			[]string{"Troops from the U.K. Or France may go."}},
		{"a sentence opening with And", "Prices rose in the U.S. And that hurt buyers.",
			[]string{"Prices rose in the U.S.", "And that hurt buyers."}},
		{"And before an article opens a sentence", "Talks ended in the U.S. And The deal collapsed.",
			[]string{"Talks ended in the U.S.", "And The deal collapsed."}},
	})
}

func TestDatesNumbersAndTimes(t *testing.T) {
	runCases(t, []splitCase{
		{"month and day", "The call took place Jan. 28 in Washington. It was brief.",
			[]string{"The call took place Jan. 28 in Washington.", "It was brief."}},
		{"sept", "The attacks of Sept. 11, 2001 changed that. Few forget.",
			[]string{"The attacks of Sept. 11, 2001 changed that.", "Few forget."}},
		{"month ends", "The talks ended in Sept. The next round is due.",
			[]string{"The talks ended in Sept.", "The next round is due."}},
		{"money and decimals", "The deal is worth $1.5 billion, or 3.14 times more. It closes soon.",
			[]string{"The deal is worth $1.5 billion, or 3.14 times more.", "It closes soon."}},
		{"amount ends", "She paid $100.00. It was too much.", []string{"She paid $100.00.", "It was too much."}},
		{"year ends", "The law passed in 2015. 2016 was worse.", []string{"The law passed in 2015.", "2016 was worse."}},
		{"number sign", "He wore No. 10 for years. Fans loved him.", []string{"He wore No. 10 for years.", "Fans loved him."}},
		{"no as a word", "She said no. Then she left.", []string{"She said no.", "Then she left."}},
		{"page", "See p. 55 for details.", []string{"See p. 55 for details."}},
		{"p.m. before a weekday", "Polls close at 8 p.m. Tuesday in most states.",
			[]string{"Polls close at 8 p.m. Tuesday in most states."}},
		{"p.m. before a zone", "It starts at 9 p.m. EDT on Friday.", []string{"It starts at 9 p.m. EDT on Friday."}},
		{"p.m. before a named zone", "Polls close at 7 p.m. Eastern time.", []string{"Polls close at 7 p.m. Eastern time."}},
		{"p.m. ends", "The market closed at 4 p.m. Traders went home.",
			[]string{"The market closed at 4 p.m.", "Traders went home."}},
		{"a.m. opening phrase", "At 5 a.m. Police sealed the road.", []string{"At 5 a.m. Police sealed the road."}},
		{"a.m. lower case", "He woke at 5 a.m. and left.", []string{"He woke at 5 a.m. and left."}},
		{"version numbers", "Version 2.0.1 shipped. It works.", []string{"Version 2.0.1 shipped.", "It works."}},
	})
}

func TestCompanies(t *testing.T) {
	runCases(t, []splitCase{
		{"inc mid", "Acme Inc. said profits rose.", []string{"Acme Inc. said profits rose."}},
		{"inc ends", "She joined Initech Inc. The firm makes software.",
			[]string{"She joined Initech Inc.", "The firm makes software."}},
		{"co lower case", "They sued Dunn & Co. last year.", []string{"They sued Dunn & Co. last year."}},
		{"corp ends before a name", "Shares of Globex Corp. rose. Hooli Ltd. fell.",
			[]string{"Shares of Globex Corp. rose.", "Hooli Ltd. fell."}},
		{"role after company", "Globex Corp. Chief Executive Jane Roe resigned.",
			[]string{"Globex Corp. Chief Executive Jane Roe resigned."}},
		{"ticker after company", "Acme Inc. (NYSE: ACM) said sales rose.", []string{"Acme Inc. (NYSE: ACM) said sales rose."}},
		{"street quadrant", "They marched down Pennsylvania Ave. NW to the Capitol.",
			[]string{"They marched down Pennsylvania Ave. NW to the Capitol."}},
		{"etc ends", "They sell pens, paper, etc. The shop opens at nine.",
			[]string{"They sell pens, paper, etc.", "The shop opens at nine."}},
		{"exclamation name", "She works at Yahoo! in Sunnyvale.", []string{"She works at Yahoo! in Sunnyvale."}},
	})
}

func TestQuotations(t *testing.T) {
	runCases(t, []splitCase{
		{"period inside quote ends", `He called it "wholly appropriate." Critics disagreed.`,
			[]string{`He called it "wholly appropriate."`, "Critics disagreed."}},
		{"curly period inside quote ends", "He called it \u201cwholly appropriate.\u201d Critics disagreed.",
			[]string{"He called it \u201cwholly appropriate.\u201d", "Critics disagreed."}},
		{"comma then attribution", `"We will meet," Peskov said. Talks follow.`,
			[]string{`"We will meet," Peskov said.`, "Talks follow."}},
		{"question then pronoun", `"Will we meet?" he asked. Nobody knew.`,
			[]string{`"Will we meet?" he asked.`, "Nobody knew."}},
		{"question then name and verb", `"Will we meet?" Peskov asked reporters. Nobody knew.`,
			[]string{`"Will we meet?" Peskov asked reporters.`, "Nobody knew."}},
		{"exclamation then title and name", "\u201cNever!\u201d Sen. Amy Cole shouted. The room fell silent.",
			[]string{"\u201cNever!\u201d Sen. Amy Cole shouted.", "The room fell silent."}},
		{"question then possessive speaker", `"Why not?" Trump's spokesman said. He left.`,
			[]string{`"Why not?" Trump's spokesman said.`, "He left."}},
		{"question then new sentence", `"Why not?" The answer came fast.`,
			[]string{`"Why not?"`, "The answer came fast."}},
		{"exclamation then new sentence", `"Never!" The crowd roared back.`, []string{`"Never!"`, "The crowd roared back."}},
		{"period inside quote then lower case", `She said, "This is great." she smiled.`,
			[]string{`She said, "This is great." she smiled.`}},
		{"two sentences inside a quote", `She said: "It's over. We lost." Then she left.`,
			[]string{`She said: "It's over.`, `We lost."`, "Then she left."}},
		{"single quotes nested", `"Tell him, 'We are not happy,'" said Pifer. He left.`,
			[]string{`"Tell him, 'We are not happy,'" said Pifer.`, "He left."}},
		{"quote opens next sentence", `Peskov smiled. "The protocol side is secondary."`,
			[]string{"Peskov smiled.", `"The protocol side is secondary."`}},
	})
}

func TestEllipsesAndBrackets(t *testing.T) {
	runCases(t, []splitCase{
		{"ellipsis char ends", "He paused\u2026 Then he spoke.", []string{"He paused\u2026", "Then he spoke."}},
		{"ellipsis goes on", "It was, well\u2026 complicated.", []string{"It was, well\u2026 complicated."}},
		{"three dots before I", "I thought . . . I don't know.", []string{"I thought . . . I don't know."}},
		{"four dots end", "The list goes on.... Next item.", []string{"The list goes on....", "Next item."}},
		{"ellipsis in a quote then speaker", "\u201cWe\u2019ll see\u2026\u201d Trump said. Aides agreed.",
			[]string{"\u201cWe\u2019ll see\u2026\u201d Trump said.", "Aides agreed."}},
		{"glued dots", "She waited...and waited.", []string{"She waited...and waited."}},
		{"bracketed omission", `"The plan [...] failed" (Lee 4).`, []string{`"The plan [...] failed" (Lee 4).`}},
		{"parenthesis inside", "The senator (he was new.) spoke at length.", []string{"The senator (he was new.) spoke at length."}},
		{"parenthetical sentence", "The senator spoke. (He later left.) The vote followed.",
			[]string{"The senator spoke.", "(He later left.)", "The vote followed."}},
	})
}

func TestWebAndMail(t *testing.T) {
	runCases(t, []splitCase{
		{"url ends sentence", "Read more at https://example.org/news/a.b.html. Then call us.",
			[]string{"Read more at https://example.org/news/a.b.html.", "Then call us."}},
		{"bare domain", "Visit example.com today.", []string{"Visit example.com today."}},
		{"mail", "Write to Jane.Roe@example.com. She answers.", []string{"Write to Jane.Roe@example.com.", "She answers."}},
		{"file name", "The file index.html is missing.", []string{"The file index.html is missing."}},
	})
}

func TestListsAndDatelines(t *testing.T) {
	runCases(t, []splitCase{
		{"numbered no periods", "1. Buy bread 2. Sell eggs 3. Go home", []string{"1. Buy bread", "2. Sell eggs", "3. Go home"}},
		{"numbered with periods", "1) Buy bread. 2) Sell eggs.", []string{"1) Buy bread.", "2) Sell eggs."}},
		{"lettered", "a. Red team b. Blue team", []string{"a. Red team", "b. Blue team"}},
		{"bullets", "\u2022 One point \u2022 Another point", []string{"\u2022 One point", "\u2022 Another point"}},
		{"single item", "1. Introduction", []string{"1. Introduction"}},
		{"dateline", "MOSCOW (AP) \u2014 Russia said Monday it would respond. The Kremlin declined to comment.",
			[]string{"MOSCOW (AP) \u2014 Russia said Monday it would respond.", "The Kremlin declined to comment."}},
		{"dateline with state", "SPRINGFIELD, Ill. (AP) \u2014 A storm hit. Roads closed.",
			[]string{"SPRINGFIELD, Ill. (AP) \u2014 A storm hit.", "Roads closed."}},
	})
}

func TestParagraphs(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		paras []string
		sents []string
	}{
		{"blank lines", "Putin Says Talks Possible\n\nMOSCOW (AP) \u2014 Talks may happen. Or not.\n\n\nEnd.",
			[]string{"Putin Says Talks Possible", "MOSCOW (AP) \u2014 Talks may happen. Or not.", "End."},
			[]string{"Putin Says Talks Possible", "MOSCOW (AP) \u2014 Talks may happen.", "Or not.", "End."}},
		{"soft wrap inside a block", "This sentence is\nwrapped here.\n\nNext one.",
			[]string{"This sentence is\nwrapped here.", "Next one."},
			[]string{"This sentence is\nwrapped here.", "Next one."}},
		{"lines without blank lines", "features\ncontact manager\nevents, activities\n",
			[]string{"features", "contact manager", "events, activities"},
			[]string{"features", "contact manager", "events, activities"}},
		{"heading inside a block", "Potential risks\nThere are big risks. Few deny it.\n\nNext.",
			[]string{"Potential risks\nThere are big risks. Few deny it.", "Next."},
			[]string{"Potential risks", "There are big risks.", "Few deny it.", "Next."}},
		{"hard-wrapped text", "The storm knocked out power to thousands of\nhomes along the coast on Tuesday, officials\nsaid. Crews from three states worked to restore\nservice before the heat returned.\n  A second storm is due on Friday.",
			[]string{"The storm knocked out power to thousands of\nhomes along the coast on Tuesday, officials\nsaid. Crews from three states worked to restore\nservice before the heat returned.", "A second storm is due on Friday."},
			[]string{"The storm knocked out power to thousands of\nhomes along the coast on Tuesday, officials\nsaid.", "Crews from three states worked to restore\nservice before the heat returned.", "A second storm is due on Friday."}},
		{"one paragraph per line", "Storm Hits Coast\nThe storm knocked out power to thousands of homes on Tuesday.\nCrews worked all night.",
			[]string{"Storm Hits Coast", "The storm knocked out power to thousands of homes on Tuesday.", "Crews worked all night."},
			[]string{"Storm Hits Coast", "The storm knocked out power to thousands of homes on Tuesday.", "Crews worked all night."}},
		{"whitespace-only blank line", "One.\n \t\nTwo.", []string{"One.", "Two."}, []string{"One.", "Two."}},
		{"crlf", "One.\r\n\r\nTwo.", []string{"One.", "Two."}, []string{"One.", "Two."}},
		{"empty", "", []string{}, []string{}},
		{"spaces only", " \n\n \t", []string{}, []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paras, sents := Split(c.text)
			if err := checkSpans(c.text, paras, sents); err != nil {
				t.Fatal(err)
			}
			if got := spanStrings(c.text, paras); !reflect.DeepEqual(got, c.paras) {
				t.Errorf("paragraphs\n got %s\nwant %s", quoteAll(got), quoteAll(c.paras))
			}
			if got := spanStrings(c.text, sents); !reflect.DeepEqual(got, c.sents) {
				t.Errorf("sentences\n got %s\nwant %s", quoteAll(got), quoteAll(c.sents))
			}
		})
	}
}

func TestCodePointOffsets(t *testing.T) {
	text := "Caf\u00e9 owners met in Z\u00fcrich. \u00dcnal spoke \u2014 briefly.\n\n\u201cYes.\u201d"
	paras, sents := Split(text)
	want := [][2]int{{0, 26}, {27, 48}, {50, 56}}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences %v, want %d", len(sents), sents, len(want))
	}
	for i, w := range want {
		if sents[i].Start != w[0] || sents[i].End != w[1] {
			t.Errorf("sentence %d = %v, want %v", i, sents[i], w)
		}
	}
	if len(paras) != 2 || paras[1].Start != 50 || paras[1].End != 56 {
		t.Errorf("paragraphs = %v", paras)
	}
	// Byte offsets from SplitBytes index the same text.
	bp, bs := SplitBytes(text)
	if text[bs[1].Start:bs[1].End] != "\u00dcnal spoke \u2014 briefly." || text[bp[1].Start:bp[1].End] != "\u201cYes.\u201d" {
		t.Errorf("SplitBytes spans wrong: %v %v", bp, bs)
	}
}
