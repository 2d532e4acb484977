package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// A stage slower than the ack wait is not redelivered while it works: the
// runner tells the server the message is in progress.
func TestSlowStageOutlivesAckWait(t *testing.T) {
	e := newEnv(t)
	slow := stages.Func{
		StageName:    "sloth",
		StageVersion: "sloth/1",
		Reads:        schemas.FieldBody | schemas.FieldText,
		Fn: func(ctx context.Context, a *schemas.Article) error {
			select {
			case <-time.After(3500 * time.Millisecond): // 3.5 ack waits
			case <-ctx.Done():
				return ctx.Err()
			}
			a.SetText(strings.ToUpper(a.Body))
			return nil
		},
	}
	hop := pipeline.Hop{Stage: "sloth", In: pipeline.KindRaw, Out: pipeline.KindClean}
	obs := newCounter()
	r := pipeline.NewRunner(e.js, slow, hop, e.names,
		pipeline.WithConcurrency(2),
		pipeline.WithAckWait(time.Second),
		pipeline.WithStageTimeout(20*time.Second),
		pipeline.WithObserver(obs))
	stop := start(t, r)
	e.publishArticles("slow", 2)
	e.waitCount(pipeline.KindClean, 2, 30*time.Second)
	settledConsumer(t, e.js, e.names.Stream(pipeline.KindRaw), e.names.Consumer("sloth"), 30*time.Second)
	stop()

	obs.mu.Lock()
	received := obs.received
	obs.mu.Unlock()
	if received != 2 || obs.get(pipeline.Processed) != 2 {
		t.Errorf("received %d, processed %d; want each of the 2 articles once", received, obs.get(pipeline.Processed))
	}
	c, err := e.js.Consumer(context.Background(), e.names.Stream(pipeline.KindRaw), e.names.Consumer("sloth"))
	if err != nil {
		t.Fatal(err)
	}
	info, err := c.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.Delivered.Consumer != 2 {
		t.Errorf("the consumer made %d deliveries, want 2 (no redelivery)", info.Delivered.Consumer)
	}
}
