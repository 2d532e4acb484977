package sinkcmd

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

func noEnv(string) string { return "" }

func TestFlags(t *testing.T) {
	fs := flag.NewFlagSet("sink postgres", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var c PostgresConfig
	c.Register(fs, func(k string) string {
		if k == "WIRESTREAM_PG_DSN" {
			return "postgres://from-env"
		}
		return ""
	})
	if err := fs.Parse([]string{"--batch", "5", "--kind", "quoted"}); err != nil {
		t.Fatal(err)
	}
	if c.DSN != "postgres://from-env" || c.Batch != 5 || c.Kind != "quoted" || c.Name != "postgres" || c.MaxWait != time.Second {
		t.Errorf("parsed %+v", c)
	}
	fs = flag.NewFlagSet("sink jsonl", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var j JSONLConfig
	j.Register(fs, noEnv)
	if err := fs.Parse([]string{"--dir", "/tmp/x", "--fsync=false"}); err != nil {
		t.Fatal(err)
	}
	if j.Dir != "/tmp/x" || j.Fsync || j.Kind != pipeline.KindLinked || j.Name != "jsonl" {
		t.Errorf("parsed %+v", j)
	}
}

func TestRequiredFlags(t *testing.T) {
	if err := RunPostgres(context.Background(), nil, pipeline.Names{}, PostgresConfig{}, nil); err == nil || !strings.Contains(err.Error(), "--dsn") {
		t.Errorf("no DSN: %v", err)
	}
	if err := RunJSONL(context.Background(), nil, pipeline.Names{}, JSONLConfig{}, nil); err == nil || !strings.Contains(err.Error(), "--dir") {
		t.Errorf("no dir: %v", err)
	}
}

func TestRunJSONL(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		data := fmt.Sprintf(`{"id":"c%d"}`, i)
		if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "ap"), []byte(data), jetstream.WithMsgID(data)); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	fs := flag.NewFlagSet("sink jsonl", flag.ContinueOnError)
	var c JSONLConfig
	c.Register(fs, noEnv)
	if err := fs.Parse([]string{"--dir", dir, "--max-wait", "100ms"}); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- RunJSONL(ctx, js, names, c, nil) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		n := 0
		files, _ := filepath.Glob(filepath.Join(dir, "linked-*.jsonl"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			n += strings.Count(string(b), "\n")
		}
		if n == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 3 lines archived", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
