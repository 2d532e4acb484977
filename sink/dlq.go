package sink

import (
	"context"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Headers of a sink's dead letter. The body is the message exactly as it
// was received (it may not even be JSON), so it can be fixed and published
// again.
const (
	HeaderError   = "Wirestream-Error"
	HeaderSubject = "Wirestream-Subject"
	HeaderSeq     = "Wirestream-Stream-Seq"
)

func (r *runner) publishDeadLetter(ctx context.Context, m jetstream.Msg, cause error) error {
	out := nats.NewMsg(r.dlq)
	out.Data = m.Data()
	out.Header.Set(HeaderError, cause.Error())
	out.Header.Set(HeaderSubject, m.Subject())
	if md, err := m.Metadata(); err == nil {
		seq := strconv.FormatUint(md.Sequence.Stream, 10)
		out.Header.Set(HeaderSeq, seq)
		// One dead letter per stored message, however often it is seen.
		out.Header.Set(jetstream.MsgIDHeader, r.dlq+":"+md.Stream+":"+seq)
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_, err := r.js.PublishMsg(pctx, out)
	return err
}
