package replay

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

// dlqIDPrefix starts the message id of a re-fed dead letter; a dead letter
// whose input carried it failed again after a re-feed.
const dlqIDPrefix = "dlq-replay:"

// RunDLQ re-feeds the dead letters of o.Stage (news.dlq.<stage>): each
// selected dead letter's payload is published to the subject it failed on,
// and once that is stored the dead letter is deleted from the DLQ stream,
// so a later run does not re-feed it again. The message id is fixed per
// dead letter (dlq-replay:<dlq stream>:<dlq seq>), so a run broken off
// between the re-publish and the delete re-feeds nothing twice within the
// input stream's duplicate window. A re-fed article that fails again is
// dead-lettered by the stage as a new DLQ message with the new reason.
// Dead letters whose payload was truncated (too big for the server) are
// left in the DLQ and counted as Unreplayable.
func RunDLQ(ctx context.Context, js jetstream.JetStream, o Options) (Result, error) {
	o.defaults()
	if err := o.Names.Validate(); err != nil {
		return Result{}, err
	}
	r := newRun(js, o)
	r.res.Stream = o.Names.Stream(pipeline.KindDLQ)
	subject := o.Names.DLQSubject(o.Stage)
	// The server filters by stage; the source filter applies to the
	// subject the input failed on, so it is checked here.
	sources := o.Sources
	o.Sources = nil
	sp, ok, err := prepare(ctx, js, &o, r.res.Stream, subject, func(string) string { return subject })
	o.Sources = sources
	if err != nil || !ok {
		return r.finish(), err
	}
	if last, err := sp.stream.GetLastMsgForSubject(ctx, subject); err != nil {
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return r.finish(), nil
		}
		return r.finish(), fmt.Errorf("replay: last dead letter of %s: %w", o.Stage, err)
	} else {
		sp.endSeq = min(sp.endSeq, last.Sequence)
	}
	r.o = o
	log := o.Logger.With(zap.String("run", o.RunID), zap.String("stream", r.res.Stream), zap.String("stage", o.Stage))
	log.Info("replay: reading dead letters", zap.String("subject", subject), zap.Uint64("end_seq", sp.endSeq))

	r.pub.acked = func(seq uint64, ack *jetstream.PubAck) error {
		r.res.Published++
		r.prog.Published++
		if ack.Duplicate {
			r.res.Duplicates++
		}
		if err := sp.stream.DeleteMsg(ctx, seq); err != nil {
			return fmt.Errorf("delete dead letter %d after its re-feed: %w", seq, err)
		}
		r.res.Deleted++
		return nil
	}
	articlePrefix := strings.TrimSuffix(o.Names.Subject(pipeline.KindRaw, "x"), pipeline.KindRaw+".x")
	dlqPrefix := strings.TrimSuffix(o.Names.Wildcard(pipeline.KindDLQ), ">")
	err = scan(ctx, js, sp, func(n uint64) { r.prog.Total = n }, func(m jetstream.Msg, md *jetstream.MsgMetadata) error {
		seq := md.Sequence.Stream
		r.res.Scanned++
		r.prog.Scanned++
		r.prog.LastSeq = seq
		defer r.progress(false)
		if !o.seqOK(seq) || !o.timeOK(md.Timestamp) {
			return nil
		}
		var dl pipeline.DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			r.res.Unreplayable++
			log.Warn("replay: unreadable dead letter left in the DLQ", zap.Uint64("dlq_seq", seq), zap.Error(err))
			return nil
		}
		if !o.sourceOK(dl.Subject) {
			return nil
		}
		payload, perr := deadPayload(&dl)
		id := dl.ArticleID
		if id == "" && perr == nil {
			id = peekID(payload)
		}
		if !o.idOK(id) {
			return nil
		}
		if perr == nil && (!strings.HasPrefix(dl.Subject, articlePrefix) || strings.HasPrefix(dl.Subject, dlqPrefix)) {
			perr = fmt.Errorf("subject %q is not an article subject of this namespace", dl.Subject)
		}
		if perr != nil {
			r.res.Unreplayable++
			log.Warn("replay: dead letter cannot be re-fed; left in the DLQ", zap.Uint64("dlq_seq", seq), zap.String("article_id", id), zap.Error(perr))
			return nil
		}
		if strings.HasPrefix(dl.MessageID, dlqIDPrefix) {
			r.res.Refailed++
		}
		r.selected(Item{Seq: seq, Subject: dl.Subject, ArticleID: id, Stored: md.Timestamp, Reason: dl.Error})
		if o.DryRun {
			return nil
		}
		if err := r.wait(ctx); err != nil {
			return err
		}
		out := &nats.Msg{Subject: dl.Subject, Data: payload, Header: nats.Header{}}
		out.Header.Set(jetstream.MsgIDHeader, dlqIDPrefix+r.res.Stream+":"+strconv.FormatUint(seq, 10))
		out.Header.Set(HeaderRun, o.RunID)
		out.Header.Set(HeaderDLQ, strconv.FormatUint(seq, 10))
		if dl.StreamSeq > 0 {
			out.Header.Set(HeaderOf, strconv.FormatUint(dl.StreamSeq, 10))
		}
		return r.pub.publish(ctx, out, seq)
	})
	if err == nil {
		err = r.pub.flush(ctx)
	}
	res := r.finish()
	if err != nil {
		return res, fmt.Errorf("replay dead letters of %s: %w (re-fed %d)", o.Stage, err, res.Published)
	}
	log.Info("replay: dead letters re-fed", zap.Uint64("selected", res.Selected), zap.Uint64("published", res.Published),
		zap.Uint64("deleted", res.Deleted), zap.Uint64("unreplayable", res.Unreplayable), zap.Uint64("refailed", res.Refailed))
	return res, nil
}

// deadPayload returns the original input of a dead letter.
func deadPayload(dl *pipeline.DeadLetter) ([]byte, error) {
	if dl.PayloadTruncated {
		return nil, fmt.Errorf("payload was truncated to fit the server (%d bytes originally)", dl.PayloadBytes)
	}
	if dl.Subject == "" {
		return nil, errors.New("dead letter has no subject")
	}
	if dl.PayloadEncoding == "base64" {
		return base64.StdEncoding.DecodeString(dl.Payload)
	}
	return []byte(dl.Payload), nil
}
