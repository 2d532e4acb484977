package replay_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// env is one test's server with the pipeline's streams.
type env struct {
	t     *testing.T
	ctx   context.Context
	names pipeline.Names
	js    jetstream.JetStream

	mu      sync.Mutex
	failing map[string]string // article id -> error the stage returns
}

func newEnv(t *testing.T, cfg pipeline.StreamConfig) *env {
	t.Helper()
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, names: names, js: js, failing: map[string]string{}}
}

// fail makes the stage reject an article permanently with reason ("" heals).
func (e *env) fail(id, reason string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if reason == "" {
		delete(e.failing, id)
		return
	}
	e.failing[id] = reason
}

// stage is a trivial "clean" (text = upper-cased body) of a given version.
func (e *env) stage(version string) stages.Stage {
	return stages.Func{
		StageName:    "clean",
		StageVersion: version,
		Reads:        schemas.FieldBody | schemas.FieldText,
		Fn: func(_ context.Context, a *schemas.Article) error {
			e.mu.Lock()
			reason := e.failing[a.ID]
			e.mu.Unlock()
			if reason != "" {
				return stages.Permanent(errors.New(reason))
			}
			a.SetText(strings.ToUpper(a.Body))
			return nil
		},
	}
}

// startStage runs the clean stage at version until the returned stop.
func (e *env) startStage(version string) (stop func()) {
	e.t.Helper()
	hop, _ := pipeline.HopFor("clean")
	r := pipeline.NewRunner(e.js, e.stage(version), hop, e.names,
		pipeline.WithConcurrency(2), pipeline.WithBackoff([]time.Duration{20 * time.Millisecond}))
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("runner: %v", err)
		}
	}
}

// publish stores raw articles id on news.raw.<source> and returns their
// sequences.
func (e *env) publish(source string, ids ...string) []uint64 {
	e.t.Helper()
	var seqs []uint64
	for _, id := range ids {
		msg := &nats.Msg{Subject: e.names.Subject(pipeline.KindRaw, source), Header: nats.Header{},
			Data: fmt.Appendf(nil, `{"id":%q,"source":%q,"body":"body of %s"}`, id, source, id)}
		msg.Header.Set(jetstream.MsgIDHeader, "raw:"+id)
		ack, err := e.js.PublishMsg(e.ctx, msg)
		if err != nil {
			e.t.Fatal(err)
		}
		seqs = append(seqs, ack.Sequence)
	}
	return seqs
}

func (e *env) stream(kind string) jetstream.Stream {
	e.t.Helper()
	st, err := e.js.Stream(e.ctx, e.names.Stream(kind))
	if err != nil {
		e.t.Fatal(err)
	}
	return st
}

func (e *env) lastSeq(kind string) uint64 {
	e.t.Helper()
	info, err := e.stream(kind).Info(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return info.State.LastSeq
}

func (e *env) consumer() *jetstream.ConsumerInfo {
	e.t.Helper()
	info, err := e.js.Consumer(e.ctx, e.names.Stream(pipeline.KindRaw), e.names.Consumer("clean"))
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return nil // the runner has not made it yet
	}
	if err != nil {
		e.t.Fatal(err)
	}
	ci, err := info.Info(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return ci
}

// settle waits until the stage has acked (or terminated) every raw message
// stored so far, so everything it produced is stored too. It polls a
// condition; it does not measure time.
func (e *env) settle() {
	e.t.Helper()
	target := e.lastSeq(pipeline.KindRaw)
	deadline := time.Now().Add(time.Minute)
	for {
		ci := e.consumer()
		if ci == nil {
			ci = &jetstream.ConsumerInfo{}
		} else if ci.AckFloor.Stream >= target && ci.NumAckPending == 0 && ci.NumPending == 0 {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("stage did not settle: ack floor %d of %d, pending %d, ack pending %d",
				ci.AckFloor.Stream, target, ci.NumPending, ci.NumAckPending)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stored is one stored message.
type stored struct {
	seq     uint64
	subject string
	header  nats.Header
	article schemas.Article
	data    []byte
	time    time.Time
}

// messages returns the stored messages of a kind after sequence after.
func (e *env) messages(kind string, after uint64) []stored {
	e.t.Helper()
	st := e.stream(kind)
	last := e.lastSeq(kind)
	var out []stored
	for seq := after + 1; seq <= last; seq++ {
		m, err := st.GetMsg(e.ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // deleted
		}
		if err != nil {
			e.t.Fatal(err)
		}
		s := stored{seq: seq, subject: m.Subject, header: m.Header, data: m.Data, time: m.Time}
		if kind != pipeline.KindDLQ {
			if err := schemas.Decode(m.Data, &s.article, schemas.FieldID|schemas.FieldStages); err != nil {
				e.t.Fatal(err)
			}
		}
		out = append(out, s)
	}
	return out
}

// outputs maps article id -> stage versions of clean outputs after seq.
func (e *env) outputs(after uint64) map[string][]string {
	out := map[string][]string{}
	for _, m := range e.messages(pipeline.KindClean, after) {
		p := m.article.Stages[len(m.article.Stages)-1]
		out[m.article.ID] = append(out[m.article.ID], p.Version)
	}
	return out
}

func ids(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i+1)
	}
	return out
}
