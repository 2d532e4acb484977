package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestConsumePrintsQuotes(t *testing.T) {
	url, names, _ := natstest.Start(t)
	nc, js := natstest.Connect(t, url)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	art := `{"id":"ex1","title":"Talks","text":"“Yes,” she said.","quotes":[{"start":1,"end":5,"text":"Yes,","kind":"direct","speaker":{"start":7,"end":10,"text":"she","name":"Jane Doe","ref":null},"cue":null}]}`
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "voa"), []byte(art)); err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- consume(ctx, nc, names.Stream(pipeline.KindLinked), names.Wildcard(pipeline.KindLinked), "example", &out)
	}()
	want := "ex1 Talks\n  Jane Doe: \"Yes,\"\n"
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), want) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}
