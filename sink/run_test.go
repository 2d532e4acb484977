package sink_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/stages"
)

// memWriter records what it stored; fail, when set, decides per call
// whether the write fails instead.
type memWriter struct {
	mu     sync.Mutex
	calls  int
	writes map[string]int // article id -> times written
	fail   func(call int, recs []sink.Record) error
}

func (w *memWriter) Write(ctx context.Context, recs []sink.Record) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	if w.fail != nil {
		if err := w.fail(w.calls, recs); err != nil {
			return err
		}
	}
	if w.writes == nil {
		w.writes = map[string]int{}
	}
	for _, r := range recs {
		if r.Time.IsZero() || r.Seq == 0 || r.Subject == "" || len(r.Data) == 0 {
			return fmt.Errorf("record of %s lacks its message metadata", r.Article.ID)
		}
		w.writes[r.Article.ID]++
	}
	return nil
}

func (w *memWriter) distinct() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.writes)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

type env struct {
	js    jetstream.JetStream
	names pipeline.Names
}

func setup(t *testing.T) env {
	t.Helper()
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	return env{js: js, names: names}
}

func (e env) publish(t *testing.T, source, id string, data []byte) {
	t.Helper()
	if data == nil {
		data = []byte(fmt.Sprintf(`{"id":%q,"source":%q,"text":"x","quotes":[],"entities":[]}`, id, source))
	}
	if _, err := e.js.Publish(context.Background(), e.names.Subject(pipeline.KindLinked, source), data, jetstream.WithMsgID(id)); err != nil {
		t.Fatal(err)
	}
}

// start runs the sink in the background; the returned stop cancels it and
// waits for Run to return.
func (e env) start(t *testing.T, name string, w sink.Writer, opts ...sink.Option) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	opts = append([]sink.Option{sink.WithMaxWait(100 * time.Millisecond), sink.WithBackoff(20*time.Millisecond, 200*time.Millisecond)}, opts...)
	go func() { done <- sink.Run(ctx, e.js, e.names, name, "", w, opts...) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// settled waits until the sink's consumer has nothing pending or unacked.
func (e env) settled(t *testing.T, name string) {
	t.Helper()
	waitFor(t, "the consumer to have everything acked", func() bool {
		c, err := e.js.Consumer(context.Background(), e.names.Stream(pipeline.KindLinked), sink.ConsumerName(e.names, name))
		if err != nil {
			return false
		}
		info, err := c.Info(context.Background())
		return err == nil && info.NumPending == 0 && info.NumAckPending == 0
	})
}

func TestRunWritesEveryArticleOnce(t *testing.T) {
	e := setup(t)
	const n = 120
	for i := 0; i < n; i++ {
		e.publish(t, []string{"voa", "ap"}[i%2], fmt.Sprintf("a%03d", i), nil)
	}
	w := &memWriter{}
	stop := e.start(t, "mem", w, sink.WithBatch(25))
	waitFor(t, "all articles written", func() bool { return w.distinct() == n })
	e.settled(t, "mem")
	stop()
	for id, k := range w.writes {
		if k != 1 {
			t.Errorf("%s written %d times without any failure", id, k)
		}
	}
	if w.calls > n/25+n/5 {
		t.Errorf("%d writes for %d messages in batches of 25: batching is not happening", w.calls, n)
	}
}

func TestTransientFailureIsRetried(t *testing.T) {
	e := setup(t)
	for i := 0; i < 10; i++ {
		e.publish(t, "voa", fmt.Sprintf("t%d", i), nil)
	}
	w := &memWriter{fail: func(call int, _ []sink.Record) error {
		if call <= 2 {
			return errors.New("database is restarting")
		}
		return nil
	}}
	e.start(t, "retry", w)
	waitFor(t, "all articles written after the failures", func() bool { return w.distinct() == 10 })
	e.settled(t, "retry")
}

// deadLetters reads what the sink dead-lettered.
func (e env) deadLetters(t *testing.T, name string, want int) []pipeline.DeadLetter {
	t.Helper()
	ctx := context.Background()
	c, err := e.js.OrderedConsumer(ctx, e.names.Stream(pipeline.KindDLQ), jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{sink.DLQSubject(e.names, name)},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []pipeline.DeadLetter
	for len(out) < want {
		m, err := c.Next(jetstream.FetchMaxWait(30 * time.Second))
		if err != nil {
			t.Fatalf("dead letter %d of %d: %v", len(out)+1, want, err)
		}
		if err := schemas.Validate(schemas.DLQSchema, m.Data()); err != nil {
			t.Errorf("dead letter does not match %s: %v", schemas.DLQSchema, err)
		}
		var dl pipeline.DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			t.Fatal(err)
		}
		out = append(out, dl)
	}
	return out
}

func TestPoisonMessagesAreDeadLettered(t *testing.T) {
	e := setup(t)
	e.publish(t, "voa", "good1", nil)
	e.publish(t, "voa", "junk", []byte(`this is not JSON`))
	e.publish(t, "voa", "noid", []byte(`{"title":"an article without id"}`))
	e.publish(t, "voa", "good2", nil)
	w := &memWriter{}
	e.start(t, "poison", w)
	waitFor(t, "the good articles", func() bool { return w.distinct() == 2 })
	e.settled(t, "poison")
	dls := e.deadLetters(t, "poison", 2)
	for _, dl := range dls {
		if dl.Kind != pipeline.DeadDecode || dl.Stage != "sink-poison" || dl.StreamSeq == 0 || dl.Payload == "" {
			t.Errorf("dead letter %+v: want kind decode, stage sink-poison, its sequence and payload", dl)
		}
	}
	if dls[0].Payload != "this is not JSON" {
		t.Errorf("payload %q, want the message as received", dls[0].Payload)
	}
}

func TestPermanentErrorSetsAsideOnlyTheCulprit(t *testing.T) {
	e := setup(t)
	for i := 0; i < 8; i++ {
		id := fmt.Sprintf("p%d", i)
		if i == 5 {
			id = "bad"
		}
		e.publish(t, "ap", id, nil)
	}
	w := &memWriter{fail: func(_ int, recs []sink.Record) error {
		for _, r := range recs {
			if r.Article.ID == "bad" {
				return stages.Permanent(errors.New("value out of range"))
			}
		}
		return nil
	}}
	e.start(t, "perm", w, sink.WithBatch(8))
	waitFor(t, "the 7 good articles", func() bool { return w.distinct() == 7 })
	e.settled(t, "perm")
	dls := e.deadLetters(t, "perm", 1)
	if dls[0].ArticleID != "bad" || dls[0].Kind != pipeline.DeadPermanent {
		t.Errorf("dead letter for %q kind %q, want bad / permanent", dls[0].ArticleID, dls[0].Kind)
	}
	if w.writes["bad"] != 0 {
		t.Error("the culprit was stored")
	}
}

func TestStopFinishesTheBatchInHand(t *testing.T) {
	e := setup(t)
	for i := 0; i < 5; i++ {
		e.publish(t, "voa", fmt.Sprintf("s%d", i), nil)
	}
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	w := &memWriter{fail: func(int, []sink.Record) error {
		once.Do(func() { close(entered) })
		<-release
		return nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- sink.Run(ctx, e.js, e.names, "graceful", "", w, sink.WithBatch(5), sink.WithMaxWait(100*time.Millisecond))
	}()
	<-entered
	// The stop request arrives while the write is in progress; the write
	// must still complete and its messages be acked.
	cancel()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if w.distinct() != 5 {
		t.Fatalf("%d of 5 written", w.distinct())
	}
	e.settled(t, "graceful")
}

func TestRunRejectsBadName(t *testing.T) {
	e := setup(t)
	err := sink.Run(context.Background(), e.js, e.names, "a.b", "", &memWriter{})
	if err == nil {
		t.Error("a sink name with a dot was accepted")
	}
}

func TestDeletedConsumerIsRecreated(t *testing.T) {
	e := setup(t)
	e.publish(t, "voa", "before", nil)
	w := &memWriter{}
	e.start(t, "phoenix", w)
	waitFor(t, "the first article", func() bool { return w.distinct() == 1 })
	ctx := context.Background()
	if err := e.js.DeleteConsumer(ctx, e.names.Stream(pipeline.KindLinked), sink.ConsumerName(e.names, "phoenix")); err != nil {
		t.Fatal(err)
	}
	e.publish(t, "voa", "after", nil)
	waitFor(t, "the article published after the consumer was deleted", func() bool { return w.distinct() == 2 })
}
