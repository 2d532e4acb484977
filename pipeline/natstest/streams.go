package natstest

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
)

// Count is the number of messages stored in the stream.
func Count(t testing.TB, js jetstream.JetStream, stream string) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatalf("stream %s: %v", stream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatalf("stream %s: %v", stream, err)
	}
	return info.State.Msgs
}

// ReadAll returns every message stored in the stream when it is called,
// read through an ordered consumer (nothing is left on the server) in
// batches. It fails the test when they cannot all be read within.
func ReadAll(t testing.TB, js jetstream.JetStream, stream string, within time.Duration) []jetstream.Msg {
	t.Helper()
	want := int(Count(t, js, stream))
	if want == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	c, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]jetstream.Msg, 0, want)
	for len(out) < want {
		batch, err := c.Fetch(min(want-len(out), 500), jetstream.FetchMaxWait(5*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		for m := range batch.Messages() {
			out = append(out, m)
		}
		if err := batch.Error(); err != nil {
			t.Fatal(err)
		}
		if ctx.Err() != nil {
			t.Fatalf("read %d of %d messages of %s", len(out), want, stream)
		}
	}
	return out
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
