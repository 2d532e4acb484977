package ner

import (
	"slices"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

func TestGazetteerHook(t *testing.T) {
	var keys []string
	hook := func(key string) (uint8, bool) {
		keys = append(keys, string([]byte(key))) // the key is only lent
		return 0, false
	}
	tg := loadTagger(t).WithGazetteer(hook)
	// Spans are asked about when the embedded gazetteer does not know
	// them and their first and last words occur in KB names; made-up
	// words never do.
	text := "Officials at Lisbon-Geneva met The Berlin Harbour Partners in Zorblat."
	ms := tg.Tag(text, nil)
	checkMentions(t, text, ms)
	// normalised like kb.Normalize: hyphens dropped, case folded, a
	// leading "the" dropped
	for _, want := range []string{"lisbongeneva", "berlin harbour partners"} {
		if !slices.Contains(keys, want) {
			t.Errorf("hook not asked %q; asked %q", want, keys)
		}
	}
	// an acronym the hook knows as an organisation only is typed so
	un := func(key string) (uint8, bool) {
		if key == "un" {
			return GazORG, true
		}
		return 0, false
	}
	text = "Diplomats at the U.N. met in Geneva."
	if got := found(text, loadTagger(t).WithGazetteer(un).Tag(text, nil)); !slices.Contains(got, "ORG:U.N.") {
		t.Errorf("hook typing: %q", got)
	}
	for _, k := range keys {
		if k == "" || slices.Contains([]string{"officials", "the berlin harbour partners", "met", "zorblat"}, k) {
			t.Errorf("unexpected key %q", k)
		}
	}
}

// The hook is not asked about title phrases, lists, a common word opening
// the sentence, or spans ending in a first name.
func TestGazetteerHookSkips(t *testing.T) {
	var keys []string
	hook := func(key string) (uint8, bool) {
		keys = append(keys, string([]byte(key)))
		return 0, false
	}
	tg := loadTagger(t).WithGazetteer(hook)
	text := "In Lisbon, President Marcelo Rebelo de Sousa met envoys from Ottawa and Canberra."
	tg.Tag(text, nil)
	for _, k := range []string{"in lisbon", "president marcelo", "president marcelo rebelo", "ottawa and canberra"} {
		if slices.Contains(keys, k) {
			t.Errorf("hook asked %q (all: %q)", k, keys)
		}
	}
}

// hookKey normalises an ASCII span as kb.Normalize does, and declines
// other spans.
func TestHookKeyNormalizes(t *testing.T) {
	var sc scratch
	for _, text := range []string{
		"The Berlin Harbour Partners",
		"U.S. Department of State",
		"O'Brien-Smith & Co., Ltd.",
		"  G-20 (Group of Twenty)  summit ",
		"the",
		"Thebes",
		"AT&T Inc",
		"`Quoted` name__x",
	} {
		sc.toks = tokenize(sc.toks[:0], text, 0, len(text), 0)
		got, ok := hookKey(&sc, text, 0, len(sc.toks))
		want := kb.Normalize(text)
		if want == "" {
			if ok {
				t.Errorf("hookKey(%q) = %q, want none", text, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("hookKey(%q) = %q, %v, want %q", text, got, ok, want)
		}
	}
	text := "Zürich Airport"
	sc.toks = tokenize(sc.toks[:0], text, 0, len(text), 0)
	if got, ok := hookKey(&sc, text, 0, len(sc.toks)); ok {
		t.Errorf("hookKey(%q) = %q, want none for a non-ASCII span", text, got)
	}
}

// The hook's answers are kept by the span's words and the gaps between
// them: a span asked about again is answered from the cache, and spans
// that hookKey reads differently (glued, spaced, or apart by a non-ASCII
// space, which gets no key) are asked separately.
func TestHookCache(t *testing.T) {
	calls := map[string]int{}
	hook := func(key string) (uint8, bool) {
		calls[string([]byte(key))]++
		if key == "foo bar" {
			return GazORG, true
		}
		return 0, false
	}
	var hc hookCache
	ask := func(text string) uint8 {
		var sc scratch
		sc.toks = tokenize(nil, text, 0, len(text), 0)
		fillInfo(&sc, text, &fallbackLexicon)
		var lows []uint64
		for _, wi := range sc.info {
			lows = append(lows, wi.low)
		}
		return askHook(&sc, text, 0, len(sc.toks), hook, &hc, nameHash(lows))
	}
	for _, c := range []struct {
		text string
		want uint8
	}{
		{"Foo . Bar", GazORG},
		{"FOO\t.  BAR", GazORG}, // the same key: case and white space apart
		{"Foo.Bar", 0},          // "foobar"
		{"Foo .\u00a0Bar", 0},   // no key
		{"Foo . Bar", GazORG},
		{"Foo.Bar", 0},
	} {
		if got := ask(c.text); got != c.want {
			t.Errorf("%q: %b, want %b", c.text, got, c.want)
		}
	}
	if calls["foo bar"] != 1 || calls["foobar"] != 1 || len(calls) != 2 {
		t.Errorf("hook asked %v, want foo bar and foobar once each", calls)
	}
}
