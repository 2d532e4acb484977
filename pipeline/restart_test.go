package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// TestServerRestartLosesNothing takes the server away while a runner is busy
// (publishes time out, acks are lost) and brings it back on the same port
// and data: every article still arrives downstream exactly once. It needs a
// server it can stop, so it always runs an embedded one.
func TestServerRestartLosesNothing(t *testing.T) {
	dir := t.TempDir()
	srv, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	port := srv.Port()
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()

	nc, err := pipeline.Connect(srv.ClientURL(), pipeline.ConnOptions{ReconnectWait: 20 * time.Millisecond, MaxReconnectWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, nc: nc, js: js}
	if err := pipeline.EnsureStreams(context.Background(), js, e.names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	const n = 2000
	ids := e.publishArticles("r", n)
	slow := upper
	slow.Fn = func(ctx context.Context, a *schemas.Article) error {
		time.Sleep(time.Millisecond)
		return upper.Fn(ctx, a)
	}
	stop := start(t, pipeline.NewRunner(js, slow, trivialHop, e.names,
		pipeline.WithConcurrency(4),
		pipeline.WithAckWait(2*time.Second),
		pipeline.WithPublishTimeout(500*time.Millisecond),
		pipeline.WithBackoff([]time.Duration{100 * time.Millisecond})))
	e.waitCount(pipeline.KindClean, n/5, 30*time.Second)

	srv.Shutdown()
	srv.WaitForShutdown()
	time.Sleep(300 * time.Millisecond) // the runner works on, against no server
	srv, err = pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: port, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	e.waitCount(pipeline.KindClean, n, 60*time.Second)
	stop()
	checkExactlyOnce(t, e, ids)
}
