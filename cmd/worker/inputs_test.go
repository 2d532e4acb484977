package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// want describes one article expected from an input file; "" fields are
// not checked, except id, which "derived" asks to be derived.
type wantArticle struct {
	id, title, published, language, contentType, bodyHas, extra string
	err                                                         bool
}

func readFixture(t *testing.T, name string) []item {
	t.Helper()
	p := filepath.Join("testdata", "inputs", name)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []item
	if err := readInput(name, kindOf(name), f, func(it item) bool { items = append(items, it); return true }); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestReadInputShapes(t *testing.T) {
	cases := []struct {
		file string
		want []wantArticle
	}{
		{"plain.txt", []wantArticle{{id: "derived", contentType: schemas.TextPlain, bodyHas: "GALWAY, Ireland - Ferries"}}},
		{"page.html", []wantArticle{{id: "derived", contentType: schemas.TextHTML, bodyHas: "<nav><a href=\"/\">Home</a></nav>"}}},
		{"ninjs2.json", []wantArticle{{
			id: "urn:example:ferry-2026-01-05", title: "Storm closes ferry routes to Aran Islands",
			published: "2026-01-05T09:30:00+00:00", language: "en-GB",
			contentType: schemas.TextHTML, bodyHas: "<p>GALWAY, Ireland - Ferries were cancelled.</p>",
		}}},
		{"ninjs2-text.json", []wantArticle{{
			id: "urn:example:plain-body", title: "Only headline", published: "2026-01-05T09:30:00Z",
			contentType: schemas.TextPlain, bodyHas: "Plain words only.",
		}}},
		{"ninjs1.json", []wantArticle{{
			id: "tag:example.org,2026:ferry", title: "Old-style ninjs", published: "2026-01-05T09:30:00Z",
			language: "en", contentType: schemas.TextPlain, bodyHas: "GALWAY - Ferries were cancelled.",
		}}},
		{"raw.json", []wantArticle{{
			id: "derived", title: "Raw object", contentType: schemas.TextHTML,
			bodyHas: "<p>Ferries", extra: `"x_tags":["weather", "transport"]`,
		}}},
		{"array.json", []wantArticle{
			{id: "arr-1", contentType: schemas.TextPlain, bodyHas: "First article."},
			{id: "urn:example:arr-2", contentType: schemas.TextPlain, bodyHas: "Second, as ninjs."},
		}},
		{"articles.jsonl", []wantArticle{
			{id: "l1", bodyHas: "Line one."},
			{err: true},
			{id: "42", published: "2026-01-05T09:30:00Z", bodyHas: "Numeric id."},
		}},
		{"latin1.txt", []wantArticle{{id: "derived", contentType: schemas.TextPlain, bodyHas: "Café owners in Köln said “no” to the plan."}}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			items := readFixture(t, c.file)
			if len(items) != len(c.want) {
				t.Fatalf("%d articles, want %d", len(items), len(c.want))
			}
			for i, w := range c.want {
				it := items[i]
				if w.err {
					if it.err == nil {
						t.Errorf("[%d] %s: no error for a malformed article", i, it.where)
					}
					if !strings.Contains(it.where, ":3") {
						t.Errorf("[%d] error location %q does not name line 3", i, it.where)
					}
					continue
				}
				if it.err != nil {
					t.Fatalf("[%d] %s: %v", i, it.where, it.err)
				}
				a := it.art
				if err := finishArticle(a, ""); err != nil {
					t.Fatalf("[%d] finish: %v", i, err)
				}
				switch {
				case w.id == "derived":
					if len(a.ID) != 32 {
						t.Errorf("[%d] derived id %q", i, a.ID)
					}
				case a.ID != w.id:
					t.Errorf("[%d] id %q, want %q", i, a.ID, w.id)
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("[%d] %s %q, want %q", i, field, got, want)
					}
				}
				check("title", a.Title, w.title)
				check("published_at", a.PublishedAt, w.published)
				check("language", a.Language, w.language)
				check("content_type", a.ContentType, w.contentType)
				if !strings.Contains(a.Body, w.bodyHas) {
					t.Errorf("[%d] body lacks %q: %q", i, w.bodyHas, a.Body)
				}
				out, err := a.AppendJSON(nil)
				if err != nil {
					t.Fatal(err)
				}
				if w.extra != "" && !strings.Contains(string(out), w.extra) {
					t.Errorf("[%d] unknown field not kept verbatim: %s", i, out)
				}
				if err := schemas.Validate(schemas.RawArticleSchema, out); err != nil {
					t.Errorf("[%d] published article is not a valid raw article: %v", i, err)
				}
			}
		})
	}
}

func TestDerivedIDs(t *testing.T) {
	a := &schemas.Article{Body: "same body", URL: "https://x.test/1"}
	b := &schemas.Article{Body: "other body", URL: "https://x.test/1"}
	c := &schemas.Article{Body: "same body"}
	d := &schemas.Article{Body: "same body"}
	for _, x := range []*schemas.Article{a, b, c, d} {
		if err := finishArticle(x, "wire"); err != nil {
			t.Fatal(err)
		}
	}
	if a.ID != b.ID {
		t.Error("the url decides the id when there is one")
	}
	if c.ID != d.ID || c.ID == a.ID {
		t.Error("without a url the body decides the id")
	}
	if a.Source != "wire" {
		t.Errorf("source %q, want the flag's", a.Source)
	}
	keep := &schemas.Article{ID: "k", Body: "x", Source: "own"}
	_ = finishArticle(keep, "")
	if keep.Source != "own" || keep.ID != "k" {
		t.Errorf("an article's own id and source must stay without a flag: %+v", keep)
	}
	if err := finishArticle(&schemas.Article{ID: "e", Body: "  \n"}, ""); err == nil {
		t.Error("an article without a body was accepted")
	}
}

func TestWalkInputsSkipsHiddenAndUnknown(t *testing.T) {
	var got []string
	err := walkInputs(os.DirFS("testdata/inputs"), ".", func(p string, _ inputKind) error {
		got = append(got, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(got, ",")
	if strings.Contains(joined, "hidden") || strings.Contains(joined, "notes.md") {
		t.Errorf("walked %v", got)
	}
	if len(got) != 9 {
		t.Errorf("walked %d files, want the 9 inputs: %v", len(got), got)
	}
}

func TestSniffContentType(t *testing.T) {
	cases := map[string]string{
		"<!DOCTYPE html><html>":  schemas.TextHTML,
		"  <p>Hello</p>":         schemas.TextHTML,
		"<div class=a>x</div>":   schemas.TextHTML,
		"Hello <b>world</b>":     schemas.TextPlain,
		"WASHINGTON — Lawmakers": schemas.TextPlain,
	}
	for in, want := range cases {
		if got := sniffContentType(in); got != want {
			t.Errorf("%q: %s, want %s", in, got, want)
		}
	}
}
