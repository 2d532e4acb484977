package jsonl

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/sink"
)

func TestArchiveFromStream(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	const n = 60
	for i := 0; i < n; i++ {
		data := []byte(fmt.Sprintf(`{"id":"j%02d","text":"x"}`, i))
		if _, err := js.Publish(ctx, names.Subject(pipeline.KindQuoted, "voa"), data, jetstream.WithMsgID(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	w, err := New(dir, Options{Prefix: pipeline.KindQuoted})
	if err != nil {
		t.Fatal(err)
	}
	batches := make(chan int, 100)
	done := make(chan error, 1)
	go func() {
		done <- sink.Run(ctx, js, names, "jsonl", pipeline.KindQuoted, w, sink.WithBatch(16), sink.WithMaxWait(100*time.Millisecond),
			sink.WithOnBatch(func(acked, _, _ int) { batches <- acked }))
	}()
	acked := 0
	for acked < n {
		select {
		case k := <-batches:
			acked += k
		case <-time.After(60 * time.Second):
			t.Fatalf("only %d of %d acked", acked, n)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	w.Close()
	// All in today's file (or two, should the test straddle midnight).
	seen := map[string]bool{}
	for _, f := range files(t, dir) {
		for _, id := range lines(t, filepath.Join(dir, f)) {
			if seen[id] {
				t.Errorf("%s archived twice", id)
			}
			seen[id] = true
		}
	}
	if len(seen) != n {
		t.Errorf("%d articles archived, want %d", len(seen), n)
	}
}
