package main

import (
	"errors"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
)

// ninjsDoc holds the parts of an IPTC ninjs document (2.x, with the 1.x
// names still found in feeds) that map onto a raw article.
type ninjsDoc struct {
	URI            string `json:"uri"`
	GUID           string `json:"guid"` // ninjs 1.x
	Language       string `json:"language"`
	VersionCreated string `json:"versioncreated"`
	FirstCreated   string `json:"firstcreated"`
	Title          string `json:"title"`
	Headline       string `json:"headline"` // ninjs 1.x
	Headlines      []struct {
		Role        string `json:"role"`
		ContentType string `json:"contenttype"`
		Value       string `json:"value"`
	} `json:"headlines"`
	Bodies []struct {
		Role        string `json:"role"`
		ContentType string `json:"contenttype"`
		Value       string `json:"value"`
	} `json:"bodies"`
	BodyHTML string `json:"body_html"` // ninjs 1.x
	BodyText string `json:"body_text"` // ninjs 1.x
}

// isNinjs tells a ninjs document from a raw article: ninjs has no "body"
// and names its content with its own keys.
func isNinjs(data []byte) bool {
	var probe struct {
		Body      *json.RawMessage `json:"body"`
		URI       *json.RawMessage `json:"uri"`
		GUID      *json.RawMessage `json:"guid"`
		Bodies    *json.RawMessage `json:"bodies"`
		Headlines *json.RawMessage `json:"headlines"`
		BodyHTML  *json.RawMessage `json:"body_html"`
		BodyText  *json.RawMessage `json:"body_text"`
	}
	if json.Unmarshal(data, &probe) != nil || probe.Body != nil {
		return false
	}
	return probe.URI != nil || probe.GUID != nil || probe.Bodies != nil ||
		probe.Headlines != nil || probe.BodyHTML != nil || probe.BodyText != nil
}

// articleFromNinjs maps a ninjs document to a raw article: uri (or guid)
// -> id, the main headline -> title, the main body -> body and
// content_type, versioncreated -> published_at, language -> language.
func articleFromNinjs(data []byte) (*schemas.Article, error) {
	var d ninjsDoc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, errors.New("ninjs: " + err.Error())
	}
	a := &schemas.Article{ID: firstNonEmpty(d.URI, d.GUID), Language: d.Language}

	for _, h := range d.Headlines {
		if h.Value != "" && (h.Role == "" || h.Role == "main") {
			a.Title = h.Value
			break
		}
	}
	if a.Title == "" && len(d.Headlines) > 0 {
		a.Title = d.Headlines[0].Value
	}
	a.Title = firstNonEmpty(a.Title, d.Headline, d.Title)

	// The main body: role "main" or unset, else the first one.
	pick := -1
	for i, b := range d.Bodies {
		if b.Value != "" && (b.Role == "" || b.Role == "main") {
			pick = i
			break
		}
	}
	if pick < 0 && len(d.Bodies) > 0 {
		pick = 0
	}
	switch {
	case pick >= 0:
		b := d.Bodies[pick]
		a.Body = b.Value
		a.ContentType = contentTypeOf(b.ContentType, b.Value)
	case d.BodyHTML != "":
		a.Body, a.ContentType = d.BodyHTML, schemas.TextHTML
	case d.BodyText != "":
		a.Body, a.ContentType = d.BodyText, schemas.TextPlain
	}
	if a.Body == "" {
		return nil, errors.New("ninjs: document has no body")
	}
	a.PublishedAt = normalizeTime(firstNonEmpty(d.VersionCreated, d.FirstCreated))
	return a, nil
}

// contentTypeOf maps a ninjs body content type onto the two the pipeline
// knows; an unset one is sniffed.
func contentTypeOf(ct, body string) string {
	ct = strings.ToLower(strings.TrimSpace(ct))
	switch {
	case strings.Contains(ct, "html"):
		return schemas.TextHTML
	case strings.HasPrefix(ct, "text/"):
		return schemas.TextPlain
	}
	return sniffContentType(body)
}

// normalizeTime returns an RFC 3339 time, or "" when s is not a time in a
// layout feeds use (the contract says published_at is RFC 3339).
func normalizeTime(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			if layout == time.RFC3339Nano {
				return s // already RFC 3339: keep it as written
			}
			return t.Format(time.RFC3339)
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
