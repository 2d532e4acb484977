package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
)

// TestEnsureStreamsUpdates runs on the external server too: stream updates
// must work on nats-server v2.9.
func TestEnsureStreamsUpdates(t *testing.T) {
	e := newEnv(t) // created with the defaults
	ctx := context.Background()
	cfg := pipeline.DefaultStreamConfig()
	cfg.MaxAge, cfg.MaxBytes, cfg.MaxMsgs, cfg.Duplicates = 2*time.Hour, 1<<30, 1e6, 10*time.Minute
	for range 2 { // idempotent
		if err := pipeline.EnsureStreams(ctx, e.js, e.names, cfg); err != nil {
			t.Fatal(err)
		}
	}
	for _, kind := range pipeline.Kinds {
		s, err := e.js.Stream(ctx, e.names.Stream(kind))
		if err != nil {
			t.Fatal(err)
		}
		c := s.CachedInfo().Config
		if c.MaxAge != 2*time.Hour || c.MaxBytes != 1<<30 || c.MaxMsgs != 1e6 || c.Duplicates != 10*time.Minute ||
			c.Retention != jetstream.LimitsPolicy || len(c.Subjects) != 1 || c.Subjects[0] != e.names.Wildcard(kind) {
			t.Errorf("%s: %+v", c.Name, c)
		}
	}
	// A duplicate window longer than the max age is clamped, not refused.
	cfg.MaxAge, cfg.Duplicates = time.Minute, time.Hour
	if err := pipeline.EnsureStreams(ctx, e.js, e.names, cfg); err != nil {
		t.Fatal(err)
	}
	cfg.Storage = jetstream.MemoryStorage
	if err := pipeline.EnsureStreams(ctx, e.js, e.names, cfg); err == nil {
		t.Error("storage change accepted")
	}
}

func TestParseStreamOptions(t *testing.T) {
	for in, want := range map[string]jetstream.RetentionPolicy{"": jetstream.LimitsPolicy, "limits": jetstream.LimitsPolicy, "Interest": jetstream.InterestPolicy, "workqueue": jetstream.WorkQueuePolicy} {
		if got, err := pipeline.ParseRetention(in); err != nil || got != want {
			t.Errorf("ParseRetention(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := pipeline.ParseRetention("forever"); err == nil {
		t.Error("ParseRetention accepted forever")
	}
	for in, want := range map[string]jetstream.StorageType{"": jetstream.FileStorage, "file": jetstream.FileStorage, "memory": jetstream.MemoryStorage} {
		if got, err := pipeline.ParseStorage(in); err != nil || got != want {
			t.Errorf("ParseStorage(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := pipeline.ParseStorage("disk2"); err == nil {
		t.Error("ParseStorage accepted disk2")
	}
}
