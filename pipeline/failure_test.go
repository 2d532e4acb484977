package pipeline_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// picky fails or misbehaves on chosen article ids.
var picky = stages.Func{
	StageName:    "picky",
	StageVersion: "picky/1",
	Reads:        schemas.FieldBody | schemas.FieldText,
	Fn: func(ctx context.Context, a *schemas.Article) error {
		switch a.ID {
		case "refuse":
			return stages.Permanent(errors.New("article refused by picky"))
		case "boom":
			panic("picky exploded")
		case "slow":
			time.Sleep(5 * time.Second) // ignores ctx on purpose
		}
		a.SetText(strings.ToUpper(a.Body))
		return nil
	},
}

func TestPermanentFailuresGoToDLQ(t *testing.T) {
	e := newEnv(t)
	hop := pipeline.Hop{Stage: "picky", In: pipeline.KindRaw, Out: pipeline.KindClean}
	obs := newCounter()
	r := pipeline.NewRunner(e.js, picky, hop, e.names,
		pipeline.WithConcurrency(1), // one at a time: the next message must still be processed
		pipeline.WithStageTimeout(time.Second),
		pipeline.WithMaxMessageBytes(32<<10),
		pipeline.WithObserver(obs))
	stop := start(t, r)

	big := articleJSON("big")
	big = append(big[:len(big)-1], `,"pad":"`+strings.Repeat("x", 40<<10)+`"}`...)
	binary := []byte{0xff, 0xfe, '{', 0x00}
	cases := []struct {
		payload []byte
		kind    string
		reason  string
	}{
		{articleJSON("refuse"), pipeline.DeadPermanent, "article refused by picky"},
		{[]byte(`{"id":"broken","body":`), pipeline.DeadDecode, "malformed JSON"},
		{[]byte(`{"body":"no id"}`), pipeline.DeadDecode, `missing required field "id"`},
		{binary, pipeline.DeadDecode, "UTF-8"},
		{articleJSON("boom"), pipeline.DeadPanic, "picky exploded"},
		{articleJSON("slow"), pipeline.DeadTimeout, "time budget"},
		{big, pipeline.DeadTooLarge, "size limit"},
	}
	// Every bad message is followed by a good one.
	var payloads [][]byte
	var good []string
	for i, c := range cases {
		id := "ok-" + string(rune('a'+i))
		payloads = append(payloads, c.payload, articleJSON(id))
		good = append(good, id)
	}
	e.publish(payloads...)
	e.waitCount(pipeline.KindDLQ, uint64(len(cases)), 30*time.Second)
	e.waitCount(pipeline.KindClean, uint64(len(good)), 30*time.Second)
	stop()

	byID, total := e.articles(pipeline.KindClean)
	if total != len(good) {
		t.Errorf("%d articles downstream, want %d", total, len(good))
	}
	for _, id := range good {
		if len(byID[id]) != 1 {
			t.Errorf("good article %s arrived %d times", id, len(byID[id]))
		}
	}
	dls := e.deadLetters()
	if len(dls) != len(cases) {
		t.Fatalf("%d dead letters, want %d", len(dls), len(cases))
	}
	for i, c := range cases {
		dl := dls[i] // one handler: dead letters keep the input order
		if dl.Kind != c.kind || !strings.Contains(dl.Error, c.reason) {
			t.Errorf("case %d: dead letter kind %q error %q, want %q containing %q", i, dl.Kind, dl.Error, c.kind, c.reason)
		}
		if dl.Stage != "picky" || dl.StageVersion != "picky/1" || dl.Schema != schemas.DLQSchema {
			t.Errorf("case %d: stage %q version %q schema %q", i, dl.Stage, dl.StageVersion, dl.Schema)
		}
		if dl.Subject != e.names.Subject(pipeline.KindRaw, "wire") || dl.DeliveryCount != 1 || dl.StreamSeq == 0 {
			t.Errorf("case %d: subject %q delivery %d seq %d", i, dl.Subject, dl.DeliveryCount, dl.StreamSeq)
		}
		if _, err := time.Parse(time.RFC3339Nano, dl.ReceivedAt); err != nil {
			t.Errorf("case %d: received_at %q: %v", i, dl.ReceivedAt, err)
		}
		payload := []byte(dl.Payload)
		if dl.PayloadEncoding == "base64" {
			var err error
			if payload, err = base64.StdEncoding.DecodeString(dl.Payload); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(payload, c.payload) {
			t.Errorf("case %d: payload %q (encoding %q), want the original %q", i, dl.Payload, dl.PayloadEncoding, c.payload)
		}
	}
	if dls[3].PayloadEncoding != "base64" || dls[0].PayloadEncoding != "" {
		t.Errorf("payload encodings %q and %q, want base64 for binary only", dls[3].PayloadEncoding, dls[0].PayloadEncoding)
	}
	if dls[4].Stack == "" || dls[0].ArticleID != "refuse" {
		t.Errorf("panic without stack, or article id %q missing", dls[0].ArticleID)
	}
	if got := obs.get(pipeline.DeadLettered); got != len(cases) {
		t.Errorf("observer saw %d dead letters, want %d", got, len(cases))
	}
}

// flaky fails transiently until an article has been tried failures+1 times.
type flaky struct {
	failures int
	mu       sync.Mutex
	tries    map[string]int
}

func (f *flaky) stage() stages.Stage {
	return stages.Func{
		StageName: "flaky", StageVersion: "flaky/1",
		Reads: schemas.FieldBody | schemas.FieldText,
		Fn: func(_ context.Context, a *schemas.Article) error {
			f.mu.Lock()
			f.tries[a.ID]++
			n := f.tries[a.ID]
			f.mu.Unlock()
			if f.failures < 0 || n <= f.failures {
				return errors.New("knowledge base unavailable")
			}
			a.SetText(strings.ToUpper(a.Body))
			return nil
		},
	}
}

func (f *flaky) triesOf(id string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tries[id]
}

func TestTransientFailureIsRetried(t *testing.T) {
	e := newEnv(t)
	f := &flaky{failures: 2, tries: map[string]int{}}
	obs := newCounter()
	hop := pipeline.Hop{Stage: "flaky", In: pipeline.KindRaw, Out: pipeline.KindClean}
	backoff := []time.Duration{50 * time.Millisecond, 150 * time.Millisecond}
	r := pipeline.NewRunner(e.js, f.stage(), hop, e.names, pipeline.WithBackoff(backoff), pipeline.WithMaxDeliver(5), pipeline.WithObserver(obs))
	stop := start(t, r)
	ids := e.publishArticles("f", 20)
	began := time.Now()
	e.waitCount(pipeline.KindClean, uint64(len(ids)), 30*time.Second)
	// Two naks with delays 50ms then 150ms come before the success.
	if waited := time.Since(began); waited < 200*time.Millisecond {
		t.Errorf("all retried articles arrived after %s, before the backoff schedule allows", waited)
	}
	stop()
	byID, total := e.articles(pipeline.KindClean)
	if total != len(ids) {
		t.Errorf("%d articles downstream, want %d", total, len(ids))
	}
	for _, id := range ids {
		if len(byID[id]) != 1 || f.triesOf(id) != 3 {
			t.Errorf("article %s: arrived %d times after %d tries, want once after 3", id, len(byID[id]), f.triesOf(id))
		}
	}
	if got := obs.get(pipeline.Retried); got != 2*len(ids) {
		t.Errorf("observer saw %d retries, want %d", got, 2*len(ids))
	}
	if n := e.count(pipeline.KindDLQ); n != 0 {
		t.Errorf("%d dead letters, want none", n)
	}
}

func TestRedeliveryPastMaxDeliverIsDeadLettered(t *testing.T) {
	e := newEnv(t)
	f := &flaky{failures: -1, tries: map[string]int{}} // always fails
	hop := pipeline.Hop{Stage: "flaky", In: pipeline.KindRaw, Out: pipeline.KindClean}
	r := pipeline.NewRunner(e.js, f.stage(), hop, e.names,
		pipeline.WithBackoff([]time.Duration{20 * time.Millisecond}), pipeline.WithMaxDeliver(3))
	stop := start(t, r)
	e.publish(articleJSON("doomed"))
	e.waitCount(pipeline.KindDLQ, 1, 30*time.Second)
	stop()
	dls := e.deadLetters()
	if len(dls) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dls))
	}
	dl := dls[0]
	if dl.Kind != pipeline.DeadMaxDeliveries || dl.DeliveryCount != 3 || dl.ArticleID != "doomed" {
		t.Errorf("dead letter kind %q delivery count %d article %q, want max_deliveries, 3, doomed", dl.Kind, dl.DeliveryCount, dl.ArticleID)
	}
	if !strings.Contains(dl.Error, "knowledge base unavailable") || dl.Payload != string(articleJSON("doomed")) {
		t.Errorf("dead letter error %q payload %q", dl.Error, dl.Payload)
	}
	if got := f.triesOf("doomed"); got != 3 {
		t.Errorf("stage tried %d times, want 3", got)
	}
	if n := e.count(pipeline.KindClean); n != 0 {
		t.Errorf("%d articles downstream, want none", n)
	}
}

func TestStopWhileBusyLosesNothing(t *testing.T) {
	e := newEnv(t)
	slow := upper
	slow.Fn = func(ctx context.Context, a *schemas.Article) error {
		time.Sleep(2 * time.Millisecond)
		return upper.Fn(ctx, a)
	}
	const n = 1000
	ids := e.publishArticles("k", n)
	opts := []pipeline.Option{pipeline.WithConcurrency(4), pipeline.WithAckWait(2 * time.Second)}
	stop := start(t, pipeline.NewRunner(e.js, slow, trivialHop, e.names, opts...))
	e.waitCount(pipeline.KindClean, n/5, 30*time.Second)
	stop() // what SIGTERM does in the worker
	t.Logf("stopped after %d of %d articles", e.count(pipeline.KindClean), n)

	stop = start(t, pipeline.NewRunner(e.js, slow, trivialHop, e.names, opts...))
	e.waitCount(pipeline.KindClean, n, 60*time.Second)
	stop()
	checkExactlyOnce(t, e, ids)
}
