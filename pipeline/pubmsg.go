package pipeline

import (
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// pubMsg is an output's NATS message with its one-entry header, reused
// across publishes so that a hop allocates no header map and no header
// value per message. A publish future keeps its message (for a resend)
// until the server acknowledges it, so it is reused only after that.
type pubMsg struct {
	nats.Msg
	hdr nats.Header
	id  [1]string
}

func newPubMsg() *pubMsg {
	p := &pubMsg{}
	p.hdr = nats.Header{jetstream.MsgIDHeader: p.id[:]}
	return p
}

// set points the message at o: its subject, data and message id.
func (p *pubMsg) set(o *Outgoing) *nats.Msg {
	p.Subject, p.Data, p.Header = o.Subject, o.Data, nil
	if o.MsgID != "" {
		p.id[0] = o.MsgID
		p.Header = p.hdr
	}
	return &p.Msg
}
