package ui

import (
	"strings"
	"sync"
	"time"

	"github.com/wirestream/wirestream/schemas"
)

// ArticleView is a linked article as the page shows it: the raw body is left
// out (the text is what offsets index).
type ArticleView struct {
	Seq         uint64               `json:"seq"`
	Subject     string               `json:"subject"`
	StoredAt    time.Time            `json:"stored_at"`
	ID          string               `json:"id"`
	Source      string               `json:"source,omitempty"`
	URL         string               `json:"url,omitempty"`
	Title       string               `json:"title,omitempty"`
	PublishedAt string               `json:"published_at,omitempty"`
	Text        string               `json:"text"`
	Quotes      []schemas.Quote      `json:"quotes"`
	Entities    []schemas.Entity     `json:"entities"`
	Stages      []schemas.Provenance `json:"stages"`
}

// EntityRef is an entity as a quote refers to it.
type EntityRef struct {
	Ref  string `json:"ref"`
	Name string `json:"name"`
	Type string `json:"type"`
	Link string `json:"link,omitempty"`
}

// QuoteEntry is one quote of the index: who said what, where.
type QuoteEntry struct {
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Seq       uint64    `json:"seq"`
	StoredAt  time.Time `json:"stored_at"`
	Index     int       `json:"index"`
	Text      string    `json:"text"`
	Kind      string    `json:"kind"`
	Cue       string    `json:"cue,omitempty"`
	// Speaker is the attributed mention, SpeakerName the fullest name,
	// SpeakerEntity the speaker's linked entity when there is one.
	Speaker       string     `json:"speaker,omitempty"`
	SpeakerName   string     `json:"speaker_name,omitempty"`
	SpeakerEntity *EntityRef `json:"speaker_entity,omitempty"`
	// Entities are those mentioned inside the quoted words.
	Entities []EntityRef `json:"entities"`
}

// QuoteFilter selects quotes; empty fields match everything. Matching is
// case-insensitive: Speaker and Entity match a name by substring or a
// Wikidata id exactly, Source exactly, Text by substring.
type QuoteFilter struct {
	Speaker string
	Entity  string
	Source  string
	Text    string
	Kind    string
	Limit   int
}

// store keeps the newest articles and the quotes of a longer window.
type store struct {
	mu        sync.RWMutex
	maxArts   int
	maxQuotes int
	articles  []*ArticleView // oldest first
	quotes    []QuoteEntry   // oldest first
}

func newStore(maxArticles, maxQuotes int) *store {
	return &store{maxArts: max(maxArticles, 1), maxQuotes: max(maxQuotes, 1)}
}

// add stores an article; an article seen before (reprocessed, replayed)
// replaces its earlier version and quotes.
func (s *store) add(a *ArticleView) {
	qs := quoteEntries(a)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = removeArticle(s.articles, a.ID)
	s.articles = append(s.articles, a)
	if n := len(s.articles) - s.maxArts; n > 0 {
		s.articles = append(s.articles[:0:0], s.articles[n:]...)
	}
	s.quotes = removeQuotes(s.quotes, a.ID)
	s.quotes = append(s.quotes, qs...)
	if n := len(s.quotes) - s.maxQuotes; n > 0 {
		s.quotes = append(s.quotes[:0:0], s.quotes[n:]...)
	}
}

func removeArticle(as []*ArticleView, id string) []*ArticleView {
	out := as[:0]
	for _, a := range as {
		if a.ID != id {
			out = append(out, a)
		}
	}
	return out
}

func removeQuotes(qs []QuoteEntry, id string) []QuoteEntry {
	out := qs[:0]
	for _, q := range qs {
		if q.ArticleID != id {
			out = append(out, q)
		}
	}
	return out
}

// recent returns up to limit articles, newest first.
func (s *store) recent(limit int) []*ArticleView {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if limit <= 0 || limit > len(s.articles) {
		limit = len(s.articles)
	}
	out := make([]*ArticleView, 0, limit)
	for i := len(s.articles) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, s.articles[i])
	}
	return out
}

// find returns the quotes matching f, newest article first, and how many
// matched in all.
func (s *store) find(f QuoteFilter) (out []QuoteEntry, total int) {
	f = f.normalised()
	s.mu.RLock()
	defer s.mu.RUnlock()
	// Newest article first, each article's quotes in text order: an
	// article's quotes lie together in s.quotes.
	for end := len(s.quotes); end > 0; {
		start := end - 1
		for start > 0 && s.quotes[start-1].ArticleID == s.quotes[end-1].ArticleID {
			start--
		}
		for i := start; i < end; i++ {
			q := &s.quotes[i]
			if !f.match(q) {
				continue
			}
			total++
			if f.Limit <= 0 || len(out) < f.Limit {
				out = append(out, *q)
			}
		}
		end = start
	}
	return out, total
}

func (f QuoteFilter) normalised() QuoteFilter {
	f.Speaker = strings.ToLower(strings.TrimSpace(f.Speaker))
	f.Entity = strings.ToLower(strings.TrimSpace(f.Entity))
	f.Source = strings.ToLower(strings.TrimSpace(f.Source))
	f.Text = strings.ToLower(strings.TrimSpace(f.Text))
	f.Kind = strings.ToLower(strings.TrimSpace(f.Kind))
	return f
}

// match assumes a normalised filter.
func (f QuoteFilter) match(q *QuoteEntry) bool {
	if f.Kind != "" && strings.ToLower(q.Kind) != f.Kind {
		return false
	}
	if f.Source != "" && strings.ToLower(q.Source) != f.Source {
		return false
	}
	if f.Text != "" && !strings.Contains(strings.ToLower(q.Text), f.Text) {
		return false
	}
	if f.Speaker != "" {
		ok := containsFold(q.SpeakerName, f.Speaker) || containsFold(q.Speaker, f.Speaker)
		if e := q.SpeakerEntity; e != nil {
			ok = ok || containsFold(e.Name, f.Speaker) || strings.EqualFold(e.Link, f.Speaker)
		}
		if !ok {
			return false
		}
	}
	if f.Entity != "" {
		ok := false
		for _, e := range q.Entities {
			if containsFold(e.Name, f.Entity) || strings.EqualFold(e.Link, f.Entity) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// containsFold reports whether s contains the lower-case needle.
func containsFold(s, lowerNeedle string) bool {
	return s != "" && strings.Contains(strings.ToLower(s), lowerNeedle)
}

// quoteEntries indexes an article's quotes with their speakers' entities
// and the entities mentioned inside each quote.
func quoteEntries(a *ArticleView) []QuoteEntry {
	byRef := make(map[string]*schemas.Entity, len(a.Entities))
	for i := range a.Entities {
		byRef[a.Entities[i].Ref] = &a.Entities[i]
	}
	out := make([]QuoteEntry, 0, len(a.Quotes))
	for i, q := range a.Quotes {
		e := QuoteEntry{
			ArticleID: a.ID, Title: a.Title, Source: a.Source, Seq: a.Seq, StoredAt: a.StoredAt,
			Index: i, Text: q.Text, Kind: q.Kind, Entities: []EntityRef{},
		}
		if q.Cue != nil {
			e.Cue = q.Cue.Text
		}
		if sp := q.Speaker; sp != nil {
			e.Speaker, e.SpeakerName = sp.Text, sp.Name
			if sp.Ref != nil {
				if ent, ok := byRef[*sp.Ref]; ok {
					r := entityRef(ent)
					e.SpeakerEntity = &r
				}
			}
		}
		for j := range a.Entities {
			ent := &a.Entities[j]
			for _, m := range ent.Mentions {
				if m.Start >= q.Start && m.End <= q.End {
					e.Entities = append(e.Entities, entityRef(ent))
					break
				}
			}
		}
		out = append(out, e)
	}
	return out
}

func entityRef(e *schemas.Entity) EntityRef {
	r := EntityRef{Ref: e.Ref, Name: e.Name, Type: e.Type}
	if e.Link != nil {
		r.Link = *e.Link
	}
	return r
}
