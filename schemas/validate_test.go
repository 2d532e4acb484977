package schemas_test

import (
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

func TestSchemasCompileAndDeclareDraft2020(t *testing.T) {
	for _, name := range schemas.SchemaNames {
		data, err := schemas.SchemaJSON(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema = %v, want draft 2020-12", name, doc["$schema"])
		}
		if doc["additionalProperties"] != true {
			t.Errorf("%s: unknown fields must be allowed (additionalProperties true)", name)
		}
		// Validating anything forces the compile of every schema.
		_ = schemas.Validate(name, []byte(`{}`))
	}
	if err := schemas.Validate("article.v9", []byte(`{}`)); err == nil {
		t.Error("an unknown schema name must be an error")
	}
}

func TestValidateRawArticle(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"minimal", `{"id":"a","body":"Hello."}`, true},
		{"full", `{"id":"a","source":"voa","url":"https://x.test/a","title":"T","published_at":"2026-01-02T03:04:05Z","language":"en","content_type":"text/html","body":"<p>Hi</p>"}`, true},
		{"numeric id", `{"id":42,"body":"x"}`, true},
		{"unknown fields kept", `{"id":"a","body":"x","x_feed":{"k":[1,2]},"priority":3}`, true},
		{"charset parameter", `{"id":"a","body":"x","content_type":"text/html; charset=utf-8"}`, true},
		{"null metadata", `{"id":"a","body":"x","title":null,"published_at":null}`, true},
		{"missing id", `{"body":"x"}`, false},
		{"empty id", `{"id":"","body":"x"}`, false},
		{"missing body", `{"id":"a"}`, false},
		{"body not a string", `{"id":"a","body":["x"]}`, false},
		{"published_at not RFC 3339", `{"id":"a","body":"x","published_at":"March 3, 2026"}`, false},
		{"other content type", `{"id":"a","body":"x","content_type":"application/pdf"}`, false},
		{"not an object", `["id","body"]`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := schemas.Validate(schemas.RawArticleSchema, []byte(c.doc))
			if (err == nil) != c.ok {
				t.Fatalf("valid=%v, want %v: %v", err == nil, c.ok, err)
			}
		})
	}
}

func TestValidateArticle(t *testing.T) {
	const text = `"text":"Hi there."`
	cases := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"raw is an article too", `{"id":"a","body":"x"}`, true},
		{"cleaned", `{"id":"a",` + text + `,"captions":[]}`, true},
		{"segmented", `{"id":"a",` + text + `,"paragraphs":[{"start":0,"end":9}],"sentences":[{"start":0,"end":9}]}`, true},
		{"quote with speaker and cue", `{"id":"a",` + text + `,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"direct","speaker":{"start":3,"end":8,"text":"there","name":"There","ref":null},"cue":{"start":3,"end":8,"text":"there"}}]}`, true},
		{"quote without speaker", `{"id":"a",` + text + `,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"mixed","speaker":null,"cue":null}]}`, true},
		{"entity linked", `{"id":"a",` + text + `,"entities":[{"ref":"e1","name":"There","type":"LOC","link":"Q1","score":0.9,"mentions":[{"start":3,"end":8,"text":"there"}]}]}`, true},
		{"entity unlinked", `{"id":"a",` + text + `,"entities":[{"ref":"e1","name":"There","type":"MISC","link":null,"score":0,"mentions":[]}]}`, true},
		{"provenance", `{"id":"a",` + text + `,"stages":[{"stage":"clean","version":"clean/1.0.0","at":"2026-01-02T03:04:05.123Z","duration_ms":0.25}]}`, true},
		{"unknown fields kept", `{"id":"a",` + text + `,"x_score":1,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"direct","speaker":null,"cue":null,"x_conf":0.5}]}`, true},
		{"numeric id is text downstream", `{"id":42}`, false},
		{"sentences without text", `{"id":"a","sentences":[{"start":0,"end":1}]}`, false},
		{"negative offset", `{"id":"a",` + text + `,"sentences":[{"start":-1,"end":1}]}`, false},
		{"fractional offset", `{"id":"a",` + text + `,"sentences":[{"start":0.5,"end":1}]}`, false},
		{"span without end", `{"id":"a",` + text + `,"paragraphs":[{"start":0}]}`, false},
		{"unknown quote kind", `{"id":"a",` + text + `,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"paraphrase","speaker":null,"cue":null}]}`, false},
		{"quote missing speaker key", `{"id":"a",` + text + `,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"direct","cue":null}]}`, false},
		{"speaker without name", `{"id":"a",` + text + `,"quotes":[{"start":0,"end":2,"text":"Hi","kind":"direct","speaker":{"start":3,"end":8,"text":"there","ref":null},"cue":null}]}`, false},
		{"unknown entity type", `{"id":"a",` + text + `,"entities":[{"ref":"e1","name":"X","type":"GPE","link":null,"score":0,"mentions":[]}]}`, false},
		{"provenance time not RFC 3339", `{"id":"a",` + text + `,"stages":[{"stage":"clean","version":"1","at":"yesterday","duration_ms":1}]}`, false},
		{"negative duration", `{"id":"a",` + text + `,"stages":[{"stage":"clean","version":"1","at":"2026-01-02T03:04:05Z","duration_ms":-1}]}`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := schemas.Validate(schemas.ArticleSchema, []byte(c.doc))
			if (err == nil) != c.ok {
				t.Fatalf("valid=%v, want %v: %v", err == nil, c.ok, err)
			}
		})
	}
}

// The Go types and the schema must not drift: a fully populated Article
// as the codec writes it is valid, and so is one with empty stage outputs.
func TestArticleTypeMatchesSchema(t *testing.T) {
	text := "“We will rebuild,” Mayor Ana Ruiz said in Lisbon."
	ref := "e1"
	link := "Q597"
	full := schemas.Article{
		ID: "x1", Source: "wire", URL: "https://x.test/1", Title: "T",
		PublishedAt: "2026-05-01T10:00:00+02:00", Language: "en",
		ContentType: schemas.TextPlain, Body: text,
		Captions:   []string{"A caption."},
		Paragraphs: []schemas.Span{{Start: 0, End: 49}},
		Sentences:  []schemas.Span{{Start: 0, End: 49}},
		Quotes: []schemas.Quote{{
			Start: 1, End: 16, Text: "We will rebuild", Kind: schemas.KindDirect,
			Speaker: &schemas.Speaker{Start: 19, End: 33, Text: "Mayor Ana Ruiz", Name: "Ana Ruiz", Ref: &ref},
			Cue:     &schemas.Mention{Start: 34, End: 38, Text: "said"},
		}},
		Entities: []schemas.Entity{
			{Ref: "e1", Name: "Ana Ruiz", Type: schemas.PER, Score: 0.4, Mentions: []schemas.Mention{{Start: 25, End: 33, Text: "Ana Ruiz"}}},
			{Ref: "e2", Name: "Lisbon", Type: schemas.LOC, Link: &link, Score: 0.97, Mentions: []schemas.Mention{{Start: 42, End: 48, Text: "Lisbon"}}},
		},
		Stages: []schemas.Provenance{{Stage: "clean", Version: "clean/1.0.0", At: time.Now().UTC().Format(time.RFC3339Nano), DurationMS: 1.5}},
	}
	full.SetText(text)
	empty := schemas.Article{ID: "x2", Captions: []string{}, Paragraphs: []schemas.Span{}, Sentences: []schemas.Span{}, Quotes: []schemas.Quote{}, Entities: []schemas.Entity{}}
	empty.SetText("")
	for _, a := range []*schemas.Article{&full, &empty} {
		out, err := a.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemas.Validate(schemas.ArticleSchema, out); err != nil {
			t.Errorf("%s: %v\n%s", a.ID, err, out)
		}
		if err := schemas.CheckOffsets(a); err != nil {
			t.Errorf("%s: offsets: %v", a.ID, err)
		}
	}
}

// The dead letter the pipeline writes must match dlq.v1.
func TestDeadLetterTypeMatchesSchema(t *testing.T) {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	dls := []pipeline.DeadLetter{
		{Schema: schemas.DLQSchema, Error: "decode article: malformed JSON", Kind: pipeline.DeadDecode, Stage: "clean",
			Subject: "news.raw.voa", DeliveryCount: 1, ReceivedAt: now, FailedAt: now, Payload: `{"id":`},
		{Schema: schemas.DLQSchema, Error: "stage panic: boom", Kind: pipeline.DeadPanic, Stage: "quotes", StageVersion: "quotes/1.0.0",
			ArticleID: "a1", Subject: "NS.news.segmented.ap", Stream: "NS_NEWS_SEGMENTED", StreamSeq: 7, MessageID: "a1:segment:1:00",
			DeliveryCount: 2, ReceivedAt: now, FailedAt: now, Payload: "/w==", PayloadEncoding: "base64",
			PayloadTruncated: true, PayloadBytes: 9000000, Stack: "goroutine 1"},
	}
	for _, dl := range dls {
		b, err := json.Marshal(&dl)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemas.Validate(schemas.DLQSchema, b); err != nil {
			t.Errorf("%v\n%s", err, b)
		}
	}
	bad := `{"schema":"dlq.v1","error":"x","kind":"decode","stage":"clean","subject":"s","delivery_count":1,"received_at":"now","failed_at":"now","payload":""}`
	if err := schemas.Validate(schemas.DLQSchema, []byte(bad)); err == nil {
		t.Error("dead letter with non-RFC 3339 times validated")
	}
	if err := schemas.Validate(schemas.DLQSchema, []byte(`{"schema":"dlq.v1","error":"x"}`)); err == nil {
		t.Error("dead letter without stage, subject and payload validated")
	}
}

func TestValidateRejectsNonJSON(t *testing.T) {
	for _, doc := range []string{``, `{"id":"a"`, `{"id":"a","body":"x"} {}`} {
		if err := schemas.Validate(schemas.RawArticleSchema, []byte(doc)); err == nil {
			t.Errorf("%q validated", doc)
		}
	}
}

func TestCheckOffsets(t *testing.T) {
	// Code points, not bytes: "é" and the curly quotes are one each.
	text := "“Café,” said Zoë."
	ok := schemas.Article{ID: "a",
		Sentences: []schemas.Span{{Start: 0, End: 17}},
		Quotes: []schemas.Quote{{Start: 1, End: 5, Text: "Café", Kind: schemas.KindDirect,
			Speaker: &schemas.Speaker{Start: 13, End: 16, Text: "Zoë", Name: "Zoë"},
			Cue:     &schemas.Mention{Start: 8, End: 12, Text: "said"}}},
	}
	ok.SetText(text)
	if err := schemas.CheckOffsets(&ok); err != nil {
		t.Fatalf("valid article: %v", err)
	}
	cases := map[string]func(a *schemas.Article){
		"span past the end":    func(a *schemas.Article) { a.Sentences = []schemas.Span{{Start: 0, End: 18}} },
		"start after end":      func(a *schemas.Article) { a.Sentences = []schemas.Span{{Start: 5, End: 4}} },
		"byte offsets":         func(a *schemas.Article) { a.Quotes[0].Start, a.Quotes[0].End = 3, 8 },
		"wrong mention text":   func(a *schemas.Article) { a.Quotes[0].Cue.Text = "says" },
		"dangling speaker ref": func(a *schemas.Article) { a.Entities = []schemas.Entity{}; a.Quotes[0].Speaker.Ref = schemas.Str("e9") },
		"duplicate entity ref": func(a *schemas.Article) {
			a.Entities = []schemas.Entity{{Ref: "e1", Mentions: []schemas.Mention{}}, {Ref: "e1", Mentions: []schemas.Mention{}}}
		},
		"spans without text": func(a *schemas.Article) { a.Text = nil },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			a := ok
			q := ok.Quotes[0]
			sp, cue := *q.Speaker, *q.Cue
			q.Speaker, q.Cue = &sp, &cue
			a.Quotes = []schemas.Quote{q}
			mutate(&a)
			if err := schemas.CheckOffsets(&a); err == nil {
				t.Fatal("no error")
			}
		})
	}
}
