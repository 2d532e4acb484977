package sink

import (
	"context"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// publishDeadLetter publishes a pipeline.DeadLetter (schema dlq.v1, as the
// stages write them) for m, with stage "sink-<name>", so the tools that
// read and re-feed the stages' dead letters read the sink's too.
func (r *runner) publishDeadLetter(ctx context.Context, m jetstream.Msg, cause error) error {
	now := time.Now().UTC()
	dl := pipeline.DeadLetter{
		Schema:     schemas.DLQSchema,
		Error:      cause.Error(),
		Kind:       pipeline.DeadKind(cause),
		Stage:      r.stage,
		Subject:    m.Subject(),
		ReceivedAt: now.Format(time.RFC3339Nano),
		FailedAt:   now.Format(time.RFC3339Nano),
	}
	var a schemas.Article
	if schemas.Decode(m.Data(), &a, schemas.FieldID) == nil {
		dl.ArticleID = a.ID
	}
	if h := m.Headers(); h != nil {
		dl.MessageID = h.Get(jetstream.MsgIDHeader)
	}
	out := nats.NewMsg(r.dlq)
	if md, err := m.Metadata(); err == nil {
		dl.Stream, dl.StreamSeq, dl.DeliveryCount = md.Stream, md.Sequence.Stream, md.NumDelivered
		// One dead letter per stored message, however often it is seen.
		out.Header.Set(jetstream.MsgIDHeader, r.stage+":"+md.Stream+":"+strconv.FormatUint(md.Sequence.Stream, 10))
	}
	var maxPayload int64
	if nc := r.js.Conn(); nc != nil {
		maxPayload = nc.MaxPayload()
	}
	// The stages' encoding and size bound: the payload is cut to fit the
	// connection and the file store.
	b, err := pipeline.EncodeDeadLetter(&dl, m.Data(), pipeline.DeadLetterLimit(maxPayload))
	if err != nil {
		return err
	}
	out.Data = b
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_, err = r.js.PublishMsg(pctx, out)
	return err
}
