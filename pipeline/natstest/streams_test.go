package natstest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

// ReadAll reads more than one fetch batch (500) in stream order, and Count
// agrees with it; an empty stream reads as nothing.
func TestCountAndReadAll(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	raw, clean := names.Stream(pipeline.KindRaw), names.Stream(pipeline.KindClean)
	if n := natstest.Count(t, js, clean); n != 0 {
		t.Fatalf("Count(empty) = %d", n)
	}
	if msgs := natstest.ReadAll(t, js, clean, 10*time.Second); len(msgs) != 0 {
		t.Fatalf("ReadAll(empty) = %d messages", len(msgs))
	}
	const n = 1203
	for i := range n {
		if _, err := js.PublishAsync(names.Subject(pipeline.KindRaw, "wire"), fmt.Appendf(nil, `{"id":"%d"}`, i)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-time.After(30 * time.Second):
		t.Fatal("publish acks did not arrive")
	}
	if got := natstest.Count(t, js, raw); got != n {
		t.Fatalf("Count = %d, want %d", got, n)
	}
	msgs := natstest.ReadAll(t, js, raw, time.Minute)
	if len(msgs) != n {
		t.Fatalf("ReadAll = %d messages, want %d", len(msgs), n)
	}
	for i, m := range msgs {
		if want := fmt.Sprintf(`{"id":"%d"}`, i); string(m.Data()) != want {
			t.Fatalf("message %d = %s, want %s", i, m.Data(), want)
		}
	}
}

// DeadLetters decodes what is on the dead-letter subjects, in order, and
// shows each message's data to check first.
func TestDeadLetters(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	if dls := natstest.DeadLetters(t, js, names, 10*time.Second, nil); len(dls) != 0 {
		t.Fatalf("DeadLetters(empty) = %+v", dls)
	}
	for _, st := range []string{"clean", "quotes"} {
		dl := fmt.Appendf(nil, `{"schema":"dlq.v1","error":"bad","kind":"permanent","stage":%q,"article_id":"a-%s"}`, st, st)
		if _, err := js.Publish(ctx, names.DLQSubject(st), dl); err != nil {
			t.Fatal(err)
		}
	}
	var seen int
	dls := natstest.DeadLetters(t, js, names, 10*time.Second, func([]byte) { seen++ })
	if len(dls) != 2 || seen != 2 {
		t.Fatalf("DeadLetters = %+v, check saw %d", dls, seen)
	}
	if dls[0].Stage != "clean" || dls[0].ArticleID != "a-clean" || dls[1].Stage != "quotes" || dls[1].Kind != "permanent" {
		t.Fatalf("DeadLetters = %+v", dls)
	}
}
