package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// refuseAll fails every article permanently.
var refuseAll = stages.Func{
	StageName:    "refuser",
	StageVersion: "refuser/1",
	Reads:        schemas.FieldBody,
	Fn: func(context.Context, *schemas.Article) error {
		return stages.Permanent(errors.New("refused"))
	},
}

// settledConsumer waits until the stage's consumer has nothing pending or
// unacknowledged: every input was acked or terminated.
func settledConsumer(t *testing.T, js jetstream.JetStream, stream, consumer string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c, err := js.Consumer(context.Background(), stream, consumer)
		if err == nil {
			info, err := c.Info(context.Background())
			if err == nil && info.NumPending == 0 && info.NumAckPending == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("consumer %s: info %+v, %v; want nothing pending", consumer, info, err)
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A DLQ stream that refuses the dead letter (over its max message size):
// the dead letter is stored again without its payload and the input is
// terminated, instead of being redelivered forever.
func TestDeadLetterRefusedIsStoredWithoutPayload(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s, err := e.js.Stream(ctx, e.names.Stream(pipeline.KindDLQ))
	if err != nil {
		t.Fatal(err)
	}
	cfg := s.CachedInfo().Config
	cfg.MaxMsgSize = 4096
	if _, err := e.js.UpdateStream(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	hop := pipeline.Hop{Stage: "refuser", In: pipeline.KindRaw, Out: pipeline.KindClean}
	obs := newCounter()
	r := pipeline.NewRunner(e.js, refuseAll, hop, e.names,
		pipeline.WithConcurrency(1), pipeline.WithMaxDeliver(3),
		pipeline.WithBackoff([]time.Duration{50 * time.Millisecond}),
		pipeline.WithObserver(obs))
	stop := start(t, r)

	big := articleJSON("big")
	big = append(big[:len(big)-1], `,"pad":"`+strings.Repeat("x", 20<<10)+`"}`...)
	e.publish(big, articleJSON("small"))
	e.waitCount(pipeline.KindDLQ, 2, 30*time.Second)
	settledConsumer(t, e.js, e.names.Stream(pipeline.KindRaw), e.names.Consumer("refuser"), 30*time.Second)
	stop()

	dls := e.deadLetters()
	if len(dls) != 2 {
		t.Fatalf("%d dead letters, want 2", len(dls))
	}
	for _, dl := range dls {
		switch dl.ArticleID {
		case "big":
			if !dl.PayloadTruncated || dl.Payload != "" || dl.PayloadBytes != len(big) || dl.Error != "refused" {
				t.Errorf("big: truncated %v payload %d bytes, original %d (want %d), error %q",
					dl.PayloadTruncated, len(dl.Payload), dl.PayloadBytes, len(big), dl.Error)
			}
		case "small":
			if dl.PayloadTruncated || dl.Payload != string(articleJSON("small")) {
				t.Errorf("small: payload %q truncated %v, want it whole", dl.Payload, dl.PayloadTruncated)
			}
		default:
			t.Errorf("dead letter of %q", dl.ArticleID)
		}
		if dl.DeliveryCount != 1 {
			t.Errorf("%s dead-lettered on delivery %d, want 1", dl.ArticleID, dl.DeliveryCount)
		}
	}
	if got := obs.get(pipeline.DeadLettered); got != 2 {
		t.Errorf("%d dead-lettered outcomes, want 2", got)
	}
	if got := obs.get(pipeline.Retried); got != 0 {
		t.Errorf("%d retries, want none", got)
	}
}

// With a max payload above what a file store holds (32 MiB per record),
// 25 MiB of invalid UTF-8 makes a 33 MiB base64 dead letter: it must be cut
// to fit the store, not refused on every delivery.
func TestDeadLetterFitsFileStore(t *testing.T) {
	emb, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		DataDir: t.TempDir(),
		Server:  &server.Options{MaxPayload: 64 << 20, MaxPending: 256 << 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Shutdown(); emb.WaitForShutdown() })
	nc, err := pipeline.Connect(emb.ClientURL(), pipeline.ConnOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	names := pipeline.Names{}
	// The input lives in memory (a file store could not hold it either);
	// the DLQ is on file, as by default.
	mem := pipeline.DefaultStreamConfig()
	mem.Storage = jetstream.MemoryStorage
	if err := pipeline.EnsureStream(ctx, js, names, pipeline.KindRaw, mem); err != nil {
		t.Fatal(err)
	}
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.StreamConfig{Kinds: []string{pipeline.KindClean, pipeline.KindDLQ}}); err != nil {
		t.Fatal(err)
	}
	payload := bytes.Repeat([]byte{0xff, 0xfe, 'a', 'b'}, 25<<20/4)
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindRaw, "wire"), payload); err != nil {
		t.Fatal(err)
	}
	hop := pipeline.Hop{Stage: "refuser", In: pipeline.KindRaw, Out: pipeline.KindClean}
	obs := newCounter()
	r := pipeline.NewRunner(js, refuseAll, hop, names,
		pipeline.WithConcurrency(1), pipeline.WithMaxDeliver(3),
		pipeline.WithMaxMessageBytes(64<<20),
		pipeline.WithBackoff([]time.Duration{50 * time.Millisecond}),
		pipeline.WithObserver(obs))
	stop := start(t, r)
	settledConsumer(t, js, names.Stream(pipeline.KindRaw), names.Consumer("refuser"), 60*time.Second)
	stop()

	s, err := js.Stream(ctx, names.Stream(pipeline.KindDLQ))
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.GetLastMsgForSubject(ctx, names.DLQSubject("refuser"))
	if err != nil {
		t.Fatalf("no dead letter: %v", err)
	}
	if len(m.Data) > pipeline.MaxStoredRecord {
		t.Errorf("dead letter of %d bytes", len(m.Data))
	}
	dl := decodeDeadLetter(t, m.Data)
	if !dl.PayloadTruncated || dl.PayloadBytes != len(payload) || dl.PayloadEncoding != "base64" || dl.Kind != pipeline.DeadDecode {
		t.Errorf("dead letter: kind %s truncated %v of %d bytes (want %d), encoding %q",
			dl.Kind, dl.PayloadTruncated, dl.PayloadBytes, len(payload), dl.PayloadEncoding)
	}
	if got := obs.get(pipeline.Retried); got != 0 {
		t.Errorf("%d retries, want none: the dead letter was refused", got)
	}
	if got := obs.get(pipeline.DeadLettered); got != 1 {
		t.Errorf("%d dead-lettered outcomes, want 1", got)
	}
}

func TestDeadLetterLimit(t *testing.T) {
	for _, c := range []struct {
		maxPayload int64
		want       int
	}{
		{0, 32<<20 - 4096},
		{1 << 20, 1<<20 - 4096},
		{64 << 20, 32<<20 - 4096},
	} {
		if got := pipeline.DeadLetterLimit(c.maxPayload); got != c.want {
			t.Errorf("DeadLetterLimit(%d) = %d, want %d", c.maxPayload, got, c.want)
		}
	}
}

// EncodeDeadLetter is the truncation the stages and the sinks share.
func TestEncodeDeadLetterTruncates(t *testing.T) {
	payload := []byte(`{"id":"x","body":"` + strings.Repeat("é", 5000) + `"}`)
	dl := pipeline.DeadLetter{Schema: schemas.DLQSchema, Error: "e", Kind: "permanent", Stage: "s", Subject: "x",
		ReceivedAt: "2026-01-01T00:00:00Z", FailedAt: "2026-01-01T00:00:00Z"}
	b, err := pipeline.EncodeDeadLetter(&dl, payload, 2048)
	if err != nil {
		t.Fatal(err)
	}
	got := decodeDeadLetter(t, b)
	if len(b) > 2048 || !got.PayloadTruncated || got.PayloadBytes != len(payload) || !bytes.HasPrefix(payload, []byte(got.Payload)) {
		t.Errorf("%d bytes, truncated %v, original %d, prefix %v", len(b), got.PayloadTruncated, got.PayloadBytes, bytes.HasPrefix(payload, []byte(got.Payload)))
	}
	b, err = pipeline.EncodeDeadLetter(&dl, []byte("short"), 2048)
	if err != nil {
		t.Fatal(err)
	}
	if got := decodeDeadLetter(t, b); got.Payload != "short" {
		t.Errorf("payload %q, want short", got.Payload)
	}
}

func decodeDeadLetter(t *testing.T, b []byte) pipeline.DeadLetter {
	t.Helper()
	if err := schemas.Validate(schemas.DLQSchema, b); err != nil {
		t.Errorf("dead letter violates %s: %v", schemas.DLQSchema, err)
	}
	var dl pipeline.DeadLetter
	if err := json.Unmarshal(b, &dl); err != nil {
		t.Fatal(err)
	}
	return dl
}
