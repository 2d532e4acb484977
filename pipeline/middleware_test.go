package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/stages"
)

func TestMiddlewareChain(t *testing.T) {
	ok := func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) {
		return []*pipeline.Outgoing{{Subject: "out"}}, nil
	}
	fail := func(err error) pipeline.Handler {
		return func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) { return nil, err }
	}
	cases := []struct {
		name      string
		h         pipeline.Handler
		delivered uint64
		wantPerm  bool
		wantKind  string
		wantErr   bool
	}{
		{"ok", ok, 1, false, "", false},
		{"transient", fail(errors.New("later")), 1, false, "", true},
		{"transient on last delivery", fail(errors.New("later")), 3, true, pipeline.DeadMaxDeliveries, false},
		{"past max deliver, stage not run", func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) {
			panic("must not run")
		}, 4, true, pipeline.DeadMaxDeliveries, false},
		{"permanent", fail(stages.Permanent(errors.New("no"))), 1, true, pipeline.DeadPermanent, false},
		{"panic", func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) { panic(errors.New("bad")) }, 1, true, pipeline.DeadPanic, false},
		{"over budget", func(ctx context.Context, _ *pipeline.Message) ([]*pipeline.Outgoing, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}, 1, true, pipeline.DeadTimeout, false},
	}
	names := pipeline.Names{Namespace: "x"}
	for _, c := range cases {
		h := pipeline.Chain(c.h,
			pipeline.DeadLetterOnPermanent(names, "st", "st/1", 0),
			pipeline.MaxDeliveries(3),
			pipeline.SizeLimit(1<<10),
			pipeline.Timeout(200*time.Millisecond),
			pipeline.Recoverer())
		m := &pipeline.Message{Subject: "x.news.raw.s", Data: []byte(`{"id":"a1"}`), Delivered: c.delivered, Stream: "x_NEWS_RAW", StreamSeq: 7, ReceivedAt: time.Now()}
		outs, err := h(context.Background(), m)
		if (err != nil) != c.wantErr {
			t.Errorf("%s: err %v", c.name, err)
			continue
		}
		if !c.wantPerm {
			continue
		}
		if len(outs) != 1 || !outs[0].DeadLetter || outs[0].Subject != "x.news.dlq.st" || outs[0].MsgID != "dlq:st:x_NEWS_RAW:7" {
			t.Errorf("%s: outputs %+v", c.name, outs)
			continue
		}
		var dl pipeline.DeadLetter
		if err := json.Unmarshal(outs[0].Data, &dl); err != nil {
			t.Fatal(err)
		}
		if dl.Kind != c.wantKind || dl.ArticleID != "a1" || dl.DeliveryCount != c.delivered || dl.Payload != `{"id":"a1"}` {
			t.Errorf("%s: dead letter %+v", c.name, dl)
		}
	}
}

func TestDeadLetterFitsMaxPayload(t *testing.T) {
	h := pipeline.Chain(func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) {
		return nil, stages.Permanent(errors.New("no"))
	}, pipeline.DeadLetterOnPermanent(pipeline.Names{}, "st", "1", 4096))
	payload := `{"id":"big","body":"` + strings.Repeat("é", 10000) + `"}`
	outs, err := h(context.Background(), &pipeline.Message{Data: []byte(payload), ReceivedAt: time.Now()})
	if err != nil || len(outs) != 1 {
		t.Fatalf("%v %v", outs, err)
	}
	if len(outs[0].Data) > 4096 {
		t.Errorf("dead letter of %d bytes, limit 4096", len(outs[0].Data))
	}
	var dl pipeline.DeadLetter
	if err := json.Unmarshal(outs[0].Data, &dl); err != nil {
		t.Fatal(err)
	}
	if !dl.PayloadTruncated || dl.PayloadBytes != len(payload) || !strings.HasPrefix(payload, dl.Payload) || dl.PayloadEncoding != "" {
		t.Errorf("truncated %v bytes %d encoding %q, prefix ok %v", dl.PayloadTruncated, dl.PayloadBytes, dl.PayloadEncoding, strings.HasPrefix(payload, dl.Payload))
	}
}

func TestRunRejectsLoopingHop(t *testing.T) {
	e := newEnv(t)
	for _, hop := range []pipeline.Hop{{Stage: "x", In: "raw", Out: "raw"}, {Stage: "x", In: "", Out: "clean"}} {
		r := pipeline.NewRunner(e.js, upper, hop, e.names)
		if err := r.Run(context.Background()); err == nil {
			t.Errorf("hop %+v accepted", hop)
		}
	}
}
