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
	articleCols = []string{"id", "source", "url", "title", "language", "published_at", "text", "stages", "raw", "updated_at"}
	entityCols  = []string{"article_id", "ref", "name", "type", "link", "score"}
	mentionCols = []string{"article_id", "ref", "char_start", "char_end", "text"}
	quoteCols   = []string{
		"article_id", "idx", "char_start", "char_end", "text", "kind",
		"speaker_start", "speaker_end", "speaker_text", "speaker_name", "speaker_ref", "speaker_link",
		"cue_start", "cue_end", "cue_text", "context_start", "context_end",
	}
)

// batchRows is one transaction's worth of rows.
type batchRows struct {
	ids      []string
	articles [][]any
	entities [][]any
	mentions [][]any
	quotes   [][]any
}

// buildRows turns articles into table rows. When a batch holds the same id
// twice (a redelivery next to a replay), the later message wins, as it
// would have had the two come in separate transactions.
func buildRows(recs []sink.Record, now time.Time) (*batchRows, error) {
	last := make(map[string]int, len(recs))
	for i, rec := range recs {
		last[rec.Article.ID] = i
	}
	r := &batchRows{}
	for i, rec := range recs {
		if last[rec.Article.ID] != i {
			continue
		}
		if err := r.add(rec, now); err != nil {
			return nil, err
		}
	}
	// A fixed order of ids keeps concurrent sinks from deadlocking on
	// each other's row locks.
	sort.Strings(r.ids)
	return r, nil
}

func (r *batchRows) add(rec sink.Record, now time.Time) error {
	a := rec.Article
	// The message as received is the most faithful raw copy; an article
	// built in code is encoded.
	raw := rec.Data
	if raw == nil {
		var err error
		if raw, err = a.AppendJSON(nil); err != nil {
			return err
		}
	}
	var stages []byte
	if a.Stages != nil {
		var err error
		if stages, err = json.Marshal(a.Stages); err != nil {
			return err
		}
	}
	id := pgText(a.ID)
	r.ids = append(r.ids, id)
	r.articles = append(r.articles, []any{
		id, nullText(a.Source), nullText(a.URL), nullText(a.Title), nullText(a.Language),
		parseTime(a.PublishedAt), strPtr(a.Text), nullJSON(stages), pgJSON(raw), now,
	})

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
	return nil
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
