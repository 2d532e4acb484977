package main

import (
	"context"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// recordPrinter prints the records of the last stage to stdout for
// `worker run`, one JSON line each. The stream is split at the sequence
// where following began: later messages are printed as they arrive, earlier
// ones only on request (stored).
type recordPrinter struct {
	w    io.Writer
	mu   sync.Mutex
	upto uint64 // last stream sequence before following began
}

func (p *recordPrinter) write(data []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = writeLine(p.w, data)
}

// follow prints every message of subject stored from now on until ctx is
// done, then closes done. It returns once the consumer exists.
func (p *recordPrinter) follow(ctx context.Context, js jetstream.JetStream, subject string, log *zap.Logger, done chan<- struct{}) error {
	stream, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		return err
	}
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return err
	}
	p.upto = s.CachedInfo().State.LastSeq
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{
		FilterSubjects:    []string{subject},
		DeliverPolicy:     jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:       p.upto + 1,
		InactiveThreshold: 30 * time.Second,
	})
	if err != nil {
		return err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) { p.write(m.Data()) })
	if err != nil {
		deleteOrdered(js, stream, cons)
		return err
	}
	go func() {
		defer close(done)
		<-ctx.Done()
		cc.Stop()
		<-cc.Closed()
		deleteOrdered(js, stream, cons)
		if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("printing records stopped", zap.Error(err))
		}
	}()
	return nil
}

// stored prints, for each id, the latest message of subject stored before
// following began, in the order of ids.
func (p *recordPrinter) stored(ctx context.Context, js jetstream.JetStream, subject string, ids []string) error {
	if p.upto == 0 || len(ids) == 0 {
		return nil
	}
	want := make(map[string][]byte, len(ids))
	for _, id := range ids {
		want[id] = nil
	}
	stream, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		return err
	}
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{
		FilterSubjects:    []string{subject},
		InactiveThreshold: 30 * time.Second,
	})
	if err != nil {
		return err
	}
	defer deleteOrdered(js, stream, cons)
	for seq := uint64(0); seq < p.upto; {
		batch, err := cons.Fetch(256, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			return err
		}
		n := 0
		for m := range batch.Messages() {
			n++
			md, err := m.Metadata()
			if err != nil {
				return err
			}
			seq = md.Sequence.Stream
			if seq > p.upto {
				break // the follower prints it
			}
			if _, ok := want[peekArticleID(m.Data())]; ok {
				want[peekArticleID(m.Data())] = m.Data()
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) {
			return err
		}
		if n == 0 {
			break // nothing more matches the filter
		}
	}
	for _, id := range ids {
		if data := want[id]; data != nil {
			p.write(data)
		}
	}
	return nil
}
