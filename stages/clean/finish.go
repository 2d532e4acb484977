package clean

import "strings"

// finishHTML turns the extractor's lines into the result, trimming what
// it let through around the article (headline, standfirst, teasers,
// captions). links holds the text of every link on the page.
func finishHTML(lines []string, links map[string]bool, title string) Result {
	tl := make([]textLine, 0, len(lines))
	for i, l := range lines {
		if i > 0 && l == lines[i-1] {
			// The extractor's rescue pass can emit a block twice.
			continue
		}
		// A line that is all link is navigation or a teaser for another
		// page, unless the link text is an address the article cites.
		linked := links[l] && !strings.Contains(l, "://") && !strings.HasPrefix(l, "www.")
		tl = append(tl, textLine{text: l, sh: shapeOf(l), linked: linked})
	}
	return classify(tl, title, true)
}
