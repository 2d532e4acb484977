package pipeline

import (
	"context"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Message is one input message as the handler chain sees it.
type Message struct {
	Subject string
	Data    []byte
	Header  nats.Header
	// Delivered counts deliveries of this message, 1 the first time.
	Delivered uint64
	// Stream and StreamSeq locate the message in its stream.
	Stream    string
	StreamSeq uint64
	// Stored is when the message was stored in the stream.
	Stored time.Time
	// ReceivedAt is when this runner received it.
	ReceivedAt time.Time

	jm jetstream.Msg
	// Links in the runner's in-flight set (inflight), which sends the
	// in-progress signals, so a slow stage or publish does not outlive
	// the ack wait.
	prev, next *Message
	listed     bool
}

// Outgoing is a message to publish; the input is acked once every
// Outgoing of it is stored.
type Outgoing struct {
	Subject string
	Data    []byte
	// MsgID is sent as Nats-Msg-Id, so a repeat is dropped by the stream.
	MsgID string
	// DeadLetter marks a dead letter: once it is stored the input is
	// terminated, not acked. Cause is the permanent error.
	DeadLetter bool
	Cause      error

	buf *[]byte // pooled buffer backing Data, returned after the publish
	pub *pubMsg // pooled message that carried it, likewise
	// stripped re-encodes a dead letter without its payload, for a server
	// that refuses the full one.
	stripped func() ([]byte, error)
}

// Handler handles one message: it returns what to publish, or an error.
// An error for which stages.IsPermanent is true is never retried; any
// other error naks the message for a later redelivery.
type Handler func(ctx context.Context, m *Message) ([]*Outgoing, error)

// Middleware wraps a Handler with one concern (recovery, timeout,
// dead-lettering), Watermill-style.
type Middleware func(Handler) Handler

// Chain applies middlewares so that the first one is the outermost.
func Chain(h Handler, mw ...Middleware) Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}
