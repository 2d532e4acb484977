package clean

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func paragraphs(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n\n")
}

// The three shapes of input: a wire feed's clean text, scraped text with
// web boilerplate, and an HTML page, all of the same story.
func TestThreeShapes(t *testing.T) {
	story := []string{
		"A small harbour town voted on Monday night to rebuild the storm wall that failed during last month's record flood, approving the largest spending plan in its history.",
		"The council's vote came after three hours of debate in a packed school hall, where residents described water rising through their ground floors within minutes.",
		`"We cannot go through another winter like this one," the mayor told the meeting, to applause from the back of the room.`,
		"Engineers have said the new wall will be a metre higher than the old one and will take about eighteen months to build, weather permitting.",
		"Money and time",
		"The town will borrow most of the cost, and hopes to recover part of it from a national flood fund that opens to applications in the new year.",
	}
	caption := "Residents look at the damaged sea wall on Monday. (Town Photo/Jane Smith)"
	headline := "Harbour town votes to rebuild its storm wall after record flood"

	t.Run("scraped text", func(t *testing.T) {
		res, err := Clean(readFixture(t, "scraped.txt"), "text/plain", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := paragraphs(res.Text); strings.Join(got, "\n") != strings.Join(story, "\n") {
			t.Errorf("text:\n%s", res.Text)
		}
		if res.Title != headline {
			t.Errorf("title %q", res.Title)
		}
		if !contains(res.Captions, caption) {
			t.Errorf("captions %q lack the repeated caption", res.Captions)
		}
		if n := strings.Count(strings.Join(res.Captions, "\n"), caption); n != 1 {
			t.Errorf("caption listed %d times", n)
		}
	})
	t.Run("html", func(t *testing.T) {
		res, err := Clean(readFixture(t, "page.html"), "text/html; charset=utf-8", "")
		if err != nil {
			t.Fatal(err)
		}
		got := paragraphs(res.Text)
		for _, p := range story {
			if !contains(got, p) {
				t.Errorf("missing paragraph %q", p)
			}
		}
		for _, junk := range []string{headline, "Breaking news", "Home", "Subscribe", "Sign in", "By Jane Smith", caption,
			"Flood insurance premiums climb again across the coast", "© 2024 Harbour Daily. All rights reserved.",
			"Caption", "Photo: Jane Smith/Harbour Daily"} {
			if contains(got, junk) {
				t.Errorf("kept %q", junk)
			}
		}
		if !contains(res.Captions, caption) {
			t.Errorf("captions %q lack the figure caption", res.Captions)
		}
		if !strings.HasPrefix(res.Title, "Harbour town votes") {
			t.Errorf("title %q", res.Title)
		}
	})
	t.Run("clean wire text", func(t *testing.T) {
		wire := readFixture(t, "wire.txt")
		res, err := Clean(wire, "text/plain", "EU extends farm subsidies")
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSpace(wire); res.Text != want {
			t.Errorf("clean text changed:\n%s", res.Text)
		}
	})
}

// Cleaning what clean produced changes nothing.
func TestIdempotent(t *testing.T) {
	for _, name := range []string{"wire.txt", "scraped.txt", "page.html"} {
		t.Run(name, func(t *testing.T) {
			first, err := Clean(readFixture(t, name), "", "")
			if err != nil {
				t.Fatal(err)
			}
			second, err := Clean(first.Text, "text/plain", first.Title)
			if err != nil {
				t.Fatal(err)
			}
			if second.Text != first.Text {
				t.Errorf("second pass changed the text:\n--- first\n%s\n--- second\n%s", first.Text, second.Text)
			}
		})
	}
}

func TestNormalisation(t *testing.T) {
	in := "First paragraph of the story, which is long enough to read as running text here.\r\n\r\n" +
		"Second\u00a0 paragraph\twith   odd spacing, also long enough to count as a real paragraph.\r" +
		"\r\u201cQuoted\u201d words \u2014 and dashes \u2013 stay as they are in this final paragraph.\n"
	res, err := Clean(in, "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	want := "First paragraph of the story, which is long enough to read as running text here.\n\n" +
		"Second paragraph with odd spacing, also long enough to count as a real paragraph.\n\n" +
		"\u201cQuoted\u201d words \u2014 and dashes \u2013 stay as they are in this final paragraph."
	if res.Text != want {
		t.Errorf("got %q\nwant %q", res.Text, want)
	}
}

func TestHardWrappedText(t *testing.T) {
	in := "The regional council approved a plan on Thursday to close two\n" +
		"village schools and merge their pupils into a larger school in the\n" +
		"market town, despite protests from parents.\n\n" +
		"Parents had gathered outside the council building since early morning\n" +
		"holding banners and a petition signed by more than two thousand people\n" +
		"from the surrounding villages and farms.\n"
	res, err := Clean(in, "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := paragraphs(res.Text); len(got) != 2 || !strings.HasPrefix(got[1], "Parents had gathered outside the council building since early morning holding") {
		t.Errorf("got %q", got)
	}
}

// Each kind of boilerplate, placed around or inside a short story, is
// removed; the story stays.
func TestBoilerplateKinds(t *testing.T) {
	p1 := "The river burst its banks early on Sunday, flooding the lower town and forcing hundreds of families to leave their homes before dawn."
	p2 := "Rescue teams worked through the day, and by evening the water had begun to fall, officials said at a briefing in the town hall."
	p3 := "The regional government promised emergency funds and said it would review the flood defences that had been built ten years ago."
	cases := []struct {
		name         string
		before, mid  []string
		after        []string
		wantCaptions []string
	}{
		{name: "navigation", before: []string{"Accessibility links", "Skip to content", "Log In", "Sections", "Home", "World", "Politics"}},
		{name: "banner", before: []string{"Breaking News", "LIVE"}},
		{name: "share and subscribe", before: []string{"Share", "Tweet", "Email"}, mid: []string{"Subscribe"}, after: []string{"Share this article", "Subscribe to our newsletter", "Sign up"}},
		{name: "font sizes", after: []string{"XS", "SM", "MD", "LG"}},
		{name: "cookie notice", after: []string{"We use cookies to give you the best experience.", "Accept", "Cookie settings"}},
		{name: "menu with separators", before: []string{"News | Sport | Weather | Business | Culture"}},
		{name: "related stories", after: []string{"Related stories", "Storm warnings issued for the coast", "Farmers count the cost of the wet summer", "Bridge closed after inspection finds cracks"}},
		{name: "most read list", after: []string{"Most Read", "1", "Council tax to rise again", "2", "New bus timetable announced"}},
		{name: "footer", after: []string{"© 2024 Daily Bugle. All rights reserved.", "Privacy Policy | Terms of Use | Contact Us"}},
		{name: "advertisement inside", mid: []string{"Advertisement"}},
		{name: "byline and date", before: []string{"By John Doe", "Updated 9:41 a.m. ET, Mon March 4, 2024"}},
		{
			name:         "repeated caption",
			before:       []string{"FILE - Rescue workers carry a woman through a flooded street, March 3, 2024.", "FILE - Rescue workers carry a woman through a flooded street, March 3, 2024."},
			wantCaptions: []string{"FILE - Rescue workers carry a woman through a flooded street, March 3, 2024."},
		},
		{
			name:         "caption inside",
			mid:          []string{"Sandbags line a street in the lower town on Sunday. (AP Photo/Jane Roe)"},
			wantCaptions: []string{"Sandbags line a street in the lower town on Sunday. (AP Photo/Jane Roe)"},
		},
		{
			name:         "glued credit",
			before:       []string{"The lower town under water.Credit...Jane Roe/Daily Bugle"},
			wantCaptions: []string{"The lower town under water.Credit...Jane Roe/Daily Bugle"},
		},
		{
			name:         "wire file-photo caption",
			mid:          []string{"In this March 3, 2024, file photo, rescue boats wait on a flooded street in the lower town."},
			wantCaptions: []string{"In this March 3, 2024, file photo, rescue boats wait on a flooded street in the lower town."},
		},
		{name: "url lines", after: []string{"https://example.com/news/flood-2024", "@dailybugle"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var lines []string
			lines = append(lines, c.before...)
			lines = append(lines, p1)
			lines = append(lines, c.mid...)
			lines = append(lines, p2, p3)
			lines = append(lines, c.after...)
			res, err := Clean(strings.Join(lines, "\n"), "text/plain", "")
			if err != nil {
				t.Fatal(err)
			}
			if want := p1 + "\n\n" + p2 + "\n\n" + p3; res.Text != want {
				t.Errorf("text:\n%s", res.Text)
			}
			for _, c := range c.wantCaptions {
				if !contains(res.Captions, c) {
					t.Errorf("captions %q lack %q", res.Captions, c)
				}
			}
		})
	}
}

func TestHeadlineAndTitle(t *testing.T) {
	body := "Dam Holds as River Peaks\n\nThe dam above the town held overnight as the river reached its highest level in forty years, engineers said on Monday morning.\n\nThey warned that the next two days would decide whether the lower town could stay dry."
	cases := []struct{ title, wantTitle string }{
		{"", "Dam Holds as River Peaks"},
		{"Dam holds as river peaks", "Dam holds as river peaks"},
		{"Dam Holds as River Peaks - Daily Bugle", "Dam Holds as River Peaks - Daily Bugle"},
	}
	for _, c := range cases {
		res, err := Clean(body, "text/plain", c.title)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(res.Text, "Dam Holds") {
			t.Errorf("title %q: headline kept in text", c.title)
		}
		if res.Title != c.wantTitle {
			t.Errorf("title %q: got %q", c.title, res.Title)
		}
	}
}

func TestContentTypes(t *testing.T) {
	if _, err := Clean("%PDF-1.4", "application/pdf", ""); !errors.Is(err, ErrUnsupported) {
		t.Errorf("pdf: %v", err)
	}
	res, err := Clean("<html><body><p>Short page.</p></body></html>", "", "")
	if err != nil || strings.Contains(res.Text, "<") {
		t.Errorf("sniffed html: %q %v", res.Text, err)
	}
	if _, err := Clean("plain words", "TEXT/PLAIN; charset=UTF-8", ""); err != nil {
		t.Errorf("parameters: %v", err)
	}
	if got := sniff("A story about <p> tags in plain text."); got != "text/plain" {
		t.Errorf("sniff plain: %s", got)
	}
}

func TestEncodingRepair(t *testing.T) {
	long := " is what the minister said when the talks ended late on Friday evening in the capital."
	cases := []struct{ name, body, ct, want string }{
		{"windows-1252 bytes", "\x93Enough\x94" + long, "text/plain", "\u201cEnough\u201d" + long},
		{"latin-1 declared", "Caf\xe9 owners" + long, "text/plain; charset=iso-8859-1", "Café owners" + long},
		{"mixed", "Café \xe9" + long, "text/plain", "Café é" + long},
		{"UTF-8 with a stray byte, meta says latin-1", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café, crème and naïve \x96 words" + long + "</p></body></html>", "text/html", "Café, crème and naïve – words" + long},
		{"mojibake", "Itâ€™s cafÃ© time" + long, "text/plain", "It’s café time" + long},
		{"valid UTF-8 mislabelled", "Café owners" + long, "text/plain; charset=iso-8859-1", "Café owners" + long},
		{"html meta charset", "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners" + long + "</p></body></html>", "text/html", "Café owners" + long},
	}
	for _, c := range cases {
		res, err := Clean(c.body, c.ct, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !utf8.ValidString(res.Text) || res.Text != c.want {
			t.Errorf("%s: got %q", c.name, res.Text)
		}
	}
}

func TestStage(t *testing.T) {
	s := New()
	var _ stages.Stage = s
	a := &schemas.Article{ID: "x", ContentType: "text/plain", Body: readFixture(t, "scraped.txt")}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Text == nil || !strings.HasPrefix(*a.Text, "A small harbour town") || a.Title == "" || a.Captions == nil {
		t.Errorf("article: %+v", a)
	}
	bad := &schemas.Article{ID: "y", ContentType: "image/png", Body: "x"}
	if err := s.Process(context.Background(), bad); !stages.IsPermanent(err) {
		t.Errorf("unsupported type: %v is not permanent", err)
	}
	if s.Fields()&schemas.FieldBody == 0 || s.Fields()&schemas.FieldText == 0 {
		t.Error("fields lack body or text")
	}
}

// Reader comments after the article can outweigh a short article; the
// article still wins because it comes first and stands on its own.
func TestCommentsAfterArticle(t *testing.T) {
	article := []string{
		"The city's new tram line opened on Saturday after four years of construction, carrying its first passengers between the station and the university campus.",
		"Officials said the line would carry twenty thousand people a day once the timetable is complete, easing pressure on buses that have run at capacity for years.",
		"The project ran six months late and cost a fifth more than planned, largely because of the discovery of medieval remains under the main square.",
		"A second line, to the airport, is due to open in three years if the national government confirms its share of the funding this autumn.",
	}
	lines := append([]string{"Home", "News", "Local", "Tram line opens at last"}, article...)
	lines = append(lines, "Share", "Comments (14)", "Sort by", "Newest", "Oldest", "jsmith", "2 hours ago", "Reply", "Report", "Score: 4", "Votes")
	for i := 0; i < 12; i++ {
		lines = append(lines, "I have lived here for "+strings.Repeat("many ", i+1)+"years and I can tell you that this tram will never pay for itself, whatever the council says about passenger numbers and the future of the city centre.",
			"commuter"+strings.Repeat("x", i), "Reply")
	}
	res, err := Clean(strings.Join(lines, "\n"), "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(article, "\n\n"); res.Text != want {
		t.Errorf("text:\n%s", res.Text)
	}
}

// The headline is found among the lines above the article even when a
// date line, a byline or a credit stands closer to it.
func TestTitleFromScrapedText(t *testing.T) {
	body := strings.Join([]string{
		"Menu", "Search", "World",
		"Ferry operator cancels winter crossings after engine failure",
		"Monday November 18, 2019 7:45 am PST by Joe Bloggs",
		"Ferry operator cancels winter crossings after engine failure",
		"Image via Harbour Photo Agency",
		"The island's only ferry operator cancelled all winter crossings on Monday after an engine failure left its newest vessel stranded in port for repairs.",
		"Islanders will depend on a smaller boat that carries no vehicles until the spring, the company said in a statement to passengers.",
	}, "\n")
	res, err := Clean(body, "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Ferry operator cancels winter crossings after engine failure" {
		t.Errorf("title %q", res.Title)
	}
	if !strings.HasPrefix(res.Text, "The island's only ferry") {
		t.Errorf("text %q", res.Text)
	}
}
