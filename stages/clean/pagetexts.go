package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

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
