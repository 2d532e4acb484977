package ui

import (
	"context"
	"errors"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// errReset asks the follower to start over (the stream went back).
var errReset = errors.New("ui: stream changed; following again")

// followLoop follows the linked stream with an ordered consumer, again and
// again: after a failure, a missing stream or a reset, it waits RetryEvery
// and creates a new consumer from the next unread sequence.
func (s *Server) followLoop(ctx context.Context) {
	for ctx.Err() == nil {
		err := s.follow(ctx)
		if ctx.Err() != nil {
			return
		}
		s.setStatus(func(st *Status) {
			st.Following = false
			st.Error = ""
			switch {
			case errors.Is(err, jetstream.ErrStreamNotFound):
				st.Exists, st.Messages = false, 0
			case err != nil && !errors.Is(err, errReset):
				st.Error = err.Error()
			}
		})
		if err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) && !errors.Is(err, errReset) {
			s.opts.Log.Warn("ui: following the linked stream", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(s.opts.RetryEvery):
		}
	}
}

// follow creates one ordered consumer and feeds the store until ctx ends,
// the consumer fails for good or a reset is asked for. The ordered consumer
// recreates itself on missed heartbeats (a server restart); a failure it
// cannot recover from ends it here and the loop starts again.
func (s *Server) follow(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
	st, err := s.js.Stream(cctx, s.opts.Names.Stream(pipeline.KindLinked))
	cancel()
	if err != nil {
		return err
	}
	state := st.CachedInfo().State
	s.mu.Lock()
	start := s.next
	if start == 0 || start > state.LastSeq+1 {
		// First look (or the stream went back): show the newest Articles.
		start = 1
		if n := uint64(s.opts.Articles); state.LastSeq > n {
			start = state.LastSeq - n + 1
		}
	}
	start = max(start, state.FirstSeq, 1)
	s.next = start
	s.mu.Unlock()
	s.setStatus(func(x *Status) { x.Exists, x.Messages, x.Error = true, state.Msgs, "" })

	cons, err := st.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		FilterSubjects:    []string{s.opts.Names.Wildcard(pipeline.KindLinked)},
		DeliverPolicy:     jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:       start,
		InactiveThreshold: time.Minute,
	})
	if err != nil {
		return err
	}
	fatal := make(chan error, 1)
	cc, err := cons.Consume(s.handle, jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
		s.opts.Log.Debug("ui: consumer", zap.Error(err))
		if errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrNoHeartbeat) {
			return // the ordered consumer recreates itself
		}
		if errors.Is(err, jetstream.ErrStreamNotFound) || errors.Is(err, jetstream.ErrConnectionClosed) {
			select {
			case fatal <- err:
			default:
			}
		}
	}))
	if err != nil {
		return err
	}
	defer cc.Stop()
	s.setStatus(func(x *Status) {
		s.consuming = true
		x.Following, x.Connected = true, s.js.Conn().IsConnected()
	})
	defer s.setStatus(func(*Status) { s.consuming = false })
	select {
	case <-ctx.Done():
		return nil
	case err := <-fatal:
		return err
	case <-s.reset:
		return errReset
	case <-cc.Closed():
		return errors.New("ui: consumer closed")
	}
}

// handle takes one linked article off the stream. Nothing is acked: an
// ordered consumer needs no acks and leaves nothing on the server.
func (s *Server) handle(m jetstream.Msg) {
	meta, err := m.Metadata()
	if err != nil {
		return
	}
	v := &ArticleView{Seq: meta.Sequence.Stream, Subject: m.Subject(), StoredAt: meta.Timestamp.UTC()}
	s.mu.Lock()
	s.next = max(s.next, v.Seq+1)
	s.status.Received++
	s.mu.Unlock()
	var a schemas.Article
	if err := schemas.Decode(m.Data(), &a, schemas.AllFields&^schemas.FieldBody); err != nil {
		s.opts.Log.Warn("ui: undecodable linked article", zap.Uint64("seq", v.Seq), zap.Error(err))
		return
	}
	v.ID, v.Source, v.URL, v.Title, v.PublishedAt = a.ID, a.Source, a.URL, a.Title, a.PublishedAt
	v.Text = a.TextOrEmpty()
	v.Quotes, v.Entities, v.Stages = a.Quotes, a.Entities, a.Stages
	if v.Quotes == nil {
		v.Quotes = []schemas.Quote{}
	}
	if v.Entities == nil {
		v.Entities = []schemas.Entity{}
	}
	if v.Stages == nil {
		v.Stages = []schemas.Provenance{}
	}
	if v.Source == "" {
		v.Source = pipeline.SourceOf(v.Subject)
	}
	s.lat.observe(v.Stages)
	s.store.add(v)
	s.hub.publish("article", v)
}
