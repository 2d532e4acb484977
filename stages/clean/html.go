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
	body = decodeHTML(body, cs)
	if err := checkHTML(body); err != nil {
		return Result{}, err
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return Result{}, fmt.Errorf("parse HTML: %w", err)
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
		lines = renderBlocks(ex.ContentNode)
	}
	if len(lines) == 0 {
		// The extractor found no article: read the whole page as scraped
		// text, which the text path knows how to sift.
		return cleanText(strings.Join(renderLines(doc), "\n"), title)
	}
	links, captions, figs := pageTexts(doc)
	lines = dropStandfirst(lines, title, pageTitle, description)
	res := finishHTML(lines, links, captions, title)
	// Photo captions the extractor dropped with their figures still
	// belong to the article's captions.
	for _, c := range figs {
		if !contains(res.Captions, c) {
			res.Captions = append(res.Captions, c)
		}
	}
	return res, nil
}

// decodeHTML returns body as valid UTF-8, honouring a declared charset
// (HTTP parameter or <meta>) when the bytes are not UTF-8 already.
func decodeHTML(body, cs string) string {
	if cs != "" && !isUTF8Name(cs) {
		return repairUTF8(body, cs)
	}
	if utf8.ValidString(body) {
		return body
	}
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	if _, name, certain := charset.DetermineEncoding([]byte(head), "text/html"); certain && !isUTF8Name(name) {
		return repairUTF8(body, name)
	}
	return repairUTF8(body, "")
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
