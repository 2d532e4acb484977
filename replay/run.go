package replay

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"golang.org/x/time/rate"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// run is the state shared by a stream replay and a dead-letter replay.
type run struct {
	o        Options
	res      Result
	prog     Progress
	start    time.Time
	lastProg time.Time
	limiter  *rate.Limiter
	pub      *publisher
}

func newRun(js jetstream.JetStream, o Options) *run {
	r := &run{o: o, start: time.Now()}
	r.res.RunID = o.RunID
	if o.Rate > 0 {
		r.limiter = rate.NewLimiter(rate.Limit(o.Rate), max(1, int(o.Rate/10)))
	}
	r.pub = &publisher{js: js, window: o.Window, timeout: 30 * time.Second}
	return r
}

// selected records a selected message and reports it.
func (r *run) selected(it Item) {
	r.res.Selected++
	r.prog.Selected++
	if r.res.FirstSeq == 0 {
		r.res.FirstSeq = it.Seq
	}
	r.res.LastSeq = it.Seq
	if r.o.Selected != nil {
		r.o.Selected(it)
	}
}

// wait applies the rate limit.
func (r *run) wait(ctx context.Context) error {
	if r.limiter == nil {
		return nil
	}
	return r.limiter.Wait(ctx)
}

func (r *run) progress(done bool) {
	if r.o.Progress == nil {
		return
	}
	now := time.Now()
	if !done && now.Sub(r.lastProg) < r.o.ProgressEvery {
		return
	}
	r.lastProg = now
	r.prog.Elapsed = now.Sub(r.start)
	r.prog.Done = done
	r.o.Progress(r.prog)
}

func (r *run) finish() Result {
	r.res.Elapsed = time.Since(r.start)
	r.progress(true)
	return r.res
}

// Run replays the stored input of o.Stage: every selected message of the
// stage's input stream is published again to its subject, for the stage's
// durable consumer to process again. It fails with a *RangeError when the
// start of the requested range is no longer stored (unless o.Partial).
func Run(ctx context.Context, js jetstream.JetStream, o Options) (Result, error) {
	o.defaults()
	if err := o.Names.Validate(); err != nil {
		return Result{}, err
	}
	hop := o.Hop
	if hop.In == "" {
		h, ok := pipeline.HopFor(o.Stage)
		if !ok {
			return Result{}, fmt.Errorf("replay: unknown stage %q (standard stages: %s)", o.Stage, stageNames())
		}
		hop = h
	}
	r := newRun(js, o)
	r.res.Stream = o.Names.Stream(hop.In)
	sp, ok, err := prepare(ctx, js, &o, r.res.Stream, o.Names.Wildcard(hop.In), func(src string) string { return o.Names.Subject(hop.In, src) })
	if err != nil || !ok {
		return r.finish(), err
	}
	r.o = o
	log := o.Logger.With(zap.String("run", o.RunID), zap.String("stream", r.res.Stream))
	log.Info("replay: reading", zap.String("subject", sp.subject), zap.Uint64("end_seq", sp.endSeq), zap.String("stage", hop.Stage))
	if _, err := js.Consumer(ctx, r.res.Stream, o.Names.Consumer(hop.Stage)); errors.Is(err, jetstream.ErrConsumerNotFound) {
		// Not an error: the stream keeps them until the workers start.
		log.Warn("replay: the stage has no consumer yet; re-fed messages wait for its workers", zap.String("consumer", o.Names.Consumer(hop.Stage)))
	}

	// Sequences re-fed by this run, in increasing order: an earlier
	// replay's copy of one of them is not re-fed a second time.
	var fed []uint64
	r.pub.acked = func(_ uint64, ack *jetstream.PubAck) error {
		r.res.Published++
		r.prog.Published++
		if ack.Duplicate {
			r.res.Duplicates++
		}
		return nil
	}
	err = scan(ctx, js, sp, func(n uint64) { r.prog.Total = n }, func(m jetstream.Msg, md *jetstream.MsgMetadata) error {
		seq := md.Sequence.Stream
		r.res.Scanned++
		r.prog.Scanned++
		r.prog.LastSeq = seq
		defer r.progress(false)
		if !o.seqOK(seq) || !o.timeOK(md.Timestamp) || !o.sourceOK(m.Subject()) {
			return nil
		}
		h := m.Headers()
		origin := seq
		if of, err := strconv.ParseUint(h.Get(HeaderOf), 10, 64); err == nil && of > 0 {
			if _, found := slices.BinarySearch(fed, of); found {
				r.res.Copies++
				return nil
			}
			origin = of
		}
		var id string
		if len(o.IDs) > 0 || o.Selected != nil {
			id = peekID(m.Data())
			if !o.idOK(id) {
				return nil
			}
		}
		fed = append(fed, seq)
		r.selected(Item{Seq: seq, Subject: m.Subject(), ArticleID: id, Stored: md.Timestamp})
		if o.DryRun {
			return nil
		}
		if err := r.wait(ctx); err != nil {
			return err
		}
		out := &nats.Msg{Subject: m.Subject(), Data: m.Data(), Header: carryHeaders(h)}
		out.Header.Set(jetstream.MsgIDHeader, "replay:"+o.RunID+":"+strconv.FormatUint(seq, 10))
		out.Header.Set(HeaderRun, o.RunID)
		out.Header.Set(HeaderOf, strconv.FormatUint(origin, 10))
		return r.pub.publish(ctx, out, seq)
	})
	if err == nil {
		err = r.pub.flush(ctx)
	}
	if err != nil {
		r.res.ResumeSeq = max(r.pub.lastAcked+1, r.res.FirstSeq, o.FromSeq)
	}
	res := r.finish()
	if err != nil {
		return res, fmt.Errorf("replay %s: %w (re-published %d; resume with --from-seq %d --run-id %s)", r.res.Stream, err, res.Published, res.ResumeSeq, o.RunID)
	}
	log.Info("replay: done", zap.Uint64("scanned", res.Scanned), zap.Uint64("selected", res.Selected),
		zap.Uint64("published", res.Published), zap.Uint64("copies_skipped", res.Copies), zap.Duration("elapsed", res.Elapsed))
	return res, nil
}

// prepare checks the range against what the stream holds and fixes the
// span to read. ok is false when there is nothing to read.
func prepare(ctx context.Context, js jetstream.JetStream, o *Options, streamName, wildcard string, subjectOf func(string) string) (sp span, ok bool, err error) {
	st, err := js.Stream(ctx, streamName)
	if err != nil {
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return sp, false, fmt.Errorf("replay: no stream %s: nothing is stored to replay", streamName)
		}
		return sp, false, fmt.Errorf("replay: stream %s: %w", streamName, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return sp, false, fmt.Errorf("replay: stream %s: %w", streamName, err)
	}
	if err := checkRange(info, o.Filter); err != nil {
		if !o.Partial {
			return sp, false, err
		}
		o.Logger.Warn("replay: the start of the range is gone; replaying what is stored", zap.Error(err))
		if o.FromSeq < info.State.FirstSeq {
			o.FromSeq = info.State.FirstSeq
		}
	}
	if info.State.Msgs == 0 {
		return sp, false, nil
	}
	sp = span{stream: st, subject: wildcard, endSeq: info.State.LastSeq, until: o.Until}
	if o.ToSeq > 0 && o.ToSeq < sp.endSeq {
		sp.endSeq = o.ToSeq
	}
	if len(o.Sources) == 1 {
		// One source: let the server filter, and end at its last message.
		sp.subject = subjectOf(o.Sources[0])
		last, err := st.GetLastMsgForSubject(ctx, sp.subject)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return sp, false, nil
		}
		if err != nil {
			return sp, false, fmt.Errorf("replay: last message of %s: %w", sp.subject, err)
		}
		sp.endSeq = min(sp.endSeq, last.Sequence)
	}
	if o.FromSeq > 0 {
		if o.FromSeq > sp.endSeq {
			return sp, false, nil
		}
		sp.startSeq = o.FromSeq
	} else if !o.Since.IsZero() {
		sp.startTime = o.Since
	}
	return sp, true, nil
}

// carryHeaders copies the user headers of a stored message; the server's
// own (Nats-*) are dropped, the message id is replaced.
func carryHeaders(h nats.Header) nats.Header {
	out := nats.Header{}
	for k, v := range h {
		if strings.HasPrefix(k, "Nats-") || k == HeaderRun || k == HeaderOf || k == HeaderDLQ {
			continue
		}
		out[k] = v
	}
	return out
}

func peekID(data []byte) string {
	var a schemas.Article
	if schemas.Decode(data, &a, schemas.FieldID) != nil {
		return ""
	}
	return a.ID
}

func stageNames() string {
	names := make([]string, len(pipeline.DefaultHops))
	for i, h := range pipeline.DefaultHops {
		names[i] = h.Stage
	}
	return strings.Join(names, ", ")
}
