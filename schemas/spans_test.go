package schemas

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/segmentio/encoding/json"
)

func TestAppendSpansMatchesAppend(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 20 {
		spans := make([]Span, n)
		for i := range spans {
			spans[i] = Span{Start: r.IntN(1 << 20), End: r.IntN(1<<20) - 5}
		}
		want, _ := json.Append(nil, spans, 0)
		if got := appendSpans(nil, spans); string(got) != string(want) {
			t.Fatalf("got %s\nwant %s", got, want)
		}
	}
}

var spanCases = []string{
	`[]`, ` [ ] `, `[{"start":0,"end":2}]`, `[{"end":2,"start":0},{"start":3,"end":-1}]`,
	`[ { "start" : 10 , "end" : 20 } , {"start":1,"end":2} ]`, `[{"start":1}]`, `[{}]`,
	`[{"start":1.5,"end":2}]`, `[{"start":1e2,"end":2}]`, `[{"start":01,"end":2}]`,
	`[{"start":1,"end":2,"x":3}]`, `[{"start":"1","end":2}]`, `[{"start":1,"end":2},]`,
	`{"start":1}`, `[1]`, `[{"start":1,"end":2}`, `[{"start":9999999999999999999,"end":2}]`,
	`[{"start":1,"end":2}] x`, `[{"start":null,"end":2}]`, `[{"\u0073tart":1,"end":2}]`,
}

// TestParseSpansAgrees checks the fast path against the general decoder:
// where it answers, it must answer the same; where the general decoder
// fails, it must not answer.
func TestParseSpansAgrees(t *testing.T) {
	for _, c := range spanCases {
		var want []Span
		err := json.Unmarshal([]byte(c), &want)
		got, ok := parseSpans([]byte(c))
		if !ok {
			continue
		}
		if err != nil {
			t.Errorf("%s: fast path accepted what Unmarshal refuses (%v)", c, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", c, got, want)
		}
	}
	if _, ok := parseSpans([]byte(`[{"start":0,"end":2},{"end":5,"start":3}]`)); !ok {
		t.Error("plain spans fell off the fast path")
	}
}

func FuzzParseSpans(f *testing.F) {
	for _, c := range spanCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := parseSpans(data)
		if !ok {
			return
		}
		var want []Span
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("%q: fast path accepted what Unmarshal refuses (%v)", data, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %v, want %v", data, got, want)
		}
	})
}

// BenchmarkSpans compares the span paths with the general codec on the
// sentences of a long article.
func BenchmarkSpans(b *testing.B) {
	spans := make([]Span, 300)
	for i := range spans {
		spans[i] = Span{Start: i * 80, End: i*80 + 75}
	}
	raw, _ := json.Append(nil, spans, 0)
	buf := make([]byte, 0, len(raw)*2)
	b.Run("append/fast", func(b *testing.B) {
		for b.Loop() {
			buf = appendSpans(buf[:0], spans)
		}
	})
	b.Run("append/general", func(b *testing.B) {
		for b.Loop() {
			buf, _ = json.Append(buf[:0], spans, 0)
		}
	})
	b.Run("parse/fast", func(b *testing.B) {
		for b.Loop() {
			_, _ = parseSpans(raw)
		}
	})
	b.Run("parse/general", func(b *testing.B) {
		for b.Loop() {
			var s []Span
			_ = json.Unmarshal(raw, &s)
		}
	})
}
