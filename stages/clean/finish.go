package clean

import (
	"strings"
	"unicode/utf8"
)

// finishHTML turns the extractor's lines into the result, trimming what
// it let through around the article (headline, standfirst, teasers,
// captions). links and captions hold the text of every link and every
// figure caption on the page.
func finishHTML(lines []renderedLine, links, captions map[string]bool, title string) Result {
	return classify(htmlLines(lines, links, captions), title, true)
}

// htmlLines turns rendered lines into classifier lines, marking those the
// page's markup shows to be links, captions or structure.
func htmlLines(lines []renderedLine, links, captions map[string]bool) []textLine {
	tl := make([]textLine, 0, len(lines))
	for i, rl := range lines {
		l := rl.text
		if i > 0 && l == lines[i-1].text {
			// The extractor's rescue pass can emit a block twice.
			continue
		}
		// A line that is all link is navigation or a teaser for another
		// page, unless the link text is an address the article cites.
		linked := links[l] && !strings.Contains(l, "://") && !strings.HasPrefix(l, "www.")
		sh := shapeOf(l)
		sh.credit = sh.credit || captions[l]
		tl = append(tl, textLine{text: l, sh: sh, linked: linked, structural: structural[rl.block] || rl.emphasised})
	}
	return tl
}

// structural blocks give a short line a role in the article: a heading,
// a list item, a table cell. A short line in a plain block ("Sign in",
// "Subscribe", "Caption") is a control left over from the page.
var structural = map[string]bool{
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "dt": true, "dd": true, "td": true, "th": true, "tr": true, "pre": true,
	"summary": true, "caption": true, "legend": true,
}

// maxStandfirst is the longest standfirst (dek) dropStandfirst removes;
// a lede that a site copies into its description is usually longer.
const maxStandfirst = 140

// dropStandfirst removes the headline's standfirst: a short line right
// after the headline that the page also gives as its description. It is
// a summary written for listings, not part of the story.
func dropStandfirst(lines []renderedLine, desc string, titles ...string) []renderedLine {
	if len(lines) < 3 || desc == "" || lines[1].text != desc || utf8.RuneCountInString(desc) > maxStandfirst {
		return lines
	}
	for _, t := range titles {
		if t != "" && sameTitle(lines[0].text, t) {
			return append([]renderedLine{lines[0]}, lines[2:]...)
		}
	}
	return lines
}
