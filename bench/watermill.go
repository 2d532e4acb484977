package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/ThreeDotsLabs/watermill"
	wmnats "github.com/ThreeDotsLabs/watermill-nats/v2/pkg/nats"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// watermillHop is the do-nothing hop written the way a Watermill user
// would: a router with watermill-nats' JetStream subscriber (durable queue
// group, ack after the handler) on the raw subject and its publisher on the
// quoted subject, the handler doing our hop's work (decode the article,
// encode it). It reads the raw stream (n messages) and returns the time
// from the router's start to the n-th stored output. Watermill's own
// defaults are kept (synchronous publish and ack, one in-flight message per
// subscriber) because that is what is being compared; `workers` is its
// SubscribersCount.
func (e *Env) watermillHop(ctx context.Context, names pipeline.Names, n, workers int) (time.Duration, error) {
	in := names.Subject(pipeline.KindRaw, "bench")
	out := names.Subject(pipeline.KindQuoted, "bench")
	group := "bench_watermill"
	js := wmnats.JetStreamConfig{
		// The streams exist already (EnsureStreams); Watermill would create
		// one per topic.
		AutoProvision: false,
		// ManualAck: Watermill acks itself after the handler; without it
		// nats.go would ack when the callback returns.
		SubscribeOptions: []nats.SubOpt{nats.DeliverAll(), nats.AckExplicit(), nats.ManualAck()},
		// Deduplicated like our runner's publishes (Nats-Msg-Id).
		TrackMsgId:    true,
		DurablePrefix: group,
	}
	log := watermill.NopLogger{}
	// Own connections, as NewSubscriber and NewPublisher make: the router
	// closes its subscriber and publisher, and they close their connection.
	url := e.NC.ConnectedUrl()
	subConn, err := nats.Connect(url, nats.Name("bench watermill subscriber"))
	if err != nil {
		return 0, fmt.Errorf("watermill: %w", err)
	}
	defer subConn.Close()
	pubConn, err := nats.Connect(url, nats.Name("bench watermill publisher"))
	if err != nil {
		return 0, fmt.Errorf("watermill: %w", err)
	}
	defer pubConn.Close()
	sub, err := wmnats.NewSubscriberWithNatsConn(subConn, wmnats.SubscriberSubscriptionConfig{
		Unmarshaler:      &wmnats.NATSMarshaler{},
		SubscribersCount: max(workers, 1),
		QueueGroupPrefix: group,
		AckWaitTimeout:   30 * time.Second,
		CloseTimeout:     5 * time.Second,
		JetStream:        js,
	}, log)
	if err != nil {
		return 0, fmt.Errorf("watermill subscriber: %w", err)
	}
	pub, err := wmnats.NewPublisherWithNatsConn(pubConn, wmnats.PublisherPublishConfig{
		Marshaler:         &wmnats.NATSMarshaler{},
		SubjectCalculator: wmnats.DefaultSubjectCalculator,
		JetStream:         js,
	}, log)
	if err != nil {
		return 0, fmt.Errorf("watermill publisher: %w", err)
	}
	router, err := message.NewRouter(message.RouterConfig{CloseTimeout: 5 * time.Second}, log)
	if err != nil {
		return 0, err
	}
	router.AddHandler("nop", in, sub, out, pub, func(m *message.Message) ([]*message.Message, error) {
		var a schemas.Article
		if err := schemas.Decode(m.Payload, &a, schemas.FieldStages); err != nil {
			return nil, err
		}
		// A fresh buffer each time: the payload belongs to the message,
		// and Watermill gives the handler no per-goroutine state to pool in.
		b, err := a.AppendJSON(make([]byte, 0, len(m.Payload)+64))
		if err != nil {
			return nil, err
		}
		return []*message.Message{message.NewMessage(a.ID+":wm", b)}, nil
	})
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- router.Run(rctx) }()
	end, err := e.waitCount(ctx, names.Stream(pipeline.KindQuoted), uint64(n), 5*time.Minute)
	cancel()
	if rerr := <-done; err == nil {
		err = rerr
	}
	_ = router.Close()
	return end.Sub(start), err
}
