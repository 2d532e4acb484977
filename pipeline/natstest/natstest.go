// Package natstest gives tests a JetStream server: the one at NATS_URL when
// it is set (CI runs a shared one), inside a fresh namespace that is deleted
// afterwards, or else an embedded server on a random port with a temporary
// data dir.
package natstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
)

// Start returns the URL of a server and the names to use on it. cleanup
// deletes what the test made (or stops the embedded server); it is also
// registered with t.Cleanup, and safe to call twice.
func Start(t testing.TB) (url string, names pipeline.Names, cleanup func()) {
	t.Helper()
	var once sync.Once
	if env := os.Getenv("NATS_URL"); env != "" {
		names = pipeline.Names{Namespace: "t" + randomHex(6)}
		cleanup = func() { once.Do(func() { deleteNamespace(t, env, names) }) }
		t.Cleanup(cleanup)
		return env, names, cleanup
	}
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: -1, DataDir: t.TempDir()})
	if err != nil {
		t.Fatalf("natstest: embedded server: %v", err)
	}
	cleanup = func() {
		once.Do(func() {
			e.Shutdown()
			e.WaitForShutdown()
		})
	}
	t.Cleanup(cleanup)
	return e.ClientURL(), pipeline.Names{}, cleanup
}

// Connect connects to url and returns the connection and its JetStream
// context, closed when the test ends.
func Connect(t testing.TB, url string) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	nc, err := pipeline.Connect(url, pipeline.ConnOptions{Name: t.Name()})
	if err != nil {
		t.Fatalf("natstest: %v", err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		t.Fatalf("natstest: jetstream: %v", err)
	}
	t.Cleanup(nc.Close)
	return nc, js
}

// deleteNamespace deletes every stream of the namespace; their consumers
// go with them.
func deleteNamespace(t testing.TB, url string, names pipeline.Names) {
	nc, err := nats.Connect(url)
	if err != nil {
		t.Logf("natstest: cleanup: %v", err)
		return
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Logf("natstest: cleanup: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	prefix := names.Namespace + "_"
	lister := js.StreamNames(ctx)
	var doomed []string
	for name := range lister.Name() {
		if strings.HasPrefix(name, prefix) {
			doomed = append(doomed, name)
		}
	}
	if err := lister.Err(); err != nil {
		t.Logf("natstest: cleanup: list streams: %v", err)
	}
	for _, name := range doomed {
		if err := js.DeleteStream(ctx, name); err != nil {
			t.Logf("natstest: cleanup: delete stream %s: %v", name, err)
		}
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
