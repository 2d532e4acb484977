package sink

import (
	"time"

	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

type config struct {
	log           *zap.Logger
	batch         int
	maxWait       time.Duration
	ackWait       time.Duration
	maxAckPending int
	writeTimeout  time.Duration
	minBackoff    time.Duration
	maxBackoff    time.Duration
	streamCfg     pipeline.StreamConfig
	dlq           bool
	onBatch       func(acked, failed, dead int)
	// idleProbe is how long a sink fetches nothing before it asks whether
	// its consumer still exists; not an option, tests shorten it.
	idleProbe time.Duration
}

func defaults() config {
	return config{
		log:           zap.NewNop(),
		batch:         200,
		maxWait:       time.Second,
		ackWait:       time.Minute,
		maxAckPending: 2000,
		writeTimeout:  time.Minute,
		minBackoff:    time.Second,
		maxBackoff:    time.Minute,
		streamCfg:     pipeline.DefaultStreamConfig(),
		dlq:           true,
		idleProbe:     5 * time.Second,
	}
}

// Option configures Run.
type Option func(*config)

// WithLogger sets the logger (default: none).
func WithLogger(l *zap.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.log = l
		}
	}
}

// WithBatch sets the most messages written in one Write (default 200). A
// batch is written when full or when MaxWait has passed since the fetch.
func WithBatch(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.batch = n
		}
	}
}

// WithMaxWait bounds how long a fetch waits to fill a batch (default 1s):
// the delay of a lone article, and of a graceful stop.
func WithMaxWait(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.maxWait = d
		}
	}
}

// WithAckWait sets how long the server waits for an ack before delivering
// a message again (default 1m): after a crash, the unacked messages come
// back after this long. It must exceed the longest write.
func WithAckWait(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.ackWait = d
		}
	}
}

// WithMaxAckPending bounds the messages delivered but not yet acked, over
// all instances of the sink (default 2000).
func WithMaxAckPending(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxAckPending = n
		}
	}
}

// WithWriteTimeout bounds one Write (default 1m). A stop request does not
// cancel a write in progress; this timeout does.
func WithWriteTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.writeTimeout = d
		}
	}
}

// WithBackoff sets the redelivery delay after a failed write: min doubled
// per delivery attempt, capped at max (default 1s .. 1m).
func WithBackoff(min, max time.Duration) Option {
	return func(c *config) {
		if min > 0 {
			c.minBackoff = min
		}
		if max >= c.minBackoff {
			c.maxBackoff = max
		}
	}
}

// WithStreamConfig is the configuration used to create the source stream
// when it does not exist yet; an existing stream is never changed.
func WithStreamConfig(sc pipeline.StreamConfig) Option {
	return func(c *config) { c.streamCfg = sc }
}

// WithoutDLQ stops poison messages from being published to
// news.dlq.sink-<name>; they are still terminated and logged.
func WithoutDLQ() Option {
	return func(c *config) { c.dlq = false }
}

// WithOnBatch registers a hook called after each fetched batch with the
// number of messages acked, redelivered later and dead-lettered; metrics
// and tests use it.
func WithOnBatch(f func(acked, failed, dead int)) Option {
	return func(c *config) { c.onBatch = f }
}
