package e2e

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/stages"
)

// poison is one hostile or broken input.
type poison struct {
	name    string
	kind    string // stream it is published to
	id      string // article id when readable
	payload []byte
	// Dead-lettered inputs: the stage, kind and a piece of the reason.
	stage, dlKind, reason string
	// mayPass: the input is legitimate if odd; the stages may process it
	// (then it must come through) or refuse it with a permanent reason,
	// but never time out, panic or stop the worker.
	mayPass bool
	check   func(t *testing.T, text string) // for one that came through
}

const (
	maxMessageBytes = 4 << 20
	stageBudget     = 10 * time.Second
)

func poisons(e *env) []poison {
	raw := pipeline.KindRaw
	obj := func(fields string) []byte { return []byte("{" + fields + "}") }
	return []poison{
		{name: "malformed JSON", kind: raw, payload: []byte(`{"id":"p-malformed","body":"unterminated`),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: "malformed JSON"},
		{name: "JSON array", kind: raw, payload: []byte(`[{"id":"p-array","body":"an article in an array"}]`),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: "not a JSON object"},
		{name: "JSON string", kind: raw, payload: []byte(`"a lone JSON string"`),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: "not a JSON object"},
		{name: "missing id", kind: raw, payload: obj(`"source":"wire","body":"An article without an id."`),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: `missing required field "id"`},
		{name: "unknown content_type", kind: raw, id: "p-pdf",
			payload: obj(`"id":"p-pdf","content_type":"application/pdf","body":"%PDF-1.7 binary"`),
			stage:   "clean", dlKind: pipeline.DeadPermanent, reason: "unsupported content type"},
		{name: "invalid UTF-8", kind: raw, payload: []byte("{\"id\":\"p-utf8\",\"body\":\"caf\xe9 \xff\xfe\xc0\x80\"}"),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: "not valid UTF-8"},
		{name: "raw NUL bytes", kind: raw, payload: []byte("{\"id\":\"p-nul\",\"body\":\"a\x00b\x00\"}"),
			stage: "clean", dlKind: pipeline.DeadDecode, reason: "control character in string"},
		{name: "escaped NUL bytes (\\u0000)", kind: raw, id: "p-nul-escaped", mayPass: true,
			payload: e.encode(rawArticle{ID: "p-nul-escaped", ContentType: "text/plain",
				Body: "The mayor\x00 spoke on Monday.\x00\x00 \"We will win,\" she said."}),
			check: func(t *testing.T, text string) {
				if strings.ContainsRune(text, 0) {
					t.Errorf("NUL bytes in the clean text %q", text)
				}
			}},
		{name: "HTML bomb (100k nested elements)", kind: raw, id: "p-bomb",
			// Written by hand: the encoder would escape every '<' into six
			// bytes. Unclosed, so the bomb fits a default 1 MB max payload;
			// the parser nests the elements all the same.
			payload: obj(`"id":"p-bomb","content_type":"text/html","body":"<html><body>` + strings.Repeat("<div>", 100000) + `boom"`),
			stage:   "clean", dlKind: pipeline.DeadPermanent, reason: "nested more than"},
		{name: "1 MB without a space or newline", kind: raw, id: "p-nospace", mayPass: true,
			payload: e.encode(rawArticle{ID: "p-nospace", ContentType: "text/plain", Body: strings.Repeat("abcdefghij", 100000)})},
		{name: "100k quotation marks", kind: raw, id: "p-quotes", mayPass: true,
			payload: e.encode(rawArticle{ID: "p-quotes", ContentType: "text/plain", Body: strings.Repeat(`"`, 100000)})},
		{name: "no text (sent to segment)", kind: pipeline.KindClean, id: "p-notext",
			payload: obj(`"id":"p-notext","source":"wire","body":"never cleaned"`),
			stage:   "segment", dlKind: pipeline.DeadPermanent, reason: `has no "text"`},
		{name: "sentences not a list (sent to quotes)", kind: pipeline.KindSegmented, id: "p-sentences",
			payload: obj(`"id":"p-sentences","text":"Hi.","paragraphs":[{"start":0,"end":3}],"sentences":"nope"`),
			stage:   "quotes", dlKind: pipeline.DeadDecode, reason: `field "sentences"`},
		{name: "quotes not a list (sent to entities)", kind: pipeline.KindQuoted, id: "p-quotesobj",
			payload: obj(`"id":"p-quotesobj","text":"Hi.","paragraphs":[{"start":0,"end":3}],"sentences":[{"start":0,"end":3}],"quotes":{"a":1}`),
			stage:   "entities", dlKind: pipeline.DeadDecode, reason: `field "quotes"`},
	}
}

// goodAt is a story that has been through the stages before kind, to
// publish on kind: the healthy neighbours of a poison input.
func goodAt(t testing.TB, e *env, sts []stages.Stage, kind, id string, i int) []byte {
	data := e.encode(rawArticle{ID: id, Source: "wire", ContentType: "text/plain", Body: story(i)})
	for _, st := range sts {
		if h, _ := pipeline.HopFor(st.Name()); h.In == kind {
			return data
		}
		res, err := pipeline.Apply(context.Background(), st, data, nil)
		if err != nil {
			t.Fatalf("good article through %s: %v", st.Name(), err)
		}
		data = res.Data
	}
	t.Fatalf("no stage reads %s", kind)
	return nil
}

// TestPoisonInputs sends every hostile input through the four real stages,
// each between two healthy articles. A poison input ends in the DLQ of the
// stage that met it, with its reason, delivery count and payload; an odd
// but legitimate one may come through instead. The workers stay up, the
// healthy neighbours come through, and every error log carries the
// article id, stage, subject and delivery count.
func TestPoisonInputs(t *testing.T) {
	e := newEnv(t)
	sts := chainStages(t)
	cases := poisons(e)

	var goods []string
	for i, c := range cases {
		subject := e.names.Subject(c.kind, "wire")
		before, after := fmt.Sprintf("good-%02d-before", i), fmt.Sprintf("good-%02d-after", i)
		msgs := []*nats.Msg{
			{Subject: subject, Data: goodAt(t, e, sts, c.kind, before, i)},
			{Subject: subject, Data: c.payload},
			{Subject: subject, Data: goodAt(t, e, sts, c.kind, after, i+1)},
		}
		e.publish(msgs...)
		goods = append(goods, before, after)
	}

	core, logs := observer.New(zapcore.WarnLevel)
	rs := e.runChain(sts,
		pipeline.WithConcurrency(2),
		pipeline.WithMaxMessageBytes(maxMessageBytes),
		pipeline.WithStageTimeout(stageBudget),
		pipeline.WithMaxDeliver(3),
		pipeline.WithBackoff([]time.Duration{100 * time.Millisecond}),
		pipeline.WithLogger(zap.New(core)))

	want := len(goods) + len(cases) // each case: downstream or dead-lettered
	waitFor(t, 120*time.Second, "every article downstream or dead-lettered", func() bool {
		return e.count(pipeline.KindLinked)+e.count(pipeline.KindDLQ) >= want
	})
	e.waitSettled(hopsOf(t, sts), 60*time.Second)
	for _, r := range rs {
		if !r.alive() {
			t.Fatalf("runner %s stopped", r.Hop().Stage)
		}
	}
	stopAll(rs)

	tl := e.tallyOut(pipeline.KindLinked, goods)
	dls := e.deadLetters()
	if len(tl.Lost) > 0 || len(tl.Dup) > 0 {
		t.Errorf("healthy articles lost %v, duplicated %v", tl.Lost, tl.Dup)
	}
	record(t, row{Case: "healthy articles around the poison ones", In: len(goods),
		Out: len(goods) - len(tl.Lost), Lost: len(tl.Lost), Dup: len(tl.Dup), Outcome: "all processed by all 4 stages"})

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPoison(t, c, tl, dls) })
	}
	checkErrorLogs(t, logs)
	if dups := len(dls) - distinctDL(dls); dups > 0 {
		t.Errorf("%d dead letters repeated", dups)
	}
}

// checkPoison finds what became of one poison input and records it.
func checkPoison(t *testing.T, c poison, tl tally, dls []pipeline.DeadLetter) {
	var dl *pipeline.DeadLetter
	for i := range dls {
		if bytes.Equal(payloadOf(t, dls[i]), c.payload) || dls[i].PayloadTruncated && c.id != "" && dls[i].ArticleID == c.id {
			dl = &dls[i]
			break
		}
	}
	a := tl.Articles[c.id]
	r := row{Case: c.name, In: 1}
	switch {
	case dl != nil && a != nil:
		t.Errorf("both dead-lettered and downstream")
	case dl != nil:
		r.DLQ = 1
		r.Outcome = fmt.Sprintf("DLQ %s/%s: %s", dl.Stage, dl.Kind, trim(dl.Error, 90))
		if c.mayPass {
			if dl.Kind == pipeline.DeadTimeout || dl.Kind == pipeline.DeadPanic {
				t.Errorf("dead-lettered as %s: %s", dl.Kind, dl.Error)
			}
			break
		}
		if dl.Stage != c.stage || dl.Kind != c.dlKind || !strings.Contains(dl.Error, c.reason) {
			t.Errorf("dead letter %s/%s %q, want %s/%s with %q", dl.Stage, dl.Kind, dl.Error, c.stage, c.dlKind, c.reason)
		}
		if dl.DeliveryCount != 1 {
			t.Errorf("dead-lettered on delivery %d, want 1: a permanent error must not be retried", dl.DeliveryCount)
		}
		if c.id != "" && dl.ArticleID != c.id {
			t.Errorf("dead letter article_id %q, want %q", dl.ArticleID, c.id)
		}
	case a != nil:
		r.Out = 1
		if !c.mayPass {
			t.Errorf("came through all stages; want a dead letter from %s with %q", c.stage, c.reason)
		}
		if len(a.Stages) != 4 {
			t.Errorf("provenance %+v, want 4 stages", a.Stages)
		}
		slowest := 0.0
		for _, p := range a.Stages {
			slowest = max(slowest, p.DurationMS)
		}
		if slowest >= float64(stageBudget.Milliseconds()) {
			t.Errorf("a stage took %.0f ms, over the %s budget", slowest, stageBudget)
		}
		text := ""
		if a.Text != nil {
			text = *a.Text
		}
		if c.check != nil {
			c.check(t, text)
		}
		r.Outcome = fmt.Sprintf("processed: %d chars of text, %d quotes, slowest stage %.1f ms (budget %s)",
			len([]rune(text)), len(a.Quotes), slowest, stageBudget)
	default:
		r.Lost = 1
		t.Errorf("neither downstream nor dead-lettered")
	}
	record(t, r)
}

// payloadOf is a dead letter's payload as the original bytes.
func payloadOf(t *testing.T, dl pipeline.DeadLetter) []byte {
	if dl.PayloadEncoding == "base64" {
		b, err := base64.StdEncoding.DecodeString(dl.Payload)
		if err != nil {
			t.Fatalf("dead letter payload: %v", err)
		}
		return b
	}
	return []byte(dl.Payload)
}

func distinctDL(dls []pipeline.DeadLetter) int {
	seen := map[string]bool{}
	for _, d := range dls {
		seen[fmt.Sprint(d.Stream, d.StreamSeq)] = true
	}
	return len(seen)
}

// checkErrorLogs: every error log names the article, stage, subject and
// delivery count, so an operator can find the message.
func checkErrorLogs(t *testing.T, logs *observer.ObservedLogs) {
	errs := logs.FilterLevelExact(zapcore.ErrorLevel).All()
	if len(errs) == 0 {
		t.Error("no error logged for the dead-lettered messages")
	}
	for _, l := range errs {
		ctx := l.ContextMap()
		for _, k := range []string{"article_id", "stage", "subject", "delivered"} {
			if _, ok := ctx[k]; !ok {
				t.Errorf("error log %q lacks %s: %v", l.Message, k, ctx)
			}
		}
	}
}

func trim(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
