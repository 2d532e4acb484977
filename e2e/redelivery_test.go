package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/clean"
)

// TestRedeliveryAndTimeBudget: the clean stage, with two articles that
// misbehave on purpose and one that crashed a worker before.
//   - p-crashed was delivered 3 times without an ack (a worker died on it
//     each time, simulated by nak'ing it through the stage's consumer): its
//     4th delivery is past max deliver 3, and it is dead-lettered without
//     running the stage, with its delivery count.
//   - p-flaky fails transiently every time: retried, then dead-lettered on
//     its 3rd and last allowed delivery.
//   - p-sleepy takes 3 s (ignoring its context) against a 500 ms budget: a
//     permanent error on the first delivery, not a stuck worker.
//
// The healthy articles around them come through once.
func TestRedeliveryAndTimeBudget(t *testing.T) {
	const maxDeliver = 3
	e := newEnv(t)
	real := clean.New()
	st := stages.Func{
		StageName: "clean", StageVersion: clean.Version + "+faults",
		Reads: real.Fields(),
		Fn: func(ctx context.Context, a *schemas.Article) error {
			switch a.ID {
			case "p-flaky":
				return errTransient
			case "p-sleepy":
				time.Sleep(3 * time.Second)
			}
			return real.Process(ctx, a)
		},
	}
	hop, _ := pipeline.HopFor("clean")

	// A worker took p-crashed three times and never settled it.
	e.publish(e.rawMsg("p-crashed", e.encode(rawArticle{ID: "p-crashed", ContentType: "text/plain", Body: story(0)})))
	crashDeliveries(t, e, hop, maxDeliver)

	var msgs []*nats.Msg
	var goods []string
	for i, id := range []string{"p-flaky", "p-sleepy"} {
		before, after := fmt.Sprintf("good-%d-before", i), fmt.Sprintf("good-%d-after", i)
		goods = append(goods, before, after)
		msgs = append(msgs,
			e.rawMsg(before, e.encode(rawArticle{ID: before, ContentType: "text/plain", Body: story(2 * i)})),
			e.rawMsg(id, e.encode(rawArticle{ID: id, ContentType: "text/plain", Body: story(9)})),
			e.rawMsg(after, e.encode(rawArticle{ID: after, ContentType: "text/plain", Body: story(2*i + 1)})))
	}
	e.publish(msgs...)
	r := run(t, pipeline.NewRunner(e.js, st, hop, e.names,
		pipeline.WithConcurrency(2),
		pipeline.WithMaxDeliver(maxDeliver),
		pipeline.WithBackoff([]time.Duration{50 * time.Millisecond}),
		pipeline.WithStageTimeout(500*time.Millisecond)))
	waitFor(t, 60*time.Second, "3 dead letters and the healthy articles", func() bool {
		return e.count(pipeline.KindDLQ) >= 3 && e.count(pipeline.KindClean) >= len(goods)
	})
	e.waitSettled([]pipeline.Hop{hop}, 30*time.Second)
	if !r.alive() {
		t.Fatal("the worker stopped")
	}
	r.stop()

	tl := e.tallyOut(pipeline.KindClean, goods)
	e.exactlyOnce(tl, goods)
	record(t, row{Case: "healthy articles around the failing ones", In: len(goods), Out: tl.Out,
		Lost: len(tl.Lost), Dup: tl.extra(), Outcome: "processed"})

	byID := map[string]pipeline.DeadLetter{}
	for _, dl := range e.deadLetters() {
		if _, dup := byID[dl.ArticleID]; dup {
			t.Errorf("two dead letters for %s", dl.ArticleID)
		}
		byID[dl.ArticleID] = dl
	}
	for _, c := range []struct {
		id, name, kind, reason string
		delivered              uint64
	}{
		{"p-crashed", fmt.Sprintf("redelivered past max deliver (%d deliveries unacked)", maxDeliver),
			pipeline.DeadMaxDeliveries, fmt.Sprintf("delivery %d of max %d", maxDeliver+1, maxDeliver), maxDeliver + 1},
		{"p-flaky", "transient failure on every delivery",
			pipeline.DeadMaxDeliveries, errTransient.Error(), maxDeliver},
		{"p-sleepy", "over the per-article time budget (3 s against 500 ms)",
			pipeline.DeadTimeout, "time budget", 1},
	} {
		dl, ok := byID[c.id]
		rw := row{Case: c.name, In: 1}
		switch {
		case !ok:
			t.Errorf("%s: no dead letter", c.id)
			rw.Lost = 1
		default:
			rw.DLQ = 1
			rw.Outcome = fmt.Sprintf("DLQ %s/%s, delivery_count %d: %s", dl.Stage, dl.Kind, dl.DeliveryCount, dl.Error)
			if dl.Kind != c.kind || dl.DeliveryCount != c.delivered || !strings.Contains(dl.Error, c.reason) {
				t.Errorf("%s: dead letter %s, delivery %d, %q; want %s, delivery %d, with %q",
					c.id, dl.Kind, dl.DeliveryCount, dl.Error, c.kind, c.delivered, c.reason)
			}
		}
		if _, out := tl.Articles[c.id]; out {
			t.Errorf("%s came through as well", c.id)
			rw.Out = 1
		}
		record(t, rw)
	}
}

// crashDeliveries takes the first message of the stage's durable consumer
// n times without acking it, as workers dying on it would.
func crashDeliveries(t *testing.T, e *env, hop pipeline.Hop, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := e.js.CreateOrUpdateConsumer(ctx, e.names.Stream(hop.In), jetstream.ConsumerConfig{
		Durable: e.names.Consumer(hop.Stage), AckPolicy: jetstream.AckExplicitPolicy,
		DeliverPolicy: jetstream.DeliverAllPolicy, MaxDeliver: -1, AckWait: time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		batch, err := c.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for m := range batch.Messages() {
			md, err := m.Metadata()
			if err != nil || md.NumDelivered != uint64(i) {
				t.Fatalf("delivery %d: metadata %+v, %v", i, md, err)
			}
			// Nak at once: the redelivery the ack wait would bring after a crash.
			if err := m.Nak(); err != nil {
				t.Fatal(err)
			}
			got++
		}
		if got != 1 {
			t.Fatalf("delivery %d: fetched %d messages (%v)", i, got, batch.Error())
		}
	}
}
