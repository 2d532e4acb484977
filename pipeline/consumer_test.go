package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
)

// TestConsumerDeletedIsRecreated: an operator deleting the stage's consumer
// does not stop the stage for good.
func TestConsumerDeletedIsRecreated(t *testing.T) {
	e := newEnv(t)
	r := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithBackoff([]time.Duration{50 * time.Millisecond}))
	stop := start(t, r)
	first := e.publishArticles("d1", 100)
	e.waitCount(pipeline.KindClean, 100, 30*time.Second)
	if err := e.js.DeleteConsumer(context.Background(), e.names.Stream(pipeline.KindRaw), e.names.Consumer("upper")); err != nil {
		t.Fatal(err)
	}
	second := e.publishArticles("d2", 100)
	e.waitCount(pipeline.KindClean, 200, 30*time.Second)
	stop()
	// The new consumer starts from the beginning of the stream: the first
	// batch is processed again, and deduplicated by its message ids.
	checkExactlyOnce(t, e, append(first, second...))
}
