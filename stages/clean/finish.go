package clean

import "strings"

// finishHTML turns the extractor's lines into the result, trimming what
// it let through around the article (headline, standfirst, teasers,
// captions). links and captions hold the text of every link and every
// figure caption on the page.
func finishHTML(lines []string, links, captions map[string]bool, title string) Result {
	tl := make([]textLine, 0, len(lines))
	for i, l := range lines {
		if i > 0 && l == lines[i-1] {
			// The extractor's rescue pass can emit a block twice.
			continue
		}
		// A line that is all link is navigation or a teaser for another
		// page, unless the link text is an address the article cites.
		linked := links[l] && !strings.Contains(l, "://") && !strings.HasPrefix(l, "www.")
		sh := shapeOf(l)
		sh.credit = sh.credit || captions[l]
		tl = append(tl, textLine{text: l, sh: sh, linked: linked})
	}
	return classify(tl, title, true)
}
