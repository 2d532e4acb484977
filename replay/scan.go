package replay

import (
	"context"
	"errors"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// span is the part of one stream a run reads.
type span struct {
	stream  jetstream.Stream
	subject string // filter subject
	// Where the ordered consumer starts: a sequence, else a time, else the
	// first stored message.
	startSeq  uint64
	startTime time.Time
	// endSeq is the last sequence read, fixed before reading starts so the
	// run never reads what it re-publishes itself (or new live messages).
	endSeq uint64
	// until stops the read at the first message stored after it.
	until time.Time
}

// idleCheck is how long a read waits for the next message before it checks
// whether the rest of the span was removed meanwhile (max age).
const idleCheck = 5 * time.Second

// scan reads the span in order with an ordered ephemeral consumer and calls
// fn for each message. total gets the number of messages the consumer has
// pending at its start. The consumer is deleted at the end; the stream's
// durable consumers are never involved.
func scan(ctx context.Context, js jetstream.JetStream, sp span, total func(uint64), fn func(jetstream.Msg, *jetstream.MsgMetadata) error) error {
	cfg := jetstream.OrderedConsumerConfig{
		FilterSubjects:    []string{sp.subject},
		DeliverPolicy:     jetstream.DeliverAllPolicy,
		InactiveThreshold: 30 * time.Second,
	}
	switch {
	case sp.startSeq > 0:
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = sp.startSeq
	case !sp.startTime.IsZero():
		t := sp.startTime
		cfg.DeliverPolicy = jetstream.DeliverByStartTimePolicy
		cfg.OptStartTime = &t
	}
	cons, err := sp.stream.OrderedConsumer(ctx, cfg)
	if err != nil {
		return err
	}
	it, err := cons.Messages(jetstream.PullMaxMessages(512))
	if err != nil {
		return err
	}
	defer func() {
		it.Stop()
		deleteConsumer(js, sp.stream, cons)
	}()
	var pending uint64
	if info := cons.CachedInfo(); info != nil {
		pending = info.NumPending
	}
	total(pending)
	for n := uint64(0); n < pending; {
		wait, cancel := context.WithTimeout(ctx, idleCheck)
		msg, err := it.Next(jetstream.NextContext(wait))
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, context.DeadlineExceeded) {
				if gone, ierr := spanGone(ctx, sp); ierr != nil || gone {
					return ierr
				}
				continue
			}
			return err
		}
		n++
		md, err := msg.Metadata()
		if err != nil {
			return err
		}
		seq := md.Sequence.Stream
		if seq > sp.endSeq || (!sp.until.IsZero() && md.Timestamp.After(sp.until)) {
			return nil
		}
		if err := fn(msg, md); err != nil {
			return err
		}
		if seq == sp.endSeq {
			return nil
		}
	}
	return nil
}

// spanGone reports whether the unread rest of the span was removed.
func spanGone(ctx context.Context, sp span) (bool, error) {
	info, err := sp.stream.Info(ctx)
	if err != nil {
		return false, err
	}
	return info.State.FirstSeq > sp.endSeq, nil
}

// deleteConsumer removes the server side of the ordered consumer at once
// instead of after its inactive threshold.
func deleteConsumer(js jetstream.JetStream, st jetstream.Stream, cons jetstream.Consumer) {
	info := cons.CachedInfo()
	if info == nil || info.Name == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = js.DeleteConsumer(ctx, info.Stream, info.Name)
}
