package entities

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

// FuzzProcess runs the whole stage (tagger, coreference, linking, speaker
// refs) on arbitrary text with a quote pointing into it. It must never
// panic, and every mention it reports must be a valid span whose text is
// that span of the article.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"President Donald Trump met Russian President Vladimir Putin in Hamburg, Germany. Trump said the talks went well.",
		`"We will see," Peskov told reporters in Moscow. The U.S. and the U.N. disagreed.`,
		"G-20 ... U.S.-Russia Antalya, Turkey; the State Department's spokesman",
		"ÉÉÉ Ünïcödé Çity, Ø. \u0000 \u00a0 Co Ltd Inc. of of of",
		"",
	} {
		f.Add(s)
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras, sents := segment.Split(text)
		a := &schemas.Article{ID: "fuzz", Paragraphs: paras, Sentences: sents, Quotes: []schemas.Quote{}}
		a.SetText(text)
		if n := utf8.RuneCountInString(text); n > 0 {
			// A speaker span over the first word, as the quotes stage sets.
			end := min(n, 5)
			a.Quotes = append(a.Quotes, schemas.Quote{Start: 0, End: end, Text: string([]rune(text)[:end]), Kind: schemas.KindDirect,
				Speaker: &schemas.Speaker{Start: 0, End: end, Text: string([]rune(text)[:end]), Name: string([]rune(text)[:end])}})
		}
		if err := st.Process(context.Background(), a); err != nil {
			return
		}
		runes := []rune(text)
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
					t.Fatalf("entity %s: bad span [%d,%d) in %d code points", e.Ref, m.Start, m.End, len(runes))
				}
				if got := string(runes[m.Start:m.End]); got != m.Text {
					t.Fatalf("entity %s: mention text %q, span holds %q", e.Ref, m.Text, got)
				}
			}
		}
	})
}

// FuzzProcessCaptions: text and a caption read as one document must give
// mentions that index the text and caption mentions that index their
// caption, whatever the two hold (a name across the join, invalid bytes).
func FuzzProcessCaptions(f *testing.F) {
	for _, s := range [][2]string{
		{"Chancellor Angela Merkel spoke.", "FILE - Merkel in Berlin, May 3, 2019."},
		{"Talks in Moscow", "Vladimir Putin"},
		{"", "Ünïcödé Çity, Ø. Co Ltd"},
		{"Prime Minister Shinzo", "Abe waves in Ōsaka."},
		{"x", "\xff\xfe New York \xc3"},
	} {
		f.Add(s[0], s[1])
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, caption string) {
		paras, sents := segment.Split(text)
		a := &schemas.Article{ID: "fuzz", Paragraphs: paras, Sentences: sents, Captions: []string{caption, caption}}
		a.SetText(text)
		if err := st.Process(context.Background(), a); err != nil {
			return
		}
		if !utf8.ValidString(text) || !utf8.ValidString(caption) {
			return // offsets of invalid bytes are not comparable as runes
		}
		if err := schemas.CheckOffsets(a); err != nil {
			t.Fatal(err)
		}
	})
}
