package bench

import (
	"strconv"
	"strings"

	"github.com/wirestream/wirestream/schemas"
)

// Corpus is a set of raw articles of one kind of input (text or HTML),
// measured separately since cleaning HTML costs far more than text.
type Corpus struct {
	Name     string             // "text", "html", or the file name
	Articles []*schemas.Article // raw articles: id, body, content type...
}

// Bytes is the total size of the bodies.
func (c Corpus) Bytes() int {
	n := 0
	for _, a := range c.Articles {
		n += len(a.Body)
	}
	return n
}

// Split sorts raw articles into a text and an HTML corpus by content type.
func Split(name string, arts []*schemas.Article) (text, html Corpus) {
	text.Name, html.Name = name+" text", name+" html"
	for _, a := range arts {
		if a.ContentType == schemas.TextHTML {
			html.Articles = append(html.Articles, a)
		} else {
			text.Articles = append(text.Articles, a)
		}
	}
	return text, html
}

// Messages encodes n raw articles for the transport, cycling through the
// corpus, each with the unique id prefix+index so that the stream does not
// drop repeats and an arrival can be matched with its publish time.
// Articles larger than maxBytes (the server's max payload) are left out.
func (c Corpus) Messages(n int, prefix string, maxBytes int) [][]byte {
	var fit []*schemas.Article
	for _, a := range c.Articles {
		if b, err := a.AppendJSON(nil); err == nil && len(b)+64 <= maxBytes {
			fit = append(fit, a)
		}
	}
	if len(fit) == 0 {
		return nil
	}
	out := make([][]byte, n)
	for i := range out {
		a := *fit[i%len(fit)]
		a.ID = prefix + strconv.Itoa(i)
		b, _ := a.AppendJSON(nil)
		out[i] = b
	}
	return out
}

// Synthesize returns copies of the samples whose bodies are grown (by
// repeating their own paragraphs) or cut (at a paragraph end) to about
// size bytes, so that scaling with message size can be measured on real
// prose. size <= 0 returns the samples as they are.
func Synthesize(samples []*schemas.Article, size int) []*schemas.Article {
	if size <= 0 {
		return samples
	}
	out := make([]*schemas.Article, 0, len(samples))
	for _, s := range samples {
		a := *s
		if a.ContentType == schemas.TextHTML {
			a.Body = resizeHTML(a.Body, size)
		} else {
			a.Body = resizeText(a.Body, size)
		}
		out = append(out, &a)
	}
	return out
}

// resizeText keeps whole paragraphs (blank-line separated; single lines
// when there are no blank lines) up to size bytes, cycling through them
// when the body is shorter. The first paragraph, often a dateline lead,
// is kept once so the result still reads like one article. In round r of
// the cycle a paragraph is joined with the one r places after it, so that
// the clean stage does not drop repeats as duplicate lines and later
// stages see the full size.
func resizeText(body string, size int) string {
	sep := "\n\n"
	paras := strings.Split(strings.TrimSpace(body), sep)
	if len(paras) < 2 {
		sep = "\n"
		paras = strings.Split(strings.TrimSpace(body), sep)
	}
	var b strings.Builder
	b.WriteString(paras[0])
	rest := paras[1:]
	if len(rest) == 0 {
		rest = paras
	}
	for i := 0; b.Len() < size; i++ {
		round, k := i/len(rest), i%len(rest)
		p := rest[k]
		if round > 0 {
			if len(rest) < 2 {
				break
			}
			j := (k + round) % len(rest)
			if j == k {
				continue
			}
			p += " " + rest[j]
		}
		if b.Len()+len(sep)+len(p) > size && b.Len() > size/2 {
			break
		}
		b.WriteString(sep)
		b.WriteString(p)
	}
	return b.String()
}

// resizeHTML adds paragraphs made of the page's own <p> texts after the
// last one until the page reaches size bytes, or drops trailing ones to
// shrink it, keeping the page furniture around them.
func resizeHTML(page string, size int) string {
	type span struct{ start, end int }
	var ps []span
	for i := 0; ; {
		s := strings.Index(page[i:], "<p")
		if s < 0 {
			break
		}
		s += i
		if s+2 < len(page) && page[s+2] != '>' && page[s+2] != ' ' {
			i = s + 2
			continue
		}
		e := strings.Index(page[s:], "</p>")
		if e < 0 {
			break
		}
		e += s + len("</p>")
		ps = append(ps, span{s, e})
		i = e
	}
	// Keep to the story's paragraphs when the page marks them, not the
	// footer's.
	for _, closer := range []string{"</article>", "</main>"} {
		if cut := strings.Index(page, closer); cut >= 0 {
			var in []span
			for _, p := range ps {
				if p.end <= cut {
					in = append(in, p)
				}
			}
			if len(in) > 0 {
				ps = in
				break
			}
		}
	}
	if len(ps) == 0 {
		return page
	}
	last := ps[len(ps)-1].end
	if len(page) >= size {
		// Drop trailing paragraphs while the page is too long, keeping one;
		// the spans before the one removed stay valid.
		for k := len(ps); k > 1 && len(page) > size; k-- {
			p := ps[k-1]
			page = page[:p.start] + page[p.end:]
		}
		return page
	}
	// New paragraphs join the text of paragraph k with the one r places
	// after it (round r), so that no paragraph repeats: the clean stage
	// drops repeated lines as page furniture.
	inner := make([]string, len(ps))
	for k, p := range ps {
		el := page[p.start:p.end]
		if gt := strings.IndexByte(el, '>'); gt >= 0 {
			inner[k] = el[gt+1 : len(el)-len("</p>")]
		}
	}
	var b strings.Builder
	b.WriteString(page[:last])
	for i := len(ps); b.Len()+len(page)-last < size; i++ {
		round, k := i/len(ps), i%len(ps)
		if len(ps) < 2 {
			break
		}
		j := (k + round) % len(ps)
		if j == k {
			continue
		}
		b.WriteString("\n<p>")
		b.WriteString(inner[k])
		b.WriteString(" ")
		b.WriteString(inner[j])
		b.WriteString("</p>")
	}
	b.WriteString(page[last:])
	return b.String()
}
