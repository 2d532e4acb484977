package entities

import (
	"strings"
	"testing"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// TestTrimTickers: the ticker after a company's legal form is cut off its
// name; capitals that are part of a name, or a legal form, are kept.
func TestTrimTickers(t *testing.T) {
	for _, tc := range []struct{ text, tagged, typ, want string }{
		{"Shares of Harlow Mills Inc HML rose.", "Harlow Mills Inc HML", "ORG", "Harlow Mills Inc"},
		{"A unit of Dravo Company DRV.N said so.", "Dravo Company DRV", "ORG", "Dravo Company"},
		{"Kessler Freight Co Ltd KFL.T said so.", "Kessler Freight Co Ltd KFL", "ORG", "Kessler Freight Co Ltd"},
		// a name run on after the ticker is cut with it
		{"Add-ons for the new Tolland Data Corp TDC TDC Model 4 computers.", "Tolland Data Corp TDC TDC Model", "ORG", "Tolland Data Corp"},
		// a legal form in capitals is part of the name
		{"Brandt Holdings Ltd PLC fell.", "Brandt Holdings Ltd PLC", "ORG", "Brandt Holdings Ltd PLC"},
		{"Vossberg Werke GmbH AG rose.", "Vossberg Werke GmbH AG", "ORG", "Vossberg Werke GmbH AG"},
		// no legal form before the capitals: they may be the name's own
		{"He joined Bank Leumi UK in May.", "Bank Leumi UK", "ORG", "Bank Leumi UK"},
		{"Nordic Telecom NTS fell.", "Nordic Telecom NTS", "ORG", "Nordic Telecom NTS"},
		// only companies are trimmed
		{"He met Paul Corp ABC.", "Paul Corp ABC", "PER", "Paul Corp ABC"},
	} {
		i := strings.Index(tc.text, tc.tagged)
		ms := trimTickers(tc.text, nil, []ner.Mention{{Start: i, End: i + len(tc.tagged), Type: tc.typ}})
		if got := tc.text[ms[0].Start:ms[0].End]; got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLegalFormSpellings: "Co" in the text and "Company" in the KB are
// one name, and link as the whole name does, with no popularity known.
func TestLegalFormSpellings(t *testing.T) {
	k := testKB(t, []kb.Entity{
		{ID: "Q1", Label: "Harwick Company", Type: kb.ORG, Description: "electric utility", Prior: 0.05},
	})
	s := newStage(t, fakeNER{"Harwick Co": "ORG", "Harwick Corp": "ORG"}, k)
	checkLinks(t, s, []linkCase{
		{"A Harwick Co spokeswoman declined to comment.", "Harwick Co", "Q1"},
		{"Shares of Harwick Corp rose.", "Harwick Corp", "Q1"},
	})
}
