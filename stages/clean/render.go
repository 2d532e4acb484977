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

// renderedLine is one block's text and how much of it sits inside links.
type renderedLine struct {
	text      string
	linkShare float64 // fraction of non-space characters inside <a>
}

// renderLines renders n's text with one line per block element.
func renderLines(n *html.Node) []string {
	rl := renderBlocks(n)
	out := make([]string, len(rl))
	for i, l := range rl {
		out[i] = l.text
	}
	return out
}

// renderBlocks renders n's text with one line per block element. The walk
// follows parent/sibling pointers, so no depth of nesting can exhaust the
// stack.
func renderBlocks(n *html.Node) []renderedLine {
	if n == nil {
		return nil
	}
	var lines []renderedLine
	var cur strings.Builder
	inLink, linked, all := 0, 0, 0
	flush := func() {
		if cur.Len() > 0 {
			if l := normalizeSpace(cur.String()); l != "" {
				share := 0.0
				if all > 0 {
					share = float64(linked) / float64(all)
				}
				lines = append(lines, renderedLine{text: l, linkShare: share})
			}
			cur.Reset()
		}
		linked, all = 0, 0
	}
	node := n
	for node != nil {
		descend := false
		switch node.Type {
		case html.TextNode:
			cur.WriteString(node.Data)
			k := nonSpace(node.Data)
			all += k
			if inLink > 0 {
				linked += k
			}
		case html.ElementNode:
			tag := strings.ToLower(node.Data)
			switch {
			case skipTags[tag]:
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
			if node.Type == html.ElementNode && node.Data == "a" {
				inLink++
			}
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
				} else if tag == "a" && node.FirstChild != nil && inLink > 0 {
					inLink--
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

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if r > ' ' && r != 0xa0 {
			n++
		}
	}
	return n
}
