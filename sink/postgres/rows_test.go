package postgres

import (
	"testing"
	"time"

	"github.com/wirestream/wirestream/schemas"
)

func TestQuoteContext(t *testing.T) {
	sents := []schemas.Span{{Start: 0, End: 10}, {Start: 11, End: 20}, {Start: 21, End: 30}}
	for _, c := range []struct {
		name         string
		start, end   int
		wantS, wantE int
		sentences    []schemas.Span
	}{
		{"inside one sentence", 12, 18, 11, 20, sents},
		{"across two sentences", 5, 15, 0, 20, sents},
		{"whole text", 0, 30, 0, 30, sents},
		{"starts in the gap before a sentence", 10, 12, 10, 20, sents},
		{"last sentence", 25, 29, 21, 30, sents},
		{"in the gap between sentences", 10, 11, 10, 11, sents},
		{"no sentences", 3, 7, 3, 7, nil},
	} {
		s, e := quoteContext(c.sentences, c.start, c.end)
		if s != c.wantS || e != c.wantE {
			t.Errorf("%s: context %d-%d, want %d-%d", c.name, s, e, c.wantS, c.wantE)
		}
	}
}

func TestPgJSON(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a":"x"}`, `{"a":"x"}`},
		{`{"a":"x\u0000y"}`, `{"a":"x\ufffdy"}`},
		{`{"a":"\\u0000"}`, `{"a":"\\u0000"}`},           // an escaped backslash, then text
		{`{"a":"\\\u0000"}`, `{"a":"\\\ufffd"}`},         // backslash, then a NUL escape
		{`{"\u0000":"\u00001"}`, `{"\ufffd":"\ufffd1"}`}, // keys too
	} {
		if got := string(pgJSON([]byte(c.in))); got != c.want {
			t.Errorf("pgJSON(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	utc := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	for _, c := range []struct {
		in   string
		want any
	}{
		{"2026-11-23T15:00:00+01:00", utc("2026-11-23T14:00:00Z")},
		{"2026-11-23T15:00:00.123Z", utc("2026-11-23T15:00:00Z").Add(123 * time.Millisecond)},
		{"2026-11-23", utc("2026-11-23T00:00:00Z")},
		{"2026-11-23T15:00:00", utc("2026-11-23T15:00:00Z")},
		{"last Tuesday", nil},
		{"", nil},
	} {
		got := parseTime(c.in)
		if gt, ok := got.(time.Time); ok {
			if wt, ok := c.want.(time.Time); !ok || !gt.Equal(wt) {
				t.Errorf("parseTime(%q) = %v, want %v", c.in, got, c.want)
			}
		} else if got != c.want {
			t.Errorf("parseTime(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestProducedAtIsTheLatestStage(t *testing.T) {
	a := &schemas.Article{Stages: []schemas.Provenance{
		{At: "2026-01-01T10:00:00Z"}, {At: "2026-01-01T12:00:00.5Z"}, {At: "not a time"}, {At: "2026-01-01T11:00:00Z"},
	}}
	got := producedAt(a)
	if want, _ := time.Parse(time.RFC3339Nano, "2026-01-01T12:00:00.5Z"); got == nil || !got.Equal(want) {
		t.Errorf("producedAt = %v, want %v", got, want)
	}
	if producedAt(&schemas.Article{}) != nil {
		t.Error("an article without provenance has a production time")
	}
}
