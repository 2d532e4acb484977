package postgres

import (
	"bytes"
	"sort"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

// Column lists of the COPY statements; the row builders below fill values
// in exactly this order.
var (
	articleCols = []string{"id", "source", "url", "title", "language", "published_at", "text", "stages", "raw", "produced_at", "updated_at"}
	entityCols  = []string{"article_id", "ref", "name", "type", "link", "score"}
	mentionCols = []string{"article_id", "ref", "char_start", "char_end", "text"}
	quoteCols   = []string{
		"article_id", "idx", "char_start", "char_end", "text", "kind",
		"speaker_start", "speaker_end", "speaker_text", "speaker_name", "speaker_ref", "speaker_link",
		"cue_start", "cue_end", "cue_text", "context_start", "context_end",
	}
)

// articleRows are the rows of one article.
type articleRows struct {
	id string
	// produced is when the newest stage run on this version finished
	// (the latest provenance "at"), nil when unknown.
	produced *time.Time
	article  []any
	entities [][]any
	mentions [][]any
	quotes   [][]any
}

// newer reports whether version a supersedes version b of an article:
// produced later, or as late (the same message again, or no provenance),
// since the later delivery wins a tie.
func newer(a, b *time.Time) bool {
	return a == nil || b == nil || !a.Before(*b)
}

// buildRows turns records into rows, one entry per article id. When a
// batch holds an id twice (a redelivery next to a replay), the version
// produced last wins, the later message on a tie, as if each had come in
// its own transaction. The result is ordered by id, so concurrent sinks
// lock rows in one order and cannot deadlock.
func buildRows(recs []sink.Record, now time.Time) ([]*articleRows, error) {
	byID := make(map[string]*articleRows, len(recs))
	for _, rec := range recs {
		ar, err := buildArticle(rec, now)
		if err != nil {
			return nil, err
		}
		if prev, ok := byID[ar.id]; ok && !newer(ar.produced, prev.produced) {
			continue
		}
		byID[ar.id] = ar
	}
	out := make([]*articleRows, 0, len(byID))
	for _, ar := range byID {
		out = append(out, ar)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// producedAt is the latest provenance time of the article.
func producedAt(a *schemas.Article) *time.Time {
	var latest *time.Time
	for _, p := range a.Stages {
		t, err := time.Parse(time.RFC3339Nano, p.At)
		if err == nil && (latest == nil || t.After(*latest)) {
			latest = &t
		}
	}
	return latest
}

func buildArticle(rec sink.Record, now time.Time) (*articleRows, error) {
	a := rec.Article
	// The message as received is the most faithful raw copy; an article
	// built in code is encoded.
	raw := rec.Data
	if raw == nil {
		var err error
		if raw, err = a.AppendJSON(nil); err != nil {
			return nil, err
		}
	}
	var stages []byte
	if a.Stages != nil {
		var err error
		if stages, err = json.Marshal(a.Stages); err != nil {
			return nil, err
		}
	}
	id := pgText(a.ID)
	r := &articleRows{id: id, produced: producedAt(a)}
	var produced any
	if r.produced != nil {
		produced = *r.produced
	}
	r.article = []any{
		id, nullText(a.Source), nullText(a.URL), nullText(a.Title), nullText(a.Language),
		parseTime(a.PublishedAt), strPtr(a.Text), nullJSON(stages), pgJSON(raw), produced, now,
	}

	links := make(map[string]*string, len(a.Entities))
	for _, e := range a.Entities {
		if _, dup := links[e.Ref]; dup {
			continue // refs are unique by contract; keep the first if a stage slips
		}
		links[e.Ref] = e.Link
		r.entities = append(r.entities, []any{id, pgText(e.Ref), pgText(e.Name), pgText(e.Type), strPtr(e.Link), e.Score})
		for _, m := range e.Mentions {
			r.mentions = append(r.mentions, []any{id, pgText(e.Ref), int32(m.Start), int32(m.End), pgText(m.Text)})
		}
	}

	sents := sortedSpans(a.Sentences)
	for i, q := range a.Quotes {
		row := []any{id, int32(i), int32(q.Start), int32(q.End), pgText(q.Text), pgText(q.Kind)}
		if s := q.Speaker; s != nil {
			var link *string
			if s.Ref != nil {
				link = links[*s.Ref]
			}
			row = append(row, int32(s.Start), int32(s.End), pgText(s.Text), nullText(s.Name), strPtr(s.Ref), strPtr(link))
		} else {
			row = append(row, nil, nil, nil, nil, nil, nil)
		}
		if c := q.Cue; c != nil {
			row = append(row, int32(c.Start), int32(c.End), pgText(c.Text))
		} else {
			row = append(row, nil, nil, nil)
		}
		cs, ce := quoteContext(sents, q.Start, q.End)
		r.quotes = append(r.quotes, append(row, int32(cs), int32(ce)))
	}
	return r, nil
}

func sortedSpans(s []schemas.Span) []schemas.Span {
	if sort.SliceIsSorted(s, func(i, j int) bool { return s[i].Start < s[j].Start }) {
		return s
	}
	c := append([]schemas.Span(nil), s...)
	sort.Slice(c, func(i, j int) bool { return c[i].Start < c[j].Start })
	return c
}

// quoteContext widens a quote to the sentences it touches, the unit a
// reader means by "the sentence of the quote". Without sentences the quote
// is its own context.
func quoteContext(sents []schemas.Span, start, end int) (int, int) {
	cs, ce := start, end
	// First sentence that ends after the quote starts.
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > start })
	for ; i < len(sents) && sents[i].Start < end; i++ {
		cs = min(cs, sents[i].Start)
		ce = max(ce, sents[i].End)
	}
	return cs, ce
}

// parseTime reads published_at; a value that is no timestamp is stored as
// NULL (it stays verbatim in raw) rather than rejecting the article.
func parseTime(s string) any {
	if s == "" {
		return nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return nil
}

// PostgreSQL text cannot hold NUL. U+FFFD is one code point like NUL, so
// the offsets into the text stay true.
func pgText(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return pgText(s)
}

func strPtr(p *string) any {
	if p == nil {
		return nil
	}
	return pgText(*p)
}

func nullJSON(b []byte) any {
	if b == nil {
		return nil
	}
	return pgJSON(b)
}

// pgJSON rewrites the escape \u0000, which jsonb rejects, to \ufffd. In
// valid JSON a backslash only occurs in strings, and skipping the byte
// after each backslash keeps an escaped backslash from being misread.
func pgJSON(b []byte) []byte {
	if !bytes.Contains(b, []byte(`\u0000`)) {
		return b
	}
	out := append([]byte(nil), b...)
	for i := 0; i+1 < len(out); i++ {
		if out[i] != '\\' {
			continue
		}
		if out[i+1] == 'u' && i+6 <= len(out) && string(out[i+2:i+6]) == "0000" {
			copy(out[i+2:i+6], "fffd")
		}
		i++
	}
	return out
}
