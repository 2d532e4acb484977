package sink

import (
	"context"
	"encoding/base64"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

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
	limit := 0
	if nc := r.js.Conn(); nc != nil {
		limit = int(nc.MaxPayload()) - 1024 // room for headers
	}
	payload := m.Data()
	for {
		if utf8.Valid(payload) {
			dl.Payload, dl.PayloadEncoding = string(payload), ""
		} else {
			dl.Payload, dl.PayloadEncoding = base64.StdEncoding.EncodeToString(payload), "base64"
		}
		b, err := json.Marshal(&dl)
		if err != nil {
			return err
		}
		if limit <= 0 || len(b) <= limit || len(payload) == 0 {
			out.Data = b
			break
		}
		// Keep the dead letter, lose bulk: halve on a rune boundary.
		cut := len(payload) / 2
		for cut > 0 && !utf8.RuneStart(payload[cut]) {
			cut--
		}
		payload = payload[:cut]
		dl.PayloadTruncated, dl.PayloadBytes = true, len(m.Data())
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_, err := r.js.PublishMsg(pctx, out)
	return err
}
