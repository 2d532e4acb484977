package e2e

import (
	"context"
	"errors"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/clean"
	"github.com/wirestream/wirestream/stages/entities"
	"github.com/wirestream/wirestream/stages/quotes"
	"github.com/wirestream/wirestream/stages/segment"
)

// env is one test's server connection and names.
type env struct {
	t     testing.TB
	url   string
	names pipeline.Names
	nc    *nats.Conn
	js    jetstream.JetStream
}

// newEnv uses natstest: the server at NATS_URL in a fresh namespace, or an
// embedded one; the streams exist on return.
func newEnv(t testing.TB) *env {
	t.Helper()
	url, names, _ := natstest.Start(t)
	return openEnv(t, url, names, pipeline.ConnOptions{}, pipeline.DefaultStreamConfig())
}

// openEnv connects to url (fast reconnects: tests take servers away) and
// creates the streams, retrying while a cluster elects its leaders.
func openEnv(t testing.TB, url string, names pipeline.Names, o pipeline.ConnOptions, scfg pipeline.StreamConfig) *env {
	t.Helper()
	if o.Name == "" {
		o.Name = "e2e " + t.Name()
	}
	if o.ReconnectWait == 0 {
		o.ReconnectWait, o.MaxReconnectWait = 50*time.Millisecond, 500*time.Millisecond
	}
	nc, err := pipeline.Connect(url, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, url: url, names: names, nc: nc, js: js}
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := pipeline.EnsureStreams(ctx, js, names, scfg)
		cancel()
		if err == nil {
			return e
		}
		if time.Now().After(deadline) {
			t.Fatalf("streams: %v", err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// startEmbedded starts an embedded server, stopped when the test ends.
func startEmbedded(t testing.TB, o pipeline.EmbeddedOptions) *pipeline.Embedded {
	t.Helper()
	if o.DataDir == "" {
		o.DataDir = t.TempDir()
	}
	if o.Port == 0 {
		o.Port = -1
	}
	e, err := pipeline.StartEmbedded(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Shutdown(); e.WaitForShutdown() })
	return e
}

// freePort returns a loopback port that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

var entitiesOnce struct {
	sync.Once
	st  *entities.Stage
	err error
}

// chainStages is the real pipeline: clean, segment, quotes, entities (the
// entities stage with its default KB and model, loaded once per package).
func chainStages(t testing.TB) []stages.Stage {
	t.Helper()
	entitiesOnce.Do(func() { entitiesOnce.st, entitiesOnce.err = entities.New() })
	if entitiesOnce.err != nil {
		t.Fatalf("entities stage: %v", entitiesOnce.err)
	}
	return []stages.Stage{clean.New(), segment.New(), quotes.New(), entitiesOnce.st}
}

// hopsOf returns the standard hops of the named stages.
func hopsOf(t testing.TB, sts []stages.Stage) []pipeline.Hop {
	t.Helper()
	hops := make([]pipeline.Hop, len(sts))
	for i, st := range sts {
		h, ok := pipeline.HopFor(st.Name())
		if !ok {
			t.Fatalf("stage %s has no standard hop", st.Name())
		}
		hops[i] = h
	}
	return hops
}

// runner is a Runner running in the background.
type runner struct {
	*pipeline.Runner
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	t      testing.TB
}

// run starts r. The test fails if Run returns before stop (a worker must
// survive every input) or returns an error.
func run(t testing.TB, r *pipeline.Runner) *runner {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	rr := &runner{Runner: r, cancel: cancel, done: make(chan error, 1), t: t}
	go func() { rr.done <- r.Run(ctx) }()
	t.Cleanup(rr.stop)
	return rr
}

// alive reports whether Run is still running.
func (r *runner) alive() bool {
	select {
	case err := <-r.done:
		r.done <- err
		return false
	default:
		return true
	}
}

func (r *runner) stop() {
	r.once.Do(func() {
		if !r.alive() {
			r.t.Errorf("runner %s exited before it was stopped", r.Hop().Stage)
		}
		r.cancel()
		select {
		case err := <-r.done:
			if err != nil {
				r.t.Errorf("runner %s: Run: %v", r.Hop().Stage, err)
			}
		case <-time.After(60 * time.Second):
			r.t.Errorf("runner %s: Run did not return after cancel", r.Hop().Stage)
		}
	})
}

// runChain runs one runner per stage, each on its standard hop, with the
// same options; stop stops them all.
func (e *env) runChain(sts []stages.Stage, opts ...pipeline.Option) []*runner {
	e.t.Helper()
	var rs []*runner
	for i, h := range hopsOf(e.t, sts) {
		rs = append(rs, run(e.t, pipeline.NewRunner(e.js, sts[i], h, e.names, opts...)))
	}
	return rs
}

func stopAll(rs []*runner) {
	var wg sync.WaitGroup
	for _, r := range rs {
		wg.Add(1)
		go func() { defer wg.Done(); r.stop() }()
	}
	wg.Wait()
}

// waitReady waits until every runner consumes.
func waitReady(t testing.TB, rs []*runner) {
	t.Helper()
	waitFor(t, 60*time.Second, "runners ready", func() bool {
		for _, r := range rs {
			if !r.Ready() {
				return false
			}
		}
		return true
	})
}

// waitFor polls cond until it holds or within passes.
func waitFor(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// errTransient is what the test stages return to be retried.
var errTransient = errors.New("transient failure made by the test")
