package replay

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// publisher re-publishes asynchronously with at most window messages
// awaiting their ack, and hands each ack, in order, to acked.
type publisher struct {
	js      jetstream.JetStream
	window  int
	timeout time.Duration
	queue   []inflight
	acked   func(seq uint64, ack *jetstream.PubAck) error
	// lastAcked is the sequence of the last stored re-publish; acks are
	// taken in order, so everything selected before it is stored too.
	lastAcked uint64
}

type inflight struct {
	seq     uint64
	subject string
	fut     jetstream.PubAckFuture
}

func (p *publisher) publish(ctx context.Context, msg *nats.Msg, seq uint64) error {
	for len(p.queue) >= p.window {
		if err := p.settle(ctx); err != nil {
			return err
		}
	}
	f, err := p.js.PublishMsgAsync(msg)
	if err != nil {
		return fmt.Errorf("re-publish sequence %d to %s: %w", seq, msg.Subject, err)
	}
	p.queue = append(p.queue, inflight{seq: seq, subject: msg.Subject, fut: f})
	return nil
}

// settle waits for the oldest publish.
func (p *publisher) settle(ctx context.Context) error {
	in := p.queue[0]
	p.queue = p.queue[1:]
	timer := time.NewTimer(p.timeout)
	defer timer.Stop()
	select {
	case ack := <-in.fut.Ok():
		if err := p.acked(in.seq, ack); err != nil {
			return err
		}
		p.lastAcked = in.seq
		return nil
	case err := <-in.fut.Err():
		return fmt.Errorf("re-publish sequence %d to %s: %w", in.seq, in.subject, err)
	case <-timer.C:
		return fmt.Errorf("re-publish sequence %d to %s: no ack in %s", in.seq, in.subject, p.timeout)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// flush waits for every publish.
func (p *publisher) flush(ctx context.Context) error {
	for len(p.queue) > 0 {
		if err := p.settle(ctx); err != nil {
			return err
		}
	}
	return nil
}
