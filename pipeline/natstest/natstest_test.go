package natstest_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

func TestStartAndCleanup(t *testing.T) {
	url, names, cleanup := natstest.Start(t)
	external := os.Getenv("NATS_URL") != ""
	if external != (names.Namespace != "") {
		t.Errorf("namespace %q with NATS_URL set = %v", names.Namespace, external)
	}
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindRaw, "x"), []byte(`{"id":"1"}`)); err != nil {
		t.Fatal(err)
	}
	cleanup()
	cleanup() // idempotent

	if !external {
		if _, err := nats.Connect(url); err == nil {
			t.Error("embedded server still up after cleanup")
		}
		return
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js2, _ := jetstream.New(nc)
	for _, kind := range pipeline.Kinds {
		if _, err := js2.Stream(ctx, names.Stream(kind)); !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("stream %s after cleanup: %v", names.Stream(kind), err)
		}
	}
}
