package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/segment"
)

// flight is an Observer that tracks the messages in flight per stage and
// the outcomes.
type flight struct {
	mu       sync.Mutex
	now, max map[string]int
	outcomes map[string]int // stage/outcome/reason
}

func newFlight() *flight {
	return &flight{now: map[string]int{}, max: map[string]int{}, outcomes: map[string]int{}}
}

func (f *flight) Received(stage string) {
	f.mu.Lock()
	f.now[stage]++
	f.max[stage] = max(f.max[stage], f.now[stage])
	f.mu.Unlock()
}

func (f *flight) Done(stage string, o pipeline.Outcome, reason string, _ time.Duration) {
	f.mu.Lock()
	f.now[stage]--
	f.outcomes[stage+"/"+o.String()+"/"+reason]++
	f.mu.Unlock()
}

func (f *flight) get(m map[string]int, k string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return m[k]
}

// TestSlowStageUpstreamOfFastOne puts a deliberately slow stage before the
// real segment stage. The backlog must stay on the server: the slow stage
// never holds more unacked messages than its max ack pending (checked in
// the runner's observer and in the server's consumer state), never runs
// more articles at once than its concurrency, nothing is redelivered or
// dead-lettered by mistake, and every article comes out once.
func TestSlowStageUpstreamOfFastOne(t *testing.T) {
	const (
		n             = 400
		concurrency   = 2
		maxAckPending = 16
		delay         = 10 * time.Millisecond
	)
	e := newEnv(t)
	var active, maxActive atomic.Int64
	slow := stages.Func{
		StageName: "slow", StageVersion: "slow/1",
		Reads: schemas.FieldBody | schemas.FieldText,
		Fn: func(_ context.Context, a *schemas.Article) error {
			cur := active.Add(1)
			defer active.Add(-1)
			for {
				m := maxActive.Load()
				if cur <= m || maxActive.CompareAndSwap(m, cur) {
					break
				}
			}
			time.Sleep(delay)
			a.SetText(a.Body)
			return nil
		},
	}
	slowHop := pipeline.Hop{Stage: "slow", In: pipeline.KindRaw, Out: pipeline.KindClean}
	fastHop, _ := pipeline.HopFor("segment")
	obs := newFlight()

	ids, msgs := e.rawStories("slow", n)
	e.publish(msgs...)
	rs := []*runner{
		run(t, pipeline.NewRunner(e.js, slow, slowHop, e.names,
			pipeline.WithConcurrency(concurrency),
			pipeline.WithFetchBatch(4),
			pipeline.WithPublishWindow(8),
			pipeline.WithMaxAckPending(maxAckPending),
			pipeline.WithAckWait(10*time.Second),
			pipeline.WithObserver(obs))),
		run(t, pipeline.NewRunner(e.js, segment.New(), fastHop, e.names,
			pipeline.WithConcurrency(4),
			pipeline.WithObserver(obs))),
	}

	// Sample the server's view of the slow consumer while it works.
	var maxAck, maxLag int
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-stopSampling:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if ci, err := e.consumerInfo(slowHop); err == nil {
				maxAck = max(maxAck, ci.NumAckPending)
				maxLag = max(maxLag, int(ci.NumPending))
			}
		}
	}()
	waitFor(t, 120*time.Second, fmt.Sprintf("%d articles segmented", n), func() bool {
		return e.count(pipeline.KindSegmented) >= n
	})
	close(stopSampling)
	<-sampled
	hops := []pipeline.Hop{slowHop, fastHop}
	e.waitSettled(hops, 60*time.Second)
	stopAll(rs)

	if got := obs.get(obs.max, "slow"); got > maxAckPending {
		t.Errorf("slow stage had %d messages in flight, more than max ack pending %d", got, maxAckPending)
	}
	if maxAck > maxAckPending {
		t.Errorf("server saw %d unacked messages on the slow consumer, more than max ack pending %d", maxAck, maxAckPending)
	}
	if got := maxActive.Load(); got > concurrency {
		t.Errorf("slow stage ran %d articles at once, concurrency is %d", got, concurrency)
	}
	if maxLag < n/2 {
		t.Errorf("the slow consumer's backlog on the server peaked at %d, want most of the %d articles waiting there", maxLag, n)
	}
	for _, h := range hops {
		ci, err := e.consumerInfo(h)
		if err != nil {
			t.Fatal(err)
		}
		if ci.Delivered.Consumer != uint64(n) {
			t.Errorf("consumer %s made %d deliveries for %d articles: something was redelivered", h.Stage, ci.Delivered.Consumer, n)
		}
		for k, c := range obs.outcomes {
			if strings.HasPrefix(k, h.Stage+"/") && !strings.HasPrefix(k, h.Stage+"/processed/") {
				t.Errorf("%s: %d messages, want every one processed at the first try", k, c)
			}
		}
	}
	tl := e.tallyOut(pipeline.KindSegmented, ids)
	e.exactlyOnce(tl, ids)
	dlq := e.count(pipeline.KindDLQ)
	if dlq != 0 {
		t.Errorf("%d dead letters, want none", dlq)
	}
	record(t, row{
		Case: fmt.Sprintf("slow stage (%s/article, concurrency %d, max ack pending %d) before segment", delay, concurrency, maxAckPending),
		In:   n, Out: tl.Out, DLQ: dlq, Lost: len(tl.Lost), Dup: tl.extra(),
		Outcome: fmt.Sprintf("in flight ≤ %d (observer), ≤ %d unacked (server), backlog on the server up to %d; no redelivery",
			obs.get(obs.max, "slow"), maxAck, maxLag),
	})
}
