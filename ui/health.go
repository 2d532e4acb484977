package ui

import (
	"context"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
)

// StageHealth is one stage at one moment.
type StageHealth struct {
	Stage    string `json:"stage"`
	Stream   string `json:"stream"`
	Consumer string `json:"consumer"`
	// Present is false while the stage's consumer does not exist (no
	// worker of the stage has run yet).
	Present bool `json:"present"`
	// Rate is inputs finished (acked or dead-lettered) per second since the
	// previous sample, from the consumer's ack floor.
	Rate float64 `json:"rate"`
	// Pending is the consumer's lag: stored inputs not yet delivered.
	Pending uint64 `json:"pending"`
	// AckPending are inputs delivered and not yet acknowledged.
	AckPending int `json:"ack_pending"`
	// Redelivered are inputs delivered more than once and not yet acked.
	Redelivered int `json:"redelivered"`
	// Dead is the number of dead letters stored on news.dlq.<stage>.
	Dead    uint64  `json:"dead"`
	Latency Latency `json:"latency"`
}

// HealthSample is the pipeline at one moment.
type HealthSample struct {
	At        time.Time     `json:"at"`
	Connected bool          `json:"connected"`
	Stages    []StageHealth `json:"stages"`
	EndToEnd  Latency       `json:"end_to_end"`
	Error     string        `json:"error,omitempty"`
}

// DeadEntry is a dead letter as the page lists it.
type DeadEntry struct {
	Seq           uint64 `json:"seq"`
	Subject       string `json:"subject"`
	Stage         string `json:"stage"`
	Kind          string `json:"kind"`
	Error         string `json:"error"`
	ArticleID     string `json:"article_id,omitempty"`
	InputSubject  string `json:"input_subject,omitempty"`
	DeliveryCount uint64 `json:"delivery_count"`
	FailedAt      string `json:"failed_at,omitempty"`
	Payload       string `json:"payload,omitempty"` // the start of it
}

// ackFloor remembers a consumer's previous ack floor to derive a rate.
type ackFloor struct {
	seq uint64
	at  time.Time
}

// sampleHealth reads every stage's consumer and the dead-letter counts.
func (s *Server) sampleHealth(ctx context.Context) HealthSample {
	now := time.Now()
	h := HealthSample{At: now.UTC(), Connected: s.js.Conn().IsConnected(), EndToEnd: s.lat.summary(EndToEnd)}
	dead, derr := s.deadCounts(ctx)
	var errs []error
	if derr != nil && !errors.Is(derr, jetstream.ErrStreamNotFound) {
		errs = append(errs, derr)
	}
	for _, hop := range s.opts.Hops {
		sh := StageHealth{
			Stage:    hop.Stage,
			Stream:   s.opts.Names.Stream(hop.In),
			Consumer: s.opts.Names.Consumer(hop.Stage),
			Dead:     dead[s.opts.Names.DLQSubject(hop.Stage)],
			Latency:  s.lat.summary(hop.Stage),
		}
		cctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
		info, err := s.consumerInfo(cctx, sh.Stream, sh.Consumer)
		cancel()
		if err == nil {
			sh.Present = true
			sh.Pending = info.NumPending
			sh.AckPending = info.NumAckPending
			sh.Redelivered = info.NumRedelivered
			sh.Rate = s.rate(hop.Stage, info.AckFloor.Stream, now)
		} else if errors.Is(err, jetstream.ErrConsumerNotFound) || errors.Is(err, jetstream.ErrStreamNotFound) {
			// No consumer yet: whatever it acks once made counts from 0.
			s.floors[hop.Stage] = ackFloor{at: now}
		} else {
			errs = append(errs, err)
		}
		h.Stages = append(h.Stages, sh)
	}
	if err := errors.Join(errs...); err != nil {
		h.Error = err.Error()
	}
	return h
}

func (s *Server) consumerInfo(ctx context.Context, stream, consumer string) (*jetstream.ConsumerInfo, error) {
	c, err := s.js.Consumer(ctx, stream, consumer)
	if err != nil {
		return nil, err
	}
	return c.CachedInfo(), nil
}

// rate turns the ack floor's progress into inputs per second. A floor
// that went back (consumer recreated) starts afresh.
func (s *Server) rate(stage string, floor uint64, now time.Time) float64 {
	prev, ok := s.floors[stage]
	s.floors[stage] = ackFloor{seq: floor, at: now}
	if !ok || floor < prev.seq {
		return 0
	}
	dt := now.Sub(prev.at).Seconds()
	if dt <= 0 {
		return 0
	}
	return float64(floor-prev.seq) / dt
}

// deadCounts returns the number of stored dead letters per DLQ subject.
func (s *Server) deadCounts(ctx context.Context) (map[string]uint64, error) {
	cctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
	defer cancel()
	st, err := s.js.Stream(cctx, s.opts.Names.Stream(pipeline.KindDLQ))
	if err != nil {
		return nil, err
	}
	info, err := st.Info(cctx, jetstream.WithSubjectFilter(s.opts.Names.Wildcard(pipeline.KindDLQ)))
	if err != nil {
		return nil, err
	}
	return info.State.Subjects, nil
}

// refreshDLQ reads the dead letters stored since the last call (at most
// the last DLQ of them) and reports whether the list changed.
func (s *Server) refreshDLQ(ctx context.Context) (bool, error) {
	cctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
	defer cancel()
	st, err := s.js.Stream(cctx, s.opts.Names.Stream(pipeline.KindDLQ))
	if err != nil {
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return s.resetDLQ(), nil
		}
		return false, err
	}
	state := st.CachedInfo().State
	s.mu.Lock()
	from := s.dlqSeq + 1
	s.mu.Unlock()
	if state.LastSeq+1 < from { // stream recreated or purged
		s.resetDLQ()
		from = 1
	}
	if state.LastSeq < from {
		return false, nil
	}
	n := uint64(s.opts.DLQ)
	if state.LastSeq >= n && from < state.LastSeq-n+1 {
		from = state.LastSeq - n + 1
	}
	from = max(from, state.FirstSeq)
	var got []DeadEntry
	for seq := from; seq <= state.LastSeq; seq++ {
		m, err := st.GetMsg(cctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return false, err
		}
		got = append(got, deadEntry(m))
	}
	s.mu.Lock()
	s.dlqSeq = state.LastSeq
	s.dlq = append(s.dlq, got...)
	if extra := len(s.dlq) - s.opts.DLQ; extra > 0 {
		s.dlq = append(s.dlq[:0:0], s.dlq[extra:]...)
	}
	s.mu.Unlock()
	return len(got) > 0, nil
}

func (s *Server) resetDLQ() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	changed := len(s.dlq) > 0
	s.dlq, s.dlqSeq = nil, 0
	return changed
}

// previewRunes bounds the payload shown with a dead letter.
const previewRunes = 300

func deadEntry(m *jetstream.RawStreamMsg) DeadEntry {
	var dl pipeline.DeadLetter
	e := DeadEntry{Seq: m.Sequence, Subject: m.Subject, Stage: pipeline.SourceOf(m.Subject)}
	if err := json.Unmarshal(m.Data, &dl); err != nil {
		e.Kind = "unreadable"
		e.Error = "dead letter is not dlq.v1 JSON: " + err.Error()
		return e
	}
	if dl.Stage != "" {
		e.Stage = dl.Stage
	}
	e.Kind, e.Error, e.ArticleID = dl.Kind, dl.Error, dl.ArticleID
	e.InputSubject, e.DeliveryCount, e.FailedAt = dl.Subject, dl.DeliveryCount, dl.FailedAt
	e.Payload = truncateRunes(dl.Payload, previewRunes)
	return e
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}
