package entities

import (
	"bytes"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestKindWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"provinces", "province"}, {"Province", "province"}, {"counties", "county"}, {"cities", "city"},
		{"state", "state"}, {"States", "state"}, {"statement", ""}, {"the", ""}, {"Cordoba", ""},
	} {
		if got := kindWord(tc.in); got != tc.want {
			t.Errorf("kindWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"province of Argentina", "province"},
		{"city in Argentina, capital of its province", "city"},
		{"U.S. state", "state"},
		{"most populous city in the United States", "city"},
		{"American automobile manufacturer based in a city of Michigan", ""},
	} {
		if got := descKind(tc.in); got != tc.want {
			t.Errorf("descKind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A place kind written beside the name picks the candidate of that kind
// over a more popular one of another kind; with no kind word the prior
// decides.
func TestKindNearTheName(t *testing.T) {
	var b bytes.Buffer
	err := kb.Write(&b, []kb.Entity{
		{ID: "Q1", Label: "Rosales", Type: kb.LOC, Description: "city in Freedonia, capital of its province", Prior: kb.Popularity(1.4e6, "population")},
		{ID: "Q2", Label: "Rosales Province", Type: kb.LOC, Description: "province of Freedonia", Prior: kb.Popularity(0, "")},
		{ID: "Q3", Label: "Freedonia", Type: kb.LOC, Description: "country in South America", Prior: 0.8},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"Rosales": "LOC", "Freedonia": "LOC"}, kb.New(tb))
	for _, tc := range []struct{ text, want string }{
		{"Rain fell in the Freedonia grain provinces of Mendes, Rosales and Tibur.", "Q2"},
		{"Farmers in Rosales province of Freedonia expect a record crop.", "Q2"},
		{"The mayor of Rosales, the second city of Freedonia, resigned.", "Q1"},
		{"Freedonia's president flew to Rosales on Monday.", "Q1"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), "Rosales")); got != tc.want {
			t.Errorf("%q: Rosales -> %q, want %s", tc.text, got, tc.want)
		}
	}
}

func TestShortCapsAreAcronyms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"AA", true}, {"U.N.", true}, {"IBM", true}, {"NATO", false}, {"Aa", false}, {"A", false}, {"G-20", false}} {
		if got := isShortCaps(tc.in); got != tc.want {
			t.Errorf("isShortCaps(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	var b bytes.Buffer
	if err := kb.Write(&b, []kb.Entity{
		{ID: "Q1", Label: "Aa", Type: kb.LOC, Description: "river in Belgium", Prior: 0.6}, // a popular one: see TestSmallPlaces
		{ID: "Q2", Label: "IBM", Type: kb.ORG, Description: "American technology company", Prior: 0.8},
	}); err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"AA": "LOC", "IBM": "ORG", "Aa": "LOC"}, kb.New(tb))
	for _, tc := range []struct{ text, mention, want string }{
		{"IBM bonds are rated AA by the agency.", "AA", ""},
		{"IBM bonds are rated AA by the agency.", "IBM", "Q2"},
		{"Boats sailed on the Aa in spring.", "Aa", "Q1"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), tc.mention)); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}

// "City, State": the state written right after a town picks the town of
// that state over a more popular namesake; with no state the prior
// decides.
func TestTownFollowedByItsState(t *testing.T) {
	var b bytes.Buffer
	if err := kb.Write(&b, []kb.Entity{
		{ID: "Q10", Label: "Lindale", Type: kb.LOC, Description: "city in Ohio, United States", Prior: kb.Popularity(500000, "population")},
		{ID: "Q11", Label: "Lindale", Type: kb.LOC, Description: "town in Oregon, United States", Prior: kb.Popularity(4000, "population")},
		{ID: "Q12", Label: "Oregon", Type: kb.LOC, Aliases: []string{"Ore."}, Description: "state of the United States", Prior: 0.8},
	}); err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"Lindale": "LOC", "Ore.": "LOC", "Oregon": "LOC"}, kb.New(tb))
	for _, tc := range []struct{ text, want string }{
		{"The plant in Lindale, Ore., will close.", "Q11"},
		{"The plant in Lindale will close, the company said.", "Q10"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), "Lindale")); got != tc.want {
			t.Errorf("%q: Lindale -> %q, want %s", tc.text, got, tc.want)
		}
	}
}
