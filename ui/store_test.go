package ui

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// fixtureView reads testdata/linked.json as the follower would show it.
func fixtureView(t *testing.T, id, source string) *ArticleView {
	t.Helper()
	data, err := os.ReadFile("testdata/linked.json")
	if err != nil {
		t.Fatal(err)
	}
	var a schemas.Article
	if err := schemas.Decode(data, &a, schemas.AllFields); err != nil {
		t.Fatal(err)
	}
	return &ArticleView{ID: id, Source: source, Title: a.Title, Text: a.TextOrEmpty(),
		Quotes: a.Quotes, Entities: a.Entities, Stages: a.Stages}
}

func TestQuoteFilters(t *testing.T) {
	s := newStore(10, 100)
	s.add(fixtureView(t, "a1", "wire"))
	s.add(fixtureView(t, "a2", "voa"))
	tests := []struct {
		name string
		f    QuoteFilter
		want int
	}{
		{"all", QuoteFilter{}, 6},
		{"speaker by full name", QuoteFilter{Speaker: "maria lopez"}, 4},
		{"speaker by surname mention", QuoteFilter{Speaker: "LOPEZ"}, 4},
		{"speaker without entity", QuoteFilter{Speaker: "officials"}, 2},
		{"speaker matches no one", QuoteFilter{Speaker: "Putin"}, 0},
		{"entity by name inside the quote", QuoteFilter{Entity: "lisbon"}, 2},
		{"entity by Wikidata id", QuoteFilter{Entity: "q597"}, 2},
		{"entity id is exact, not a prefix", QuoteFilter{Entity: "Q59"}, 0},
		{"entity outside every quote", QuoteFilter{Entity: "European Commission"}, 0},
		{"source", QuoteFilter{Source: "VOA"}, 3},
		{"source is exact", QuoteFilter{Source: "vo"}, 0},
		{"text", QuoteFilter{Text: "RIVER"}, 2},
		{"kind", QuoteFilter{Kind: "mixed"}, 2},
		{"combined", QuoteFilter{Speaker: "lopez", Source: "wire", Kind: "indirect"}, 1},
		{"limit keeps the total", QuoteFilter{Limit: 2}, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, total := s.find(tc.f)
			if total != tc.want {
				t.Fatalf("total = %d, want %d", total, tc.want)
			}
			if tc.f.Limit > 0 && len(got) != tc.f.Limit {
				t.Fatalf("returned %d, want the limit %d", len(got), tc.f.Limit)
			}
			if tc.f.Limit == 0 && len(got) != tc.want {
				t.Fatalf("returned %d, want %d", len(got), tc.want)
			}
		})
	}
	// Newest article first (a2 was added last), its quotes in text order.
	got, _ := s.find(QuoteFilter{})
	var order []string
	for _, q := range got {
		order = append(order, q.ArticleID+":"+strconv.Itoa(q.Index))
	}
	if want := "a2:0 a2:1 a2:2 a1:0 a1:1 a1:2"; strings.Join(order, " ") != want {
		t.Errorf("order %v, want %s", order, want)
	}
}

func TestQuoteEntryResolvesSpeakerEntity(t *testing.T) {
	qs := quoteEntries(fixtureView(t, "a", "wire"))
	if len(qs) != 3 {
		t.Fatalf("%d quotes", len(qs))
	}
	if e := qs[0].SpeakerEntity; e == nil || e.Name != "Maria Lopez" || e.Type != "PER" {
		t.Errorf("speaker entity of quote 0 = %+v", e)
	}
	if qs[1].SpeakerEntity != nil {
		t.Errorf("quote 1 has no speaker entity, got %+v", qs[1].SpeakerEntity)
	}
	if qs[0].Cue != "said" || qs[2].Cue != "added" {
		t.Errorf("cues %q %q", qs[0].Cue, qs[2].Cue)
	}
	if len(qs[2].Entities) != 1 || qs[2].Entities[0].Link != "Q597" {
		t.Errorf("entities in quote 2 = %+v", qs[2].Entities)
	}
}

func TestStoreReplacesAndBounds(t *testing.T) {
	s := newStore(2, 4)
	s.add(fixtureView(t, "a", "x"))
	s.add(fixtureView(t, "a", "y")) // reprocessed: replaces
	if got := s.recent(0); len(got) != 1 || got[0].Source != "y" {
		t.Fatalf("after replace: %d articles", len(got))
	}
	if _, total := s.find(QuoteFilter{}); total != 3 {
		t.Fatalf("quotes after replace = %d, want 3", total)
	}
	s.add(fixtureView(t, "b", "x"))
	s.add(fixtureView(t, "c", "x"))
	got := s.recent(0)
	if len(got) != 2 || got[0].ID != "c" || got[1].ID != "b" {
		t.Fatalf("ring: %v", []string{got[0].ID, got[1].ID})
	}
	if _, total := s.find(QuoteFilter{}); total != 4 {
		t.Fatalf("quote window = %d, want 4", total)
	}
	if got := s.recent(1); len(got) != 1 || got[0].ID != "c" {
		t.Fatalf("recent(1) = %v", got)
	}
}

func TestPercentile(t *testing.T) {
	vals := make([]float64, 100)
	for i := range vals {
		vals[i] = float64(i + 1)
	}
	tests := []struct {
		vals    []float64
		p, want float64
	}{
		{vals, 50, 50},
		{vals, 99, 99},
		{vals, 100, 100},
		{[]float64{7}, 50, 7},
		{[]float64{7}, 99, 7},
		{[]float64{1, 2, 3}, 50, 2},
		{[]float64{1, 2, 3}, 99, 3},
		{nil, 50, 0},
	}
	for _, tc := range tests {
		if got := percentile(tc.vals, tc.p); got != tc.want {
			t.Errorf("percentile(%d values, %v) = %v, want %v", len(tc.vals), tc.p, got, tc.want)
		}
	}
}

func TestLatencyFromProvenance(t *testing.T) {
	l := newLatencies(4)
	l.observe(fixtureView(t, "a", "x").Stages)
	if got := l.summary("entities"); got.N != 1 || got.P50 != 8 {
		t.Errorf("entities = %+v", got)
	}
	// clean started at :01.000, entities started at :01.300 and took 8ms.
	if got := l.summary(EndToEnd); got.N != 1 || got.P50 < 307.9 || got.P50 > 308.1 {
		t.Errorf("end to end = %+v", got)
	}
	for range 10 {
		l.observe([]schemas.Provenance{{Stage: "clean", DurationMS: 1}})
	}
	if got := l.summary("clean"); got.N != 4 || got.P99 != 1 {
		t.Errorf("window not bounded to 4: %+v", got)
	}
}

func TestTruncateRunes(t *testing.T) {
	if got := truncateRunes("héllo wörld", 5); got != "héllo…" {
		t.Errorf("got %q", got)
	}
	if got := truncateRunes("short", 5); got != "short" {
		t.Errorf("got %q", got)
	}
}
