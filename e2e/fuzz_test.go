package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// applyChain runs the four stages on one encoded article exactly as the
// workers do (pipeline.Apply). Each stage either fails permanently — the
// same input would fail again, so it must go to the DLQ, not be retried —
// or yields an article that the next stage reads; the offsets of the final
// article hold, and when the input was a valid raw article the output is a
// valid article (an invalid publisher field, such as a content_type of
// " " that clean reads as absent, is carried through as it came).
func applyChain(t *testing.T, sts []stages.Stage, in []byte) {
	data := in
	for _, st := range sts {
		res, err := pipeline.Apply(context.Background(), st, data, nil)
		if err != nil {
			if !stages.IsPermanent(err) {
				t.Fatalf("stage %s: a transient error on a fixed input would be retried forever: %v", st.Name(), err)
			}
			return
		}
		data = res.Data
	}
	var a schemas.Article
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("final article does not decode: %v", err)
	}
	if err := schemas.CheckOffsets(&a); err != nil {
		t.Fatalf("offsets: %v", err)
	}
	if schemas.Validate(schemas.RawArticleSchema, in) != nil {
		return
	}
	if err := schemas.Validate(schemas.ArticleSchema, data); err != nil {
		t.Fatalf("final article violates %s: %v", schemas.ArticleSchema, err)
	}
}

// FuzzChainBody: any body and content type, through the whole chain.
//
//	go test -run XXX -fuzz FuzzChainBody -fuzztime 60s ./e2e/
func FuzzChainBody(f *testing.F) {
	for i := range 3 {
		f.Add(story(i), "text/plain")
	}
	f.Add("<html><body><p>"+story(4)+"</p><figure><figcaption>A caption.</figcaption></figure></body></html>", "text/html")
	f.Add(strings.Repeat(`"`, 200), "")
	f.Add(strings.Repeat("<div>", 600)+"x", "text/html")
	f.Add("Mr. Smith said: \u201cno\u201d.\x00\n\n\u2018Yes,\u2019 she said, \u201c", "text/plain; charset=utf-8")
	f.Add("caf\xe9 \xff", "text/plain; charset=iso-8859-1")
	sts := chainStages(f)
	f.Fuzz(func(t *testing.T, body, contentType string) {
		in, err := json.Marshal(rawArticle{ID: "fuzz", ContentType: contentType, Body: body})
		if err != nil {
			t.Skip() // not JSON-encodable (invalid UTF-8 is replaced, so rare)
		}
		applyChain(t, sts, in)
	})
}

// FuzzChainMessage: any message bytes, through the whole chain: the
// decoder of every stage meets them.
//
//	go test -run XXX -fuzz FuzzChainMessage -fuzztime 60s ./e2e/
func FuzzChainMessage(f *testing.F) {
	f.Add([]byte(`{"id":"a","content_type":"text/plain","body":"` + story(1) + `"}`))
	f.Add([]byte(`{"id":"a","text":"Hi. \"Yes,\" he said.","body":3,"stages":[]}`))
	f.Add([]byte(`{"id":"a","body":"x","quotes":[],"entities":null,"extra":{"k":[1,2,{"z":null}]}}`))
	f.Add([]byte(`[{"id":"a"}]`))
	f.Add([]byte("{\"id\":\"a\",\"body\":\"\xff\"}"))
	sts := chainStages(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		applyChain(t, sts, data)
	})
}
