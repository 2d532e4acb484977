package clean

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Limits that keep a hostile page from costing more than an ordinary one.
const (
	// maxDepth is deeper than any real page nests (news pages stay well
	// under 100); the extractor's recursive passes get slow far beyond it.
	maxDepth = 512
	// maxElements bounds the tree the extractor walks many times over.
	maxElements = 200000
)

// ErrHostileHTML is returned (wrapped) for pages built to exhaust the parser.
var ErrHostileHTML = errors.New("HTML rejected")

func cleanHTML(body, cs, title string) (Result, error) {
	body = fixMojibake(decodeHTML(body, cs))
	if err := checkHTML(body); err != nil {
		return Result{}, err
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return Result{}, fmt.Errorf("parse HTML: %w", err)
	}
	if isFragment(body) {
		// A feed's body_html: the story's own markup without a page
		// around it, which the extractor would trim (it drops headings
		// from short texts). Read it whole, as text with markup evidence.
		// Its captions are marked up as such; without them the story
		// usually reads as clean text and is kept whole.
		links, captions, figs := pageTexts(doc)
		var story []renderedLine
		for _, l := range renderBlocks(doc, nil) {
			if !captions[l.text] {
				story = append(story, l)
			}
		}
		res := classify(htmlLines(story, links, captions), title, false)
		return withCaptions(res, figs), nil
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	var lines []renderedLine
	var pageTitle, description string
	ex, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil && ex != nil {
		pageTitle = normalizeSpace(ex.Metadata.Title)
		description = normalizeSpace(ex.Metadata.Description)
		if title == "" {
			title = pageTitle
		}
		lines = renderBlocks(ex.ContentNode, nil)
	}
	if len(lines) == 0 {
		// The extractor found no article: read the whole page as scraped
		// text, which the text path knows how to sift.
		return cleanText(strings.Join(renderLines(doc), "\n"), title)
	}
	links, captions, figs := pageTexts(doc)
	lines = dropStandfirst(lines, description, title, pageTitle)
	res := withCaptions(finishHTML(lines, links, captions, title), figs)
	// The extractor sometimes keeps one part of an article split across
	// containers. When the page read as scraped text holds far more
	// running text, that reading is the better one.
	// It must continue what the extractor found, or it is another text
	// (comments, teasers) that merely outweighs a short article.
	pageLines := texts(renderBlocks(doc, furniture))
	if page, _ := cleanText(strings.Join(pageLines, "\n"), title); len(page.Text) > len(res.Text)*rescueFactor/10 &&
		covers(page.Text, res.Text) {
		for _, c := range res.Captions {
			if !contains(page.Captions, c) {
				page.Captions = append(page.Captions, c)
			}
		}
		return page, nil
	}
	return res, nil
}

// covers reports whether outer continues inner: inner's first paragraph
// opens outer (give or take one paragraph) and most of inner's paragraphs
// (by length) are paragraphs of outer.
func covers(outer, inner string) bool {
	have := map[string]bool{}
	ops := strings.Split(outer, "\n\n")
	first := strings.SplitN(inner, "\n\n", 2)[0]
	if !(ops[0] == first || len(ops) > 1 && ops[1] == first) {
		return false
	}
	for _, p := range ops {
		have[p] = true
	}
	found, all := 0, 0
	for _, p := range strings.Split(inner, "\n\n") {
		all += len(p)
		if have[p] {
			found += len(p)
		}
	}
	return all > 0 && found*10 >= all*8
}

// rescueFactor (in tenths) is how much more text the page-wide reading
// must find before it replaces the extractor's.
const rescueFactor = 16

// decodeHTML returns body as valid UTF-8; bytes that are not UTF-8 are
// decoded with the declared charset (HTTP parameter, else <meta>).
func decodeHTML(body, cs string) string {
	if utf8.ValidString(body) {
		return body
	}
	if cs == "" || isUTF8Name(cs) {
		head := body[:min(len(body), 1024)]
		if _, name, _ := charset.DetermineEncoding([]byte(head), "text/html"); !isUTF8Name(name) {
			cs = name
		}
	}
	return repairUTF8(body, cs)
}

// checkHTML tokenises the page once, cheaply, and rejects nesting or
// element counts that no article needs. Tags that HTML closes implicitly
// (p, li, td, ...) are not counted towards depth.
func checkHTML(body string) error {
	z := html.NewTokenizer(strings.NewReader(body))
	depth, elements := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			// io.EOF, or a read error that html.Parse would meet too.
			return nil
		case html.StartTagToken:
			elements++
			if elements > maxElements {
				return fmt.Errorf("%w: more than %d elements", ErrHostileHTML, maxElements)
			}
			name, _ := z.TagName()
			if !voidOrImplied(string(name)) {
				depth++
				if depth > maxDepth {
					return fmt.Errorf("%w: elements nested more than %d deep", ErrHostileHTML, maxDepth)
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !voidOrImplied(string(name)) && depth > 0 {
				depth--
			}
		}
	}
}

func voidOrImplied(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
		"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
		"colgroup", "caption", "head", "body", "html":
		return true
	}
	return false
}

// furniture reports page regions that are never the article: navigation,
// headers and footers, asides, forms, and containers whose class or id
// names comments, related links, sharing or promotion, as templates do.
func furniture(n *html.Node) bool {
	switch n.Data {
	case "nav", "header", "footer", "aside", "form", "menu", "dialog":
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range furnitureWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

var furnitureWords = []string{"comment", "related", "share", "social", "newsletter", "promo", "sidebar",
	"footer", "recommend", "popular", "trending", "subscribe", "outbrain", "taboola"}

// withCaptions adds the page's figure captions to res.Captions: captions
// the extractor dropped with their figures still belong to the article.
func withCaptions(res Result, figs []string) Result {
	for _, c := range figs {
		if !contains(res.Captions, c) {
			res.Captions = append(res.Captions, c)
		}
	}
	return res
}

// isFragment reports HTML that is a story's markup rather than a page:
// no document structure in its first few kilobytes.
func isFragment(body string) bool {
	head := strings.ToLower(body[:min(len(body), 4096)])
	return !strings.Contains(head, "<html") && !strings.Contains(head, "<body") && !strings.Contains(head, "<head")
}
