package clean

import (
	"errors"
	"fmt"
	"strings"
)

// Result is what Clean extracts from one body.
type Result struct {
	// Text is the article's paragraphs joined by "\n\n".
	Text string
	// Captions are photo captions and credit-like lines taken out of the
	// body, each once, in page order. Never nil.
	Captions []string
	// Title is the title passed in, or the page's headline when none was.
	Title string
}

// MaxBodyBytes bounds the input: a body larger than this is rejected
// rather than risking minutes of work on one message.
const MaxBodyBytes = 8 << 20

// ErrUnsupported is returned (wrapped) for content types the stage cannot read.
var ErrUnsupported = errors.New("unsupported content type")

// Clean extracts the article text from body. contentType is "text/plain",
// "text/html" (parameters such as charset are allowed) or empty, in which
// case the body is sniffed. Errors are permanent: the same input always
// fails the same way.
func Clean(body, contentType, title string) (Result, error) {
	if len(body) > MaxBodyBytes {
		return Result{}, fmt.Errorf("body is %d bytes, more than the %d the clean stage accepts", len(body), MaxBodyBytes)
	}
	kind, charset, err := parseContentType(contentType)
	if err != nil {
		return Result{}, err
	}
	if kind == "" {
		kind = sniff(body)
	}
	title = normalizeSpace(fixMojibake(repairUTF8(title, "")))
	var res Result
	switch kind {
	case "text/html":
		res, err = cleanHTML(body, charset, title)
	default:
		res, err = cleanText(fixMojibake(repairUTF8(body, charset)), title)
	}
	if err != nil {
		return Result{}, err
	}
	if res.Captions == nil {
		res.Captions = []string{}
	}
	return res, nil
}

// parseContentType returns the media type ("text/plain", "text/html" or ""
// when absent) and the charset parameter, if any.
func parseContentType(ct string) (kind, charset string, err error) {
	ct = strings.TrimSpace(ct)
	if ct == "" {
		return "", "", nil
	}
	parts := strings.Split(ct, ";")
	media := strings.ToLower(strings.TrimSpace(parts[0]))
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			charset = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	switch media {
	case "text/plain":
		return "text/plain", charset, nil
	case "text/html", "application/xhtml+xml":
		return "text/html", charset, nil
	}
	return "", "", fmt.Errorf("%w %q: the clean stage reads text/plain and text/html", ErrUnsupported, media)
}

// sniff guesses the type of a body that came without one: a page that
// starts like markup, or carries common block tags early, is HTML.
func sniff(body string) string {
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	t := strings.ToLower(strings.TrimLeft(head, " \t\r\n\ufeff"))
	if strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html") ||
		strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<head") || strings.HasPrefix(t, "<body") {
		return "text/html"
	}
	n := 0
	for _, tag := range []string{"<p>", "<p ", "<div", "<br", "</p>", "<a href", "<span", "<h1", "<h2", "<li"} {
		n += strings.Count(t, tag)
	}
	if n >= 2 {
		return "text/html"
	}
	return "text/plain"
}
