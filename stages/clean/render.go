package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start and end a line when rendered: every element that a
// browser lays out as its own block, plus line breaks.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "thead": true, "tbody": true, "tfoot": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "nav": true,
	"figure": true, "figcaption": true, "main": true, "br": true, "hr": true, "form": true,
	"address": true, "details": true, "summary": true, "caption": true, "center": true,
	"fieldset": true, "legend": true, "body": true, "html": true,
	// go-trafilatura's own vocabulary, in case a node keeps it.
	"head": true, "list": true, "item": true, "quote": true, "lb": true, "row": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "object": true, "embed": true, "select": true, "button": true, "math": true,
}

// cellTags are separated by a space on the same line.
var cellTags = map[string]bool{"td": true, "th": true, "cell": true}

// renderedLine is one block's text and the element that holds it.
type renderedLine struct {
	text  string
	block string // nearest enclosing block or cell tag ("p", "h2", "li", "td", ...)
	// emphasised: every word of the line sits in bold or italics, the
	// way many sites mark a subheading inside a plain paragraph.
	emphasised bool
}

// renderLines renders n's text with one line per block element.
func renderLines(n *html.Node) []string {
	return texts(renderBlocks(n, nil))
}

func texts(rl []renderedLine) []string {
	out := make([]string, len(rl))
	for i, l := range rl {
		out[i] = l.text
	}
	return out
}

// renderBlocks renders n's text with one line per block element, leaving
// out elements for which skip (when not nil) is true. The walk follows
// parent/sibling pointers, so no depth of nesting can exhaust the stack.
func renderBlocks(n *html.Node, skip func(*html.Node) bool) []renderedLine {
	if n == nil {
		return nil
	}
	var lines []renderedLine
	var cur strings.Builder
	block := ""
	plain, emph := false, false
	flush := func() {
		if cur.Len() > 0 {
			if l := normalizeSpace(cur.String()); l != "" {
				lines = append(lines, renderedLine{text: l, block: block, emphasised: emph && !plain})
			}
			cur.Reset()
		}
		block = ""
		plain, emph = false, false
	}
	node := n
	for node != nil {
		descend := false
		switch node.Type {
		case html.TextNode:
			if strings.TrimSpace(node.Data) != "" {
				b, e := enclosingBlock(node)
				if block == "" {
					block = b
				}
				emph = emph || e
				plain = plain || !e
			}
			cur.WriteString(node.Data)
		case html.ElementNode:
			tag := strings.ToLower(node.Data)
			switch {
			case skipTags[tag] || (skip != nil && skip(node)):
				if blockTags[tag] {
					flush()
				}
			case blockTags[tag]:
				flush()
				descend = true
			case cellTags[tag]:
				cur.WriteByte(' ')
				descend = true
			default:
				descend = true
			}
		case html.DocumentNode:
			descend = true
		}
		if descend && node.FirstChild != nil {
			node = node.FirstChild
			continue
		}
		// Leave node (and every ancestor whose last child it closes).
		for node != nil {
			if node.Type == html.ElementNode {
				tag := strings.ToLower(node.Data)
				if blockTags[tag] {
					flush()
				} else if cellTags[tag] {
					cur.WriteByte(' ')
				}
			}
			if node == n {
				node = nil
				break
			}
			if node.NextSibling != nil {
				node = node.NextSibling
				break
			}
			node = node.Parent
		}
	}
	flush()
	return lines
}

// enclosingBlock names the nearest block or cell element above n, looking
// a bounded number of levels up, and reports whether bold or italics sit
// between the two.
func enclosingBlock(n *html.Node) (block string, emphasised bool) {
	for p, k := n.Parent, 0; p != nil && k < 32; p, k = p.Parent, k+1 {
		if p.Type == html.ElementNode {
			tag := strings.ToLower(p.Data)
			if blockTags[tag] || cellTags[tag] {
				return tag, emphasised
			}
			switch tag {
			case "b", "strong", "em", "i", "u", "hi":
				emphasised = true
			}
		}
	}
	return "", emphasised
}
