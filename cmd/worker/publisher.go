package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

// publisher publishes raw articles to news.raw.<source> asynchronously,
// with at most window publishes awaiting their ack, and counts the
// outcomes. Acks are collected in publish order by one goroutine.
type publisher struct {
	js         jetstream.JetStream
	names      pipeline.Names
	source     string
	maxPayload int64
	log        *zap.Logger

	slots   chan struct{} // one token per publish awaiting its ack
	pending chan pendingAck
	done    chan struct{}
	once    sync.Once

	published, duplicates, failed atomic.Int64
	// keepIDs records the ids of the articles stored (or found already
	// stored), for the samples; a large publish does not keep them.
	keepIDs bool
	mu      sync.Mutex
	ids     []string
	dupIDs  []string
}

type pendingAck struct {
	where, id string
	fut       jetstream.PubAckFuture
}

// publishCounts is what `worker publish` reports.
type publishCounts struct{ Published, Duplicates, Failed int64 }

func newPublisher(js jetstream.JetStream, maxPayload int64, names pipeline.Names, source string, window int, log *zap.Logger) *publisher {
	window = max(window, 1)
	p := &publisher{
		js: js, names: names, source: source, maxPayload: maxPayload, log: log,
		slots:   make(chan struct{}, window),
		pending: make(chan pendingAck, window),
		done:    make(chan struct{}),
	}
	go p.collect()
	return p
}

func (p *publisher) collect() {
	defer close(p.done)
	for pa := range p.pending {
		select {
		case ack := <-pa.fut.Ok():
			if ack.Duplicate {
				p.duplicates.Add(1)
			} else {
				p.published.Add(1)
			}
			if p.keepIDs {
				p.mu.Lock()
				p.ids = append(p.ids, pa.id)
				if ack.Duplicate {
					p.dupIDs = append(p.dupIDs, pa.id)
				}
				p.mu.Unlock()
			}
		case err := <-pa.fut.Err():
			p.fail(pa.where, pa.id, err)
		}
		<-p.slots
	}
}

func (p *publisher) fail(where, id string, err error) {
	p.failed.Add(1)
	p.log.Error("publish failed", zap.String("input", where), zap.String("id", id), zap.Error(err))
}

// ensureStream creates the raw stream with the default configuration when
// the server has none for the raw subjects, so publishing works before any
// worker ran; an existing stream is left as its operator configured it.
func (p *publisher) ensureStream(ctx context.Context) error {
	subj := p.names.Subject(pipeline.KindRaw, p.source)
	if _, err := p.js.StreamNameBySubject(ctx, subj); err == nil {
		return nil
	} else if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return fmt.Errorf("look up the stream of %s: %w", subj, err)
	}
	p.log.Info("creating the raw stream", zap.String("stream", p.names.Stream(pipeline.KindRaw)))
	return pipeline.EnsureStream(ctx, p.js, p.names, pipeline.KindRaw, pipeline.DefaultStreamConfig())
}

// publish sends one item; failures are counted, never fatal. It blocks
// while the window is full, or until ctx is done.
func (p *publisher) publish(ctx context.Context, it item) {
	id := ""
	if it.art != nil {
		id = it.art.ID
	}
	if it.err != nil {
		p.fail(it.where, id, it.err)
		return
	}
	a := it.art
	if err := finishArticle(a, p.source); err != nil {
		p.fail(it.where, a.ID, err)
		return
	}
	data, err := a.AppendJSON(nil)
	if err != nil {
		p.fail(it.where, a.ID, err)
		return
	}
	if p.maxPayload > 0 && int64(len(data)) > p.maxPayload {
		p.fail(it.where, a.ID, fmt.Errorf("article is %d bytes, over the server's max payload of %d", len(data), p.maxPayload))
		return
	}
	msg := nats.NewMsg(p.names.Subject(pipeline.KindRaw, a.Source))
	msg.Data = data
	msg.Header.Set(jetstream.MsgIDHeader, rawMsgID(a.ID, data))
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		p.fail(it.where, a.ID, ctx.Err())
		return
	}
	fut, err := p.js.PublishMsgAsync(msg, jetstream.WithStallWait(30*time.Second))
	if err != nil {
		<-p.slots
		p.fail(it.where, a.ID, err)
		return
	}
	p.pending <- pendingAck{where: it.where, id: a.ID, fut: fut}
}

// wait blocks until every publish has its outcome and returns the counts.
func (p *publisher) wait() publishCounts {
	p.once.Do(func() { close(p.pending) })
	<-p.done
	return publishCounts{p.published.Load(), p.duplicates.Load(), p.failed.Load()}
}

// storedIDs returns the ids of the articles the server stored or already had.
func (p *publisher) storedIDs() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.ids...)
}

// duplicateIDs returns the ids of the articles the server already had.
func (p *publisher) duplicateIDs() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.dupIDs...)
}

// rawMsgID deduplicates a republished article: the same id with the same
// content is stored once, a corrected version is stored again.
func rawMsgID(id string, data []byte) string {
	sum := sha256.Sum256(data)
	return id + ":raw:" + hex.EncodeToString(sum[:8])
}

func (c publishCounts) String() string {
	return fmt.Sprintf("published %d, duplicates %d, failed %d", c.Published, c.Duplicates, c.Failed)
}
