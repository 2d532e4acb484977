package clean

import (
	"strings"
	"testing"
)

func TestCovers(t *testing.T) {
	outer := "First paragraph of the story.\n\nSecond paragraph of the story.\n\nThird paragraph."
	cases := []struct {
		inner string
		want  bool
	}{
		{"Second paragraph of the story.", true},
		{"First paragraph of the story.\n\nThird paragraph.", true},
		{"Third paragraph.", false},
		{"A comment nobody wrote in the story at all, which is long.\n\nThird paragraph.", false},
		{"", false},
	}
	for _, c := range cases {
		if got := covers(outer, c.inner); got != c.want {
			t.Errorf("covers(%q) = %v", c.inner, got)
		}
	}
}

// A short article followed by a long comment thread keeps the article:
// the page read as text holds more prose, but not the article's.
func TestShortArticleLongComments(t *testing.T) {
	article := []string{
		"The village school will close at the end of the summer term, the county council confirmed on Wednesday after a year of consultation.",
		"Its forty pupils will move to a larger school in the market town, six miles away, with a free bus provided by the county.",
		"Parents said they would appeal against the decision, which they called a blow to the life of the village.",
	}
	var b strings.Builder
	b.WriteString("<html><head><title>Village school to close</title></head><body><main><article><h1>Village school to close</h1>")
	for _, p := range article {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article></main><section class=\"user-comments\"><h2>Reader comments</h2>")
	for i := 0; i < 30; i++ {
		b.WriteString("<div class=\"comment\"><span>reader" + strings.Repeat("x", i) + "</span><p>I went to that school myself " +
			strings.Repeat("many ", i+1) + "years ago and it breaks my heart to see the council treat a village like a line in a spreadsheet.</p></div>")
	}
	b.WriteString("</section></body></html>")
	res, err := Clean(b.String(), "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(article, "\n\n"); res.Text != want {
		t.Errorf("text:\n%s", res.Text)
	}
}

func TestDropStandfirst(t *testing.T) {
	l := func(s ...string) []renderedLine {
		var out []renderedLine
		for _, x := range s {
			out = append(out, renderedLine{text: x, block: "p"})
		}
		return out
	}
	head, dek := "Dam holds as river peaks", "Engineers say the next two days will decide."
	lede := "The dam above the town held overnight as the river reached its highest level in forty years, engineers said on Monday, as hundreds of families waited in school halls to learn whether they could go home."
	cases := []struct {
		name  string
		lines []renderedLine
		desc  string
		want  int
	}{
		{"dek after headline", l(head, dek, lede), dek, 2},
		{"no headline first", l(dek, lede, lede), dek, 3},
		{"description is the lede", l(head, lede, dek), lede, 3},
		{"description differs", l(head, dek, lede), "Something else.", 3},
	}
	for _, c := range cases {
		if got := dropStandfirst(c.lines, c.desc, head); len(got) != c.want {
			t.Errorf("%s: %d lines left, want %d", c.name, len(got), c.want)
		}
	}
}

// A feed's body_html (markup without a page around it) keeps every
// paragraph and heading; its figure caption goes to captions.
func TestHTMLFragment(t *testing.T) {
	body := `<p>BRUSSELS (AP) — European Union ministers agreed on Tuesday to extend farm subsidies for another two years.</p>` +
		`<figure><img src="a.jpg" alt=""><figcaption>Ministers arrive for the talks in Brussels, Tuesday, March 5, 2024. (AP Photo/Jane Roe)</figcaption></figure>` +
		`<p>The deal keeps payments at this year's level.</p><h2>What next</h2>` +
		`<p>"It was not easy," said the minister. "But nobody leaves empty-handed."</p><p>Critics were unconvinced.</p>`
	res, err := Clean(body, "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	want := "BRUSSELS (AP) — European Union ministers agreed on Tuesday to extend farm subsidies for another two years.\n\n" +
		"The deal keeps payments at this year's level.\n\nWhat next\n\n" +
		"\"It was not easy,\" said the minister. \"But nobody leaves empty-handed.\"\n\nCritics were unconvinced."
	if res.Text != want {
		t.Errorf("text:\n%s", res.Text)
	}
	if len(res.Captions) != 1 || !strings.HasPrefix(res.Captions[0], "Ministers arrive") {
		t.Errorf("captions %q", res.Captions)
	}
}
