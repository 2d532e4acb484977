package pipeline_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// env is one test's server, names and JetStream context.
type env struct {
	t     testing.TB
	names pipeline.Names
	nc    *nats.Conn
	js    jetstream.JetStream
}

func newEnv(t testing.TB) *env {
	t.Helper()
	url, names, _ := natstest.Start(t)
	nc, js := natstest.Connect(t, url)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, names: names, nc: nc, js: js}
}

// upper is the trivial stage: text = upper-cased body.
var upper = stages.Func{
	StageName:    "upper",
	StageVersion: "upper/1",
	Reads:        schemas.FieldBody | schemas.FieldText,
	Fn: func(_ context.Context, a *schemas.Article) error {
		a.SetText(strings.ToUpper(a.Body))
		return nil
	},
}

var trivialHop = pipeline.Hop{Stage: "upper", In: pipeline.KindRaw, Out: pipeline.KindClean}

func articleJSON(id string) []byte {
	return fmt.Appendf(nil, `{"id":%q,"source":"wire","body":"body of %s","custom":{"keep":[1,2]}}`, id, id)
}

// publish stores raw payloads on news.raw.wire and waits for every ack.
func (e *env) publish(payloads ...[]byte) {
	e.t.Helper()
	// In windows, below the client's limit of outstanding async publishes.
	for len(payloads) > 1000 {
		e.publish(payloads[:1000]...)
		payloads = payloads[1000:]
	}
	subj := e.names.Subject(pipeline.KindRaw, "wire")
	futs := make([]jetstream.PubAckFuture, 0, len(payloads))
	for _, p := range payloads {
		f, err := e.js.PublishAsync(subj, p)
		if err != nil {
			e.t.Fatal(err)
		}
		futs = append(futs, f)
	}
	for _, f := range futs {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			e.t.Fatalf("publish: %v", err)
		case <-time.After(30 * time.Second):
			e.t.Fatal("publish: no ack")
		}
	}
}

func (e *env) publishArticles(prefix string, n int) []string {
	ids := make([]string, n)
	payloads := make([][]byte, n)
	for i := range n {
		ids[i] = fmt.Sprintf("%s-%05d", prefix, i)
		payloads[i] = articleJSON(ids[i])
	}
	e.publish(payloads...)
	return ids
}

// count is the number of messages stored in the stream of kind.
func (e *env) count(kind string) uint64 {
	e.t.Helper()
	return natstest.Count(e.t, e.js, e.names.Stream(kind))
}

// waitCount waits until the stream of kind holds at least n messages.
func (e *env) waitCount(kind string, n uint64, within time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(within)
	for {
		c := e.count(kind)
		if c >= n {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("stream %s holds %d messages, want %d", e.names.Stream(kind), c, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// readAll returns every message stored in the stream of kind.
func (e *env) readAll(kind string) []jetstream.Msg {
	e.t.Helper()
	return natstest.ReadAll(e.t, e.js, e.names.Stream(kind), 60*time.Second)
}

// articles decodes the stored articles of kind, keyed by id, and returns
// the total number of messages.
func (e *env) articles(kind string) (map[string][]*schemas.Article, int) {
	e.t.Helper()
	msgs := e.readAll(kind)
	byID := map[string][]*schemas.Article{}
	for i, m := range msgs {
		if i < 50 { // validating all 5,000 would dominate the test time
			if err := schemas.Validate(schemas.ArticleSchema, m.Data()); err != nil {
				e.t.Errorf("output violates %s: %v: %s", schemas.ArticleSchema, err, m.Data())
			}
		}
		a := new(schemas.Article)
		if err := json.Unmarshal(m.Data(), a); err != nil {
			e.t.Fatalf("stored article does not decode: %v: %s", err, m.Data())
		}
		byID[a.ID] = append(byID[a.ID], a)
	}
	return byID, len(msgs)
}

// deadLetters returns the dead letters, checked against the dlq.v1 schema.
func (e *env) deadLetters() []pipeline.DeadLetter {
	e.t.Helper()
	return natstest.DeadLetters(e.t, e.js, e.names, 60*time.Second, func(data []byte) {
		if err := schemas.Validate(schemas.DLQSchema, data); err != nil {
			e.t.Errorf("dead letter violates %s: %v: %s", schemas.DLQSchema, err, data)
		}
	})
}

// start runs r until the returned stop is called; stop waits for Run and
// checks that it returned nil.
func start(t *testing.T, r *pipeline.Runner) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(60 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// counter is an Observer counting outcomes.
type counter struct {
	mu       sync.Mutex
	received int
	done     map[pipeline.Outcome]int
	reasons  map[string]int
}

func newCounter() *counter {
	return &counter{done: map[pipeline.Outcome]int{}, reasons: map[string]int{}}
}

func (c *counter) Received(string) {
	c.mu.Lock()
	c.received++
	c.mu.Unlock()
}

func (c *counter) Done(_ string, o pipeline.Outcome, reason string, _ time.Duration) {
	c.mu.Lock()
	c.done[o]++
	if reason != "" {
		c.reasons[reason]++
	}
	c.mu.Unlock()
}

func (c *counter) get(o pipeline.Outcome) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done[o]
}
