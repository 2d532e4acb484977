package quotes

import "testing"

// "the company", "the group" after a name the stage could not type: a
// name of two words or more with no evidence of a person, that spoke
// lately, is the body the description points back to; one that "she"
// spoke for is a person and is not.
func TestBodyDescription(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"a company's name read as a person's for want of evidence",
			"Petroleos del Sur said the project would begin Wednesday. The Venezuelan company says it expects to find light crude.",
			[]want{{"the project would begin Wednesday", I, "Petroleos del Sur"}, {"it expects to find light crude", I, "Petroleos del Sur"}}},
		{"a plural of people that opens a sentence is no organisation",
			"Officials said the chickens had bird flu. Petroleos del Sur said in a statement that the project would begin Wednesday. The company says it expects to find oil.",
			[]want{{"the chickens had bird flu", I, "Officials"}, {"the project would begin Wednesday", I, "Petroleos del Sur"},
				{"it expects to find oil", I, "Petroleos del Sur"}}},
		{"a name that 'she' spoke for is a person, not the company",
			"Maria Lopez said the project would begin Wednesday. She said it was late. The company says it expects to find light crude.",
			[]want{{"the project would begin Wednesday", I, "Maria Lopez"}, {"it was late", I, "Maria Lopez"}, {"it expects to find light crude", I, "company"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}

// A role described again: "the spokeswoman" repeats the fuller role that
// spoke before; a lead's role after an opening word ("Meanwhile, the
// chairman of …") is the person the next sentence names.
func TestRoleAgain(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"'the Northern spokeswoman' is the 'Northern Co spokeswoman' who spoke before",
			"A Northern Co spokeswoman said the costs should be cut. The Northern spokeswoman said the company feels the report is flawed.",
			[]want{{"the costs should be cut", I, "Northern Co spokeswoman"}, {"the company feels the report is flawed", I, "Northern Co spokeswoman"}}},
		{"an opening word before a lead's role: the next sentence names the person",
			"Meanwhile, the chairman of the national election board says ballot boxes from ten districts were being checked. Peter Holm said the cases of fraud were rare.",
			[]want{{"ballot boxes from ten districts were being checked", I, "Peter Holm"}, {"the cases of fraud were rare", I, "Peter Holm"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}

// A document with no owner in its own phrase ("The same report", "A
// report posted on a web site") speaks for the body heard in the sentence
// before; never for a person.
func TestDocumentVoice(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"'the same report' is the report of the body just heard",
			"A report from a business group, the National Builders Council, says home sales fell in March. The same report says the median price fell eight percent.",
			[]want{{"home sales fell in March", I, "National Builders Council"}, {"the median price fell eight percent", I, "National Builders Council"}}},
		{"where a report was posted names no owner",
			"The Defense Ministry says 2,000 civilians have been hurt since January. A report posted on a ministry web site says most attacks targeted soldiers.",
			[]want{{"2,000 civilians have been hurt since January", I, "Defense Ministry"}, {"most attacks targeted soldiers", I, "Defense Ministry"}}},
		{"a person heard before does not own the report",
			"Mr. Holm says 2,000 civilians have been hurt. A report posted on a ministry web site says most attacks targeted soldiers.",
			[]want{{"2,000 civilians have been hurt", I, "Holm"}, {"most attacks targeted soldiers", I, "report posted on a ministry web site"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, run(t, c.text), c.wants) })
	}
}

// "The newspaper says": the news outlet named lately, as a listener too
// ("told The New York Times"), before a body that spoke since.
func TestNewspaperDescription(t *testing.T) {
	text := "Officials told The Harbor Times the agency read private mail. The Liberation Front said it was not involved. The newspaper says the companies kept call records for years."
	check(t, text, run(t, text), []want{{"the agency read private mail", I, "Officials"}, {"it was not involved", I, "Liberation Front"},
		{"the companies kept call records for years", I, "Harbor Times"}})
}
