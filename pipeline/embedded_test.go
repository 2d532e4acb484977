package pipeline_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"

	"github.com/wirestream/wirestream/pipeline"
)

func TestEmbeddedFallsBackToRandomPort(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := taken.Addr().(*net.TCPAddr).Port

	if _, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: port, DataDir: t.TempDir(), ReadyTimeout: 2 * time.Second}); err == nil {
		t.Fatal("started on a taken port without fallback")
	}
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: port, FallbackToRandomPort: true, DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { e.Shutdown(); e.WaitForShutdown() }()
	if e.Port() == port || e.Port() == 0 || !strings.HasPrefix(e.ClientURL(), "nats://127.0.0.1:") {
		t.Errorf("port %d url %s", e.Port(), e.ClientURL())
	}
}

func TestEmbeddedWithAuthAndStreams(t *testing.T) {
	dir := t.TempDir()
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		DataDir: dir,
		Server:  &server.Options{Username: "wire", Password: "s3cret"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { e.Shutdown(); e.WaitForShutdown() }()

	if _, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{User: "wire", Password: "wrong"}); err == nil {
		t.Fatal("connected with a wrong password")
	}
	nc, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{Name: "test", User: "wire", Password: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	names := pipeline.Names{Namespace: "emb"}
	cfg := pipeline.DefaultStreamConfig()
	if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
		t.Fatal(err)
	}
	// Updating to new limits works and is idempotent.
	cfg.MaxAge, cfg.MaxBytes, cfg.Duplicates = time.Hour, 1<<30, 5*time.Minute
	for range 2 {
		if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
			t.Fatal(err)
		}
	}
	for _, kind := range pipeline.Kinds {
		s, err := js.Stream(ctx, names.Stream(kind))
		if err != nil {
			t.Fatalf("stream of %s: %v", kind, err)
		}
		c := s.CachedInfo().Config
		if c.Subjects[0] != names.Wildcard(kind) || c.MaxAge != time.Hour || c.Duplicates != 5*time.Minute || c.Storage != jetstream.FileStorage {
			t.Errorf("stream %s config %+v", c.Name, c)
		}
	}
}

func TestConnectWithTokenAndRedaction(t *testing.T) {
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		DataDir: t.TempDir(),
		Server:  &server.Options{Authorization: "tok3n"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { e.Shutdown(); e.WaitForShutdown() }()
	_, err = pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{Token: "wrong"})
	if err == nil {
		t.Fatal("connected with a wrong token")
	}
	nc, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{Token: "tok3n"})
	if err != nil {
		t.Fatal(err)
	}
	nc.Close()

	cases := []struct{ in, want string }{
		{"nats://127.0.0.1:4222", "nats://127.0.0.1:4222"},
		{"nats://u:pw@h:4222", "nats://u:xxxxx@h:4222"},
		{"nats://secrettoken@h:4222,nats://h2:4222", "nats://redacted@h:4222,nats://h2:4222"},
	}
	for _, c := range cases {
		if got := pipeline.RedactURL(c.in); got != c.want {
			t.Errorf("RedactURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestConnectWithNkeySeedFile(t *testing.T) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := kp.PublicKey()
	seed, _ := kp.Seed()
	seedFile := filepath.Join(t.TempDir(), "user.nk")
	if err := os.WriteFile(seedFile, seed, 0o600); err != nil {
		t.Fatal(err)
	}
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		DataDir: t.TempDir(),
		Server:  &server.Options{Nkeys: []*server.NkeyUser{{Nkey: pub}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { e.Shutdown(); e.WaitForShutdown() }()
	if _, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{}); err == nil {
		t.Fatal("connected without the nkey")
	}
	nc, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{NkeySeedFile: seedFile})
	if err != nil {
		t.Fatal(err)
	}
	nc.Close()
	if _, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{NkeySeedFile: filepath.Join(t.TempDir(), "missing.nk")}); err == nil {
		t.Error("a missing seed file was accepted")
	}
}
