// Package pipeline is the transport and runtime of Wirestream: subjects and
// stream names, JetStream streams and consumers, the embedded NATS server,
// client connections, and the Runner that moves articles through one stage
// (fetch, decode, process, publish, ack, retry, dead-letter, drain). It knows
// no linguistics: a stage is any stages.Stage.
//
// # API summary
//
//	Names{Namespace}                  subject, stream and consumer names
//	  .Subject(kind, source) string     "news.raw.voa", "NS.news.raw.voa"
//	  .Wildcard(kind) string            "news.raw.>"
//	  .Stream(kind) string              "NEWS_RAW", "NS_NEWS_RAW"
//	  .Consumer(stage) string           "clean", "NS_clean"
//	  .DLQSubject(stage) string         Subject(KindDLQ, stage)
//	Token(s) string                   one subject token ("unknown" when empty)
//	Kinds, KindRaw … KindDLQ          the stream kinds
//	Hop{Stage, In, Out}, DefaultHops, HopFor(stage) (Hop, bool)
//	StreamConfig, DefaultStreamConfig(), EnsureStreams(ctx, js, names, cfg)
//	EnsureStream(ctx, js, names, kind, cfg)   one kind, create or update
//	StartEmbedded(EmbeddedOptions) (*Embedded, error)
//	  (*Embedded).ClientURL(), .Shutdown(), .WaitForShutdown(), .Server
//	Connect(url, ConnOptions) (*nats.Conn, error)
//	NewRunner(js, stage, hop, names, opts...) *Runner; (*Runner).Run(ctx) error
//	  options: WithLogger, WithConcurrency, WithMaxDeliver, WithAckWait,
//	  WithMaxAckPending, WithBackoff, WithFetchBatch, WithStageTimeout,
//	  WithMaxMessageBytes, WithPublishTimeout, WithObserver, WithStreamConfig,
//	  WithMiddleware
//	Observer (hooks for metrics), NopObserver
//	Handler, Middleware, Message, Outgoing    the Watermill-style chain
//	Recoverer, Timeout, SizeLimit, MaxDeliveries, DeadLetterOnPermanent
//	Apply(ctx, stage, in, dst) (Result, error)  one stage on one encoded
//	  article, exactly as the Runner does it (decode, process, provenance,
//	  encode, message id); `worker process` uses it for identical output
//	NewProvenance(stage, start, dur), MsgID(articleID, stage, out)
//	DeadLetter (the DLQ message), ErrMaxDeliveries
//
// The configuration of each component is documented below and on its type.
package pipeline
