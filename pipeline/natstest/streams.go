package natstest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
)

// Count is the number of messages stored in the stream.
func Count(t testing.TB, js jetstream.JetStream, stream string) uint64 {
	t.Helper()
	// Retried for a while: a cluster electing a leader answers "no
	// responders" for a moment.
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := TryCount(js, stream)
		if err == nil {
			return n
		}
		if time.Now().After(deadline) {
			t.Fatalf("stream %s: %v", stream, err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// TryCount is Count that returns a failure (a cluster in election) instead
// of failing the test.
func TryCount(js jetstream.JetStream, stream string) (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return count(ctx, js, stream)
}

func count(ctx context.Context, js jetstream.JetStream, stream string) (uint64, error) {
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return 0, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// ReadAll returns every message stored in the stream when it is called,
// read through an ordered consumer (nothing is left on the server) in
// batches. A failed attempt (a cluster electing a leader answers "no
// responders" for a moment) starts over until within has passed; then the
// test fails.
func ReadAll(t testing.TB, js jetstream.JetStream, stream string, within time.Duration) []jetstream.Msg {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		out, err := readAll(js, stream, time.Until(deadline))
		if err == nil {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("read %s: %v", stream, err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func readAll(js jetstream.JetStream, stream string, within time.Duration) ([]jetstream.Msg, error) {
	ctx, cancel := context.WithTimeout(context.Background(), max(within, time.Second))
	defer cancel()
	n, err := count(ctx, js, stream)
	if err != nil {
		return nil, err
	}
	want := int(n)
	if want == 0 {
		return nil, nil
	}
	c, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		return nil, err
	}
	out := make([]jetstream.Msg, 0, want)
	for len(out) < want {
		batch, err := c.Fetch(min(want-len(out), 500), jetstream.FetchMaxWait(5*time.Second))
		if err != nil {
			return nil, err
		}
		for m := range batch.Messages() {
			out = append(out, m)
		}
		if err := batch.Error(); err != nil {
			return nil, err
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("read %d of %d messages: %w", len(out), want, ctx.Err())
		}
	}
	return out, nil
}

// DeadLetters reads every dead letter stored under names, decodes it and
// checks that it stands on its stage's dead-letter subject. check, when not
// nil, sees each message's data first: tests validate the schema there, each
// as its payload sizes allow.
func DeadLetters(t testing.TB, js jetstream.JetStream, names pipeline.Names, within time.Duration, check func(data []byte)) []pipeline.DeadLetter {
	t.Helper()
	var out []pipeline.DeadLetter
	for _, m := range ReadAll(t, js, names.Stream(pipeline.KindDLQ), within) {
		if check != nil {
			check(m.Data())
		}
		var dl pipeline.DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			t.Fatalf("dead letter does not decode: %v", err)
		}
		if m.Subject() != names.DLQSubject(dl.Stage) {
			t.Errorf("dead letter on %s, want %s", m.Subject(), names.DLQSubject(dl.Stage))
		}
		out = append(out, dl)
	}
	return out
}
