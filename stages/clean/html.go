package clean

import (
	"errors"
	"fmt"
	"io"
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
			if z.Err() == io.EOF {
				return nil
			}
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

// pageTexts collects, from the parsed page before extraction (the
// extractor drops this markup), the text of every link, so that a line
// that is nothing but a link (a teaser for another story, "click here")
// can be recognised, and the text of every figure caption, so that a
// caption the extractor kept goes to captions. figs lists the <figcaption>
// texts in page order.
func pageTexts(doc *html.Node) (links, captions map[string]bool, figs []string) {
	links, captions = map[string]bool{}, map[string]bool{}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth*2 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.Data == "img":
				// Sites often repeat a photo's description as its caption.
				for _, a := range c.Attr {
					if a.Key == "alt" {
						if t := normalizeSpace(a.Val); utf8.RuneCountInString(t) >= 12 {
							captions[t] = true
						}
					}
				}
				continue
			case c.Data == "a":
				if t := normalizeSpace(textOf(c)); utf8.RuneCountInString(t) >= 12 {
					links[t] = true
				}
				continue
			case c.Data == "figcaption" || isCaptionClass(c):
				// A caption is short; a long block with such a class is
				// a wrapper around the article, not a caption.
				if cl := renderLines(c); len(cl) <= 3 && len(strings.Join(cl, " ")) <= 600 {
					for _, l := range cl {
						captions[l] = true
					}
					if c.Data == "figcaption" && len(cl) > 0 {
						figs = append(figs, strings.Join(cl, " "))
					}
					continue
				}
			}
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return links, captions, figs
}

// isCaptionClass reports elements whose class or itemprop names them a
// caption or a credit, the way templates mark photo text.
func isCaptionClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "itemprop" {
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "caption") || strings.Contains(v, "credit") {
				return true
			}
		}
	}
	return false
}

// textOf concatenates the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for _, l := range renderLines(n) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// maxStandfirst is the longest standfirst (dek) dropStandfirst removes;
// a lede that a site copies into its description is usually longer.
const maxStandfirst = 140

// dropStandfirst removes the headline's standfirst: a short line right
// after the headline that the page also gives as its description. It is
// a summary written for listings, not part of the story.
func dropStandfirst(lines []renderedLine, titles ...string) []renderedLine {
	desc := titles[len(titles)-1]
	if len(lines) < 3 || desc == "" || lines[1].text != desc || utf8.RuneCountInString(desc) > maxStandfirst {
		return lines
	}
	for _, t := range titles[:len(titles)-1] {
		if t != "" && sameTitle(lines[0].text, t) {
			return append([]renderedLine{lines[0]}, lines[2:]...)
		}
	}
	return lines
}
