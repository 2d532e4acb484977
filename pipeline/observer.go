package pipeline

import "time"

// Outcome is how the handling of one message ended.
type Outcome int

const (
	// Processed: the output was stored and the input acked.
	Processed Outcome = iota
	// Retried: a transient failure; the input was nak'ed with a delay.
	Retried
	// DeadLettered: a permanent failure; the dead letter was stored and
	// the input terminated.
	DeadLettered
)

func (o Outcome) String() string {
	switch o {
	case Processed:
		return "processed"
	case Retried:
		return "retried"
	case DeadLettered:
		return "dead_lettered"
	}
	return "unknown"
}

// Observer receives the runner's events, for metrics. Methods are called
// concurrently and on the hot path: they must be cheap and must not block.
type Observer interface {
	// Received: a message entered handling (in flight until Done).
	Received(stage string)
	// Done: the message left handling. reason is the dead-letter kind
	// (see DeadLetter.Kind) for DeadLettered, else "". d runs from
	// receipt to the ack, publish wait included.
	Done(stage string, o Outcome, reason string, d time.Duration)
}

// NopObserver ignores every event; it is the default.
type NopObserver struct{}

func (NopObserver) Received(string)                             {}
func (NopObserver) Done(string, Outcome, string, time.Duration) {}

// ConsumerObserver is an Observer that also wants the state of the stage's
// consumer, polled by the runner every WithConsumerInfoInterval (5s).
type ConsumerObserver interface {
	Observer
	// Consumer reports the messages not yet delivered (pending), delivered
	// but not acknowledged (ackPending) and redelivered but not yet
	// acknowledged (redelivered), across every worker of the stage.
	Consumer(stage string, pending, ackPending, redelivered uint64)
}
