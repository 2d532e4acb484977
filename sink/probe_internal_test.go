package sink

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// emptyBatch is a fetch that expired with nothing in it and no error, as a
// pull on a deleted consumer sometimes ends on a 2.9 server.
type emptyBatch struct{ ch chan jetstream.Msg }

func (b emptyBatch) Messages() <-chan jetstream.Msg { return b.ch }
func (b emptyBatch) Error() error                   { return nil }

// silentConsumer answers every fetch with an empty batch and every Info
// with infoErr: a consumer that vanished without the fetch saying so.
type silentConsumer struct {
	jetstream.Consumer // methods the loop never calls panic on nil
	fetches, infos     atomic.Int32
	infoErr            error
}

func (c *silentConsumer) Fetch(int, ...jetstream.FetchOpt) (jetstream.MessageBatch, error) {
	c.fetches.Add(1)
	time.Sleep(time.Millisecond) // a fetch waits; keep the loop from spinning
	ch := make(chan jetstream.Msg)
	close(ch)
	return emptyBatch{ch}, nil
}

func (c *silentConsumer) Info(context.Context) (*jetstream.ConsumerInfo, error) {
	c.infos.Add(1)
	return &jetstream.ConsumerInfo{}, c.infoErr
}

// runLoopUntil runs a sink's loop on cons, with next as what recreating the
// consumer yields, until done holds or 5 s pass; it returns how many times
// the consumer was recreated.
func runLoopUntil(cons, next jetstream.Consumer, probe time.Duration, done func() bool) int32 {
	var created atomic.Int32
	cfg := defaults()
	cfg.idleProbe = probe
	r := &runner{cfg: cfg, log: cfg.log, create: func(context.Context) (jetstream.Consumer, error) {
		created.Add(1)
		return next, nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { r.loop(ctx, cons); close(stopped) }()
	for deadline := time.Now().Add(5 * time.Second); !done() && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-stopped
	return created.Load()
}

// TestIdleProbeRecreatesAVanishedConsumer forces the path the integration
// test reaches only by chance: fetches keep expiring empty, so only the
// idle probe's Info can tell the consumer is gone.
func TestIdleProbeRecreatesAVanishedConsumer(t *testing.T) {
	gone := &silentConsumer{infoErr: jetstream.ErrConsumerNotFound}
	fresh := &silentConsumer{}
	created := runLoopUntil(gone, fresh, 20*time.Millisecond, func() bool { return fresh.fetches.Load() > 0 })
	if created != 1 {
		t.Fatalf("consumer recreated %d times, want 1", created)
	}
	if gone.infos.Load() == 0 || fresh.fetches.Load() == 0 {
		t.Fatalf("probe asked %d times; new consumer fetched %d times", gone.infos.Load(), fresh.fetches.Load())
	}
}

// TestIdleProbeKeepsALiveConsumer: a consumer that answers Info is kept,
// however long it stays idle.
func TestIdleProbeKeepsALiveConsumer(t *testing.T) {
	live := &silentConsumer{}
	created := runLoopUntil(live, &silentConsumer{}, 5*time.Millisecond, func() bool { return live.infos.Load() >= 3 })
	if live.infos.Load() < 3 {
		t.Fatalf("probe asked %d times in 5 s, want at least 3", live.infos.Load())
	}
	if created != 0 {
		t.Fatalf("a live consumer was recreated %d times", created)
	}
}
