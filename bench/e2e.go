package bench

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/stages"
)

// E2EStat is one batch of articles through the whole pipeline.
type E2EStat struct {
	Offered  float64       // articles/s offered; 0 = as fast as possible
	Articles int           // published
	Arrived  int           // arrived on the last stage's output
	Dead     int           // dead-lettered on the way
	Elapsed  time.Duration // first publish to last arrival
	P50      time.Duration // publish to arrival on the output subject
	P95      time.Duration
	P99      time.Duration
	Max      time.Duration
	Workers  int
	// Trace says where the time went (hopTrace.summary).
	Trace string
}

// PerSec is arrivals per second, first publish to last arrival.
func (s E2EStat) PerSec() float64 { return float64(s.Arrived) / s.Elapsed.Seconds() }

// pipelineRun is the registered stages running on one namespace, and a
// core subscription on the last output (and the dead letters) that stamps
// arrivals.
type pipelineRun struct {
	env    *Env
	names  pipeline.Names
	cancel context.CancelFunc
	done   chan error
	subs   []*nats.Subscription

	mu      sync.Mutex
	prefix  string  // id prefix of the current batch
	pubAt   []int64 // unix nanos of each publish of the batch
	arrAt   []int64 // and of its arrival
	trace   *hopTrace
	latency []time.Duration
	last    time.Time
	arrived atomic.Int64
	dead    atomic.Int64
	all     chan struct{}
	want    int64
}

func (e *Env) startPipeline(ctx context.Context, sts []stages.Stage, workers int) (*pipelineRun, error) {
	if len(sts) == 0 {
		return nil, errors.New("no stages")
	}
	p := &pipelineRun{env: e, names: e.names(), done: make(chan error, len(sts))}
	if err := pipeline.EnsureStreams(ctx, e.JS, p.names, e.Streams); err != nil {
		return nil, err
	}
	var hops []pipeline.Hop
	var stageNames []string
	for _, st := range sts {
		stageNames = append(stageNames, st.Name())
		h, ok := pipeline.HopFor(st.Name())
		if !ok {
			return nil, fmt.Errorf("stage %s has no hop", st.Name())
		}
		hops = append(hops, h)
	}
	p.trace = newHopTrace(stageNames)
	out := hops[len(hops)-1].Out
	for subj, dead := range map[string]bool{p.names.Wildcard(out): false, p.names.Wildcard(pipeline.KindDLQ): true} {
		sub, err := e.NC.Subscribe(subj, func(m *nats.Msg) { p.arrive(m, dead) })
		if err != nil {
			p.stop()
			return nil, err
		}
		_ = sub.SetPendingLimits(-1, -1)
		p.subs = append(p.subs, sub)
	}
	rctx, cancel := context.WithCancel(ctx)
	p.cancel = cancel
	var runners []*pipeline.Runner
	for i, st := range sts {
		opts := append(e.runnerOpts(workers), pipeline.WithMiddleware(p.trace.middleware(i)))
		r := pipeline.NewRunner(e.JS, st, hops[i], p.names, opts...)
		runners = append(runners, r)
		go func() { p.done <- r.Run(rctx) }()
	}
	// Wait until every stage consumes, so that set-up is not timed.
	deadline := time.Now().Add(30 * time.Second)
	for slices.ContainsFunc(runners, func(r *pipeline.Runner) bool { return !r.Ready() }) {
		if time.Now().After(deadline) {
			p.stop()
			return nil, errors.New("stages not ready in 30s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := e.NC.Flush(); err != nil {
		p.stop()
		return nil, err
	}
	return p, nil
}

// arrive records a message on the last output or the DLQ.
func (p *pipelineRun) arrive(m *nats.Msg, dead bool) {
	now := time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	if dead {
		p.dead.Add(1)
	} else {
		// The runner's message id starts with the article id.
		id, _, _ := strings.Cut(m.Header.Get(jetstream.MsgIDHeader), ":")
		rest, ok := strings.CutPrefix(id, p.prefix)
		if !ok {
			return // a message of an earlier batch
		}
		i, err := strconv.Atoi(rest)
		if err != nil || i < 0 || i >= len(p.pubAt) {
			return
		}
		p.latency = append(p.latency, now.Sub(time.Unix(0, p.pubAt[i])))
		p.arrAt[i] = now.UnixNano()
		p.last = now
		p.arrived.Add(1)
	}
	if p.arrived.Load()+p.dead.Load() == p.want {
		close(p.all)
	}
}

// batch publishes msgs (rate 0: at full speed) and waits for all of them
// to arrive or be dead-lettered.
func (p *pipelineRun) batch(ctx context.Context, prefix string, msgs [][]byte, rate float64, timeout time.Duration) (E2EStat, error) {
	p.mu.Lock()
	p.prefix = prefix
	p.pubAt = make([]int64, len(msgs))
	p.arrAt = make([]int64, len(msgs))
	p.trace.reset(prefix)
	p.latency = make([]time.Duration, 0, len(msgs))
	p.arrived.Store(0)
	p.dead.Store(0)
	p.want = int64(len(msgs))
	p.all = make(chan struct{})
	all := p.all
	p.mu.Unlock()

	// msgs carry the ids prefix+index (Corpus.Messages).
	start := time.Now()
	subj := p.names.Subject(pipeline.KindRaw, "bench")
	var perr error
	pubDone := make(chan struct{})
	go func() {
		defer close(pubDone)
		_, perr = p.env.publish(ctx, subj, msgs, prefix, rate, func(i int) {
			p.mu.Lock()
			p.pubAt[i] = time.Now().UnixNano()
			p.mu.Unlock()
		})
	}()
	var err error
	select {
	case <-all:
	case <-ctx.Done():
		err = ctx.Err()
	case <-time.After(timeout):
		err = fmt.Errorf("end to end: %d arrived, %d dead of %d in %s", p.arrived.Load(), p.dead.Load(), len(msgs), timeout)
	}
	<-pubDone
	if err == nil {
		err = perr
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	lat := slices.Clone(p.latency)
	slices.Sort(lat)
	st := E2EStat{
		Offered: rate, Articles: len(msgs), Arrived: len(lat), Dead: int(p.dead.Load()),
		Elapsed: p.last.Sub(start),
		P50:     percentile(lat, 50), P95: percentile(lat, 95), P99: percentile(lat, 99),
	}
	if len(lat) > 0 {
		st.Max = lat[len(lat)-1]
	}
	var split []parts
	for i, a := range p.arrAt {
		if a == 0 {
			continue
		}
		if x, ok := p.trace.split(prefix+strconv.Itoa(i), time.Unix(0, p.pubAt[i]), time.Unix(0, a)); ok {
			split = append(split, x)
		}
	}
	st.Trace = p.trace.summary(split)
	return st, err
}

// stop stops the stages, drops the subscriptions and deletes the streams.
func (p *pipelineRun) stop() {
	for _, s := range p.subs {
		_ = s.Unsubscribe()
	}
	if p.cancel != nil {
		p.cancel()
		for range cap(p.done) {
			if err := <-p.done; err != nil {
				p.env.Log.Warn("stage stopped with an error", zap.Error(err))
			}
		}
	}
	p.env.cleanup(p.names)
}
