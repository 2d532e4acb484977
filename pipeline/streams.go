package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// StreamConfig configures the streams of the pipeline, one per kind. Only
// stream features that nats-server v2.9 has are used, so the same config
// works on an old Debian server and on the embedded v2.15.
type StreamConfig struct {
	// Kinds are the kinds to create a stream for (default: Kinds, all six).
	Kinds []string
	// Retention is the retention policy: limits (default), interest or
	// workqueue. The raw stream is the replay source, so keep "limits"
	// unless messages may be discarded once every consumer has them;
	// workqueue forbids a second consumer (a user's tap) on a stream.
	Retention jetstream.RetentionPolicy
	// MaxAge drops messages older than this; 0 keeps them forever.
	MaxAge time.Duration
	// MaxBytes bounds a stream's size, discarding the oldest messages;
	// 0 or -1 is unlimited.
	MaxBytes int64
	// MaxMsgs bounds a stream's message count; 0 or -1 is unlimited.
	MaxMsgs int64
	// Replicas is the number of copies in a cluster (1..5, default 1).
	Replicas int
	// Storage is file (default) or memory.
	Storage jetstream.StorageType
	// Duplicates is the window in which a repeated Nats-Msg-Id is dropped
	// (default 2m). A redelivered input whose output was already stored is
	// deduplicated only inside this window, so it must exceed the longest
	// redelivery delay (ack wait plus the backoff schedule).
	Duplicates time.Duration
}

// DefaultStreamConfig is the configuration used when none is given.
func DefaultStreamConfig() StreamConfig {
	return StreamConfig{
		Kinds:      Kinds,
		Retention:  jetstream.LimitsPolicy,
		Replicas:   1,
		Storage:    jetstream.FileStorage,
		Duplicates: 2 * time.Minute,
	}
}

// ParseRetention reads limits, interest or workqueue.
func ParseRetention(s string) (jetstream.RetentionPolicy, error) {
	switch strings.ToLower(s) {
	case "", "limits":
		return jetstream.LimitsPolicy, nil
	case "interest":
		return jetstream.InterestPolicy, nil
	case "workqueue", "work_queue", "work-queue":
		return jetstream.WorkQueuePolicy, nil
	}
	return 0, fmt.Errorf("pipeline: unknown retention %q (limits, interest, workqueue)", s)
}

// ParseStorage reads file or memory.
func ParseStorage(s string) (jetstream.StorageType, error) {
	switch strings.ToLower(s) {
	case "", "file":
		return jetstream.FileStorage, nil
	case "memory", "mem":
		return jetstream.MemoryStorage, nil
	}
	return 0, fmt.Errorf("pipeline: unknown storage %q (file, memory)", s)
}

func (c StreamConfig) withDefaults() StreamConfig {
	if len(c.Kinds) == 0 {
		c.Kinds = Kinds
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 2 * time.Minute
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = -1
	}
	if c.MaxMsgs == 0 {
		c.MaxMsgs = -1
	}
	if c.MaxAge > 0 && c.Duplicates > c.MaxAge {
		// The server rejects a duplicate window longer than the max age.
		c.Duplicates = c.MaxAge
	}
	return c
}

func (c StreamConfig) jsConfig(names Names, kind string) jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:        names.Stream(kind),
		Description: "wirestream " + kind + " articles",
		Subjects:    []string{names.Wildcard(kind)},
		Retention:   c.Retention,
		MaxAge:      c.MaxAge,
		MaxBytes:    c.MaxBytes,
		MaxMsgs:     c.MaxMsgs,
		Replicas:    c.Replicas,
		Storage:     c.Storage,
		Duplicates:  c.Duplicates,
		Discard:     jetstream.DiscardOld,
	}
}

// EnsureStreams creates every stream of cfg.Kinds, or updates it to cfg when
// it exists. Changing the storage type of an existing stream is refused by
// the server and reported.
func EnsureStreams(ctx context.Context, js jetstream.JetStream, names Names, cfg StreamConfig) error {
	if err := names.Validate(); err != nil {
		return err
	}
	cfg = cfg.withDefaults()
	for _, kind := range cfg.Kinds {
		if err := EnsureStream(ctx, js, names, kind, cfg); err != nil {
			return err
		}
	}
	return nil
}

// CreateStreams creates the streams of cfg.Kinds that are missing and
// leaves existing ones as they are, so a restart never overrides the
// configuration an operator chose.
func CreateStreams(ctx context.Context, js jetstream.JetStream, names Names, cfg StreamConfig) error {
	if err := names.Validate(); err != nil {
		return err
	}
	cfg = cfg.withDefaults()
	for _, kind := range cfg.Kinds {
		if err := ensureStreamExists(ctx, js, names, kind, cfg); err != nil {
			return err
		}
	}
	return nil
}

// EnsureStream creates or updates the stream of one kind.
func EnsureStream(ctx context.Context, js jetstream.JetStream, names Names, kind string, cfg StreamConfig) error {
	sc := cfg.withDefaults().jsConfig(names, kind)
	err := retryStore(ctx, func() error {
		_, err := js.CreateOrUpdateStream(ctx, sc)
		return err
	})
	if err != nil {
		return fmt.Errorf("pipeline: ensure stream %s (%s): %w", sc.Name, sc.Subjects[0], err)
	}
	return nil
}

// errStoreCreate is the server's "error creating store for stream". Seen on
// nats-server 2.9 when another client deleted the account's last stream at
// the same moment (the server removed the directory the new stream was
// being made in); a second attempt succeeds.
const errStoreCreate jetstream.ErrorCode = 10049

// retryStore runs create, again a few times when the server failed to make
// the stream's storage.
func retryStore(ctx context.Context, create func() error) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = create(); err == nil {
			return nil
		}
		var apiErr *jetstream.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode != errStoreCreate {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 100 * time.Millisecond):
		}
	}
	return err
}

// ensureStreamExists creates the stream of a kind only when it is missing,
// so a runner never overrides the configuration an operator chose.
func ensureStreamExists(ctx context.Context, js jetstream.JetStream, names Names, kind string, cfg StreamConfig) error {
	name := names.Stream(kind)
	_, err := js.Stream(ctx, name)
	if err == nil {
		return nil
	}
	if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return fmt.Errorf("pipeline: look up stream %s: %w", name, err)
	}
	sc := cfg.withDefaults().jsConfig(names, kind)
	err = retryStore(ctx, func() error {
		_, err := js.CreateStream(ctx, sc)
		return err
	})
	if err != nil && !errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
		return fmt.Errorf("pipeline: create stream %s: %w", name, err)
	}
	return nil
}
