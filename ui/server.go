package ui

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

// Options configures a Server. Zero values take the defaults.
type Options struct {
	Names pipeline.Names
	// Hops are the stages whose health is shown (default DefaultHops).
	Hops []pipeline.Hop
	Log  *zap.Logger
	// Articles is the number of recent articles kept (default 100),
	// Quotes the number of recent quotes indexed (default 5000), DLQ the
	// number of latest dead letters listed (default 20), History the
	// health samples kept for the charts (default 120).
	Articles int
	Quotes   int
	DLQ      int
	History  int
	// HealthEvery is the health polling period (default 2s).
	HealthEvery time.Duration
	// RetryEvery is the delay before following the stream again after it
	// failed or was missing (default 1s).
	RetryEvery time.Duration
	// RequestTimeout bounds one JetStream API request (default 5s).
	RequestTimeout time.Duration
}

func (o Options) withDefaults() Options {
	if len(o.Hops) == 0 {
		o.Hops = pipeline.DefaultHops
	}
	if o.Log == nil {
		o.Log = zap.NewNop()
	}
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Articles, 100)
	def(&o.Quotes, 5000)
	def(&o.DLQ, 20)
	def(&o.History, 120)
	if o.HealthEvery <= 0 {
		o.HealthEvery = 2 * time.Second
	}
	if o.RetryEvery <= 0 {
		o.RetryEvery = time.Second
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 5 * time.Second
	}
	return o
}

// Status says whether the page is live and why not.
type Status struct {
	Connected bool `json:"connected"`
	// Stream is the linked stream; Exists and Messages describe it as of
	// the last look; Following is true while the consumer delivers.
	Stream    string `json:"stream"`
	Subject   string `json:"subject"`
	Exists    bool   `json:"exists"`
	Messages  uint64 `json:"messages"`
	Following bool   `json:"following"`
	Received  uint64 `json:"received"`
	Error     string `json:"error,omitempty"`
}

// Server follows the linked stream and serves the page.
type Server struct {
	js    jetstream.JetStream
	opts  Options
	store *store
	lat   *latencies
	hub   *hub

	mu      sync.Mutex
	status  Status
	next    uint64 // next stream sequence to follow from
	history []HealthSample
	dlq     []DeadEntry
	dlqSeq  uint64
	floors  map[string]ackFloor // used by the health loop only
	// consuming is true while a follower's consumer is running.
	consuming bool
	reset     chan struct{}
}

// New makes a server reading through js. Call Run to start following.
func New(js jetstream.JetStream, o Options) *Server {
	o = o.withDefaults()
	return &Server{
		js:     js,
		opts:   o,
		store:  newStore(o.Articles, o.Quotes),
		lat:    newLatencies(512),
		hub:    newHub(),
		floors: map[string]ackFloor{},
		reset:  make(chan struct{}, 1),
		status: Status{
			Stream:  o.Names.Stream(pipeline.KindLinked),
			Subject: o.Names.Wildcard(pipeline.KindLinked),
		},
	}
}

// Run follows the linked stream and polls the pipeline's health until ctx
// is cancelled. It survives server restarts and a missing stream.
func (s *Server) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.followLoop(ctx) }()
	go func() { defer wg.Done(); s.healthLoop(ctx) }()
	wg.Wait()
	return nil
}

func (s *Server) healthLoop(ctx context.Context) {
	t := time.NewTicker(s.opts.HealthEvery)
	defer t.Stop()
	for {
		s.pollOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// pollOnce takes one health sample, refreshes the dead letters and checks
// the linked stream, publishing what changed.
func (s *Server) pollOnce(ctx context.Context) {
	if !s.js.Conn().IsConnected() {
		// Requests would wait in the reconnect buffer until they time out:
		// say at once that the server is away, and ask again next tick.
		s.setStatus(func(st *Status) { st.Connected, st.Following = false, false })
		return
	}
	h := s.sampleHealth(ctx)
	s.mu.Lock()
	s.history = append(s.history, h)
	if extra := len(s.history) - s.opts.History; extra > 0 {
		s.history = append(s.history[:0:0], s.history[extra:]...)
	}
	s.mu.Unlock()
	s.hub.publish("health", h)
	if changed, err := s.refreshDLQ(ctx); err != nil {
		s.opts.Log.Debug("ui: dead letters", zap.Error(err))
	} else if changed {
		s.hub.publish("dlq", s.deadLetters())
	}
	s.checkStream(ctx, h.Connected)
}

// checkStream updates the status from the linked stream's state, and
// restarts the follower when the stream went back (deleted and recreated,
// purged) behind what was read.
func (s *Server) checkStream(ctx context.Context, connected bool) {
	cctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
	defer cancel()
	st, err := s.js.Stream(cctx, s.opts.Names.Stream(pipeline.KindLinked))
	s.mu.Lock()
	old := s.status
	s.status.Connected = connected
	switch {
	case err == nil:
		state := st.CachedInfo().State
		s.status.Exists, s.status.Messages, s.status.Error = true, state.Msgs, ""
		if s.next > state.LastSeq+1 {
			s.next = 0
			s.requestReset()
		}
	case errors.Is(err, jetstream.ErrStreamNotFound):
		s.status.Exists, s.status.Messages = false, 0
	default:
		s.status.Error = err.Error()
	}
	s.status.Following = connected && s.consuming
	cur := s.status
	s.mu.Unlock()
	if cur != old {
		s.hub.publish("status", cur)
	}
}

func (s *Server) requestReset() {
	select {
	case s.reset <- struct{}{}:
	default:
	}
}

func (s *Server) setStatus(f func(*Status)) {
	s.mu.Lock()
	old := s.status
	f(&s.status)
	cur := s.status
	s.mu.Unlock()
	if cur != old {
		s.hub.publish("status", cur)
	}
}

// Status returns the current status.
func (s *Server) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

func (s *Server) deadLetters() []DeadEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]DeadEntry, len(s.dlq))
	// newest first
	for i, e := range s.dlq {
		out[len(s.dlq)-1-i] = e
	}
	return out
}

func (s *Server) healthHistory() []HealthSample {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]HealthSample(nil), s.history...)
}

// Running is a page being served.
type Running struct {
	// Addr is the address listened on (host:port).
	Addr   string
	Server *Server
	stop   func()
}

// URL is the page's address.
func (r *Running) URL() string { return "http://" + r.Addr + "/" }

// Stop stops serving and following; it waits for both.
func (r *Running) Stop() { r.stop() }

// Start listens on addr, serves the page and follows the pipeline until
// ctx is cancelled or Stop is called. For `worker ui` and `worker run --ui`.
func Start(ctx context.Context, addr string, js jetstream.JetStream, o Options) (*Running, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("ui: listen %s: %w", addr, err)
	}
	s := New(js, o)
	ctx, cancel := context.WithCancel(ctx)
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.opts.Log.Error("ui: http server", zap.Error(err))
		}
	}()
	go func() { defer wg.Done(); _ = s.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			sctx, c := context.WithTimeout(context.Background(), 5*time.Second)
			defer c()
			_ = srv.Shutdown(sctx)
			wg.Wait()
		})
	}
	go func() { <-ctx.Done(); stop() }()
	return &Running{Addr: l.Addr().String(), Server: s, stop: stop}, nil
}
