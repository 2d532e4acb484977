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
//	  .Validate() error
//	Token(s), SourceOf(subject)       one subject token ("unknown" when empty)
//	Kinds, KindRaw … KindDLQ          the stream kinds
//	Hop{Stage, In, Out}, DefaultHops, HopFor(stage) (Hop, bool)
//	StreamConfig, DefaultStreamConfig(), ParseRetention, ParseStorage
//	EnsureStreams(ctx, js, names, cfg)          every kind, create or update
//	EnsureStream(ctx, js, names, kind, cfg)     one kind, create or update
//	CreateStreams(ctx, js, names, cfg)          create missing ones only
//	StartEmbedded(EmbeddedOptions) (*Embedded, error)
//	  (*Embedded).ClientURL(), .Port(), .Shutdown(), .WaitForShutdown(), .Server
//	Connect(servers, ConnOptions) (*nats.Conn, error), RedactURL(servers)
//	NewRunner(js, stage, hop, names, opts...) *Runner
//	  (*Runner).Run(ctx) error, .Ready() bool, .Stage(), .Hop()
//	  options: WithLogger, WithConcurrency, WithMaxDeliver, WithAckWait,
//	  WithMaxAckPending, WithBackoff, WithFetchBatch, WithStageTimeout,
//	  WithMaxMessageBytes, WithPublishTimeout, WithPublishWindow,
//	  WithPublishWindowBytes, WithPullExpiry,
//	  WithObserver, WithStreamConfig, WithMiddleware; DefaultBackoff
//	Observer, Outcome (Processed, Retried, DeadLettered), NopObserver
//	Metrics: NewMetrics(reg) (Prometheus Observer), HTTPHandler(gather, ready)
//	Handler, Middleware, Chain, Message, Outgoing    the Watermill-style chain
//	Recoverer, Timeout, SizeLimit, MaxDeliveries, DeadLetterOnPermanent
//	Apply(ctx, stage, in, dst) (Result, error)  one stage on one encoded
//	  article, exactly as the Runner does it; `worker process` uses it
//	NewProvenance(stage, start, dur), OutputHash(out, prov), MsgID(...)
//	DeadLetter (the DLQ message), EncodeDeadLetter, DeadLetterLimit,
//	MaxStoredRecord, DeadKind(err), Dead* kinds,
//	ErrMaxDeliveries, ErrTooLarge, ErrTimeBudget, PanicError
//
// Test support: package pipeline/natstest (Start, Connect).
//
// # Subjects, streams, consumers (Names)
//
// Without a namespace the subjects are exactly news.<kind>.<source>, with
// kind one of raw, clean, segmented, quoted, linked, and news.dlq.<stage>
// for dead letters. Namespace NS (ASCII letters, digits, '-', '_') makes them
// NS.news.<kind>.<source>, the stream names NS_NEWS_<KIND> and the consumer
// names NS_<stage>. A source becomes one token: "unknown" when empty; '.',
// '*', '>', '/', '\', whitespace and control characters become '_'.
//
// One stream per kind holds news.<kind>.>. Each stage has one durable pull
// consumer on its input stream, named after the stage and shared by all of
// its workers, so N workers split the work. A Hop says which kind a stage
// reads and writes; DefaultHops is clean: raw->clean, segment:
// clean->segmented, quotes: segmented->quoted, entities: quoted->linked. A
// custom stage may read and write any kind (its streams are created on first
// Run).
//
// # StreamConfig (EnsureStreams, WithStreamConfig)
//
//	Kinds       kinds to create streams for          default all six
//	Retention   limits | interest | workqueue        default limits
//	MaxAge      drop older messages; 0 = forever     default 0
//	MaxBytes    size bound per stream; -1/0 = none   default none
//	MaxMsgs     message bound per stream; -1/0       default none
//	Replicas    copies in a cluster (1..5)           default 1
//	Storage     file | memory                        default file
//	Duplicates  Nats-Msg-Id dedup window             default 2m (≤ MaxAge)
//
// EnsureStreams creates missing streams and updates existing ones (the
// server refuses a storage change). Runner.Run only creates the streams it
// needs when they are missing and never changes existing ones. The raw stream
// is the replay source: keep "limits" retention there unless discarding
// processed raw articles is intended. Only features of nats-server v2.9 are
// used (no per-message TTL, no metadata, no priority groups, no multiple
// filter subjects), so the same code works on Debian's v2.9 and the embedded
// v2.15.
//
// # EmbeddedOptions (StartEmbedded)
//
//	Host                  listen address              default 127.0.0.1
//	Port                  client port; 0/-1 random    default random
//	FallbackToRandomPort  random port if Port is taken, else an error
//	DataDir               JetStream file storage       default ./data
//	ServerName            server name                  default wirestream
//	MaxMemory, MaxStore   JetStream limits in bytes    default: server's choice
//	MonitorPort           HTTP monitoring (/varz, /jsz); 0 = off
//	ReadyTimeout          wait for readiness           default 10s
//	Logger                *zap.Logger for the server log; nil = silent
//	Server                *server.Options base, for auth (Username/Password,
//	                      Authorization token, Nkeys, Users), TLS, cluster
//
// The embedded server never installs signal handlers: the program owns
// SIGINT/SIGTERM and decides when to shut it down (after the runners drain).
//
// # ConnOptions (Connect)
//
//	Name                   client name shown in server monitoring
//	CredsFile              .creds file (JWT + nkey seed)
//	NkeySeedFile           user nkey seed file
//	User, Password         user/password auth
//	Token                  token auth
//	TLSCA                  CA PEM for the server certificate
//	TLSCert, TLSKey        client certificate (mutual TLS)
//	TLSInsecure            skip verification (tests only)
//	ReconnectWait          first reconnect delay, doubling   default 250ms
//	MaxReconnectWait       reconnect delay cap, with jitter  default 5s
//	RetryOnFailedConnect   keep trying when the first connect fails
//	ConnectTimeout         one connect attempt               default 5s
//	Logger                 disconnect/reconnect/async errors
//
// Reconnection never gives up; a 32 MiB reconnect buffer keeps publishes made
// during a short outage. url may list several servers, comma-separated.
//
// # Runner options (NewRunner)
//
//	WithConcurrency(n)       messages handled at once          GOMAXPROCS
//	WithFetchBatch(n)        pull batch / client buffer        max(2n, 16)
//	WithMaxDeliver(n)        tries before dead-lettering       5
//	WithAckWait(d)           server redelivers unacked after   60s
//	WithMaxAckPending(n)     unacked messages, all workers     1000
//	WithBackoff([]d)         nak delays by delivery count      1s 5s 15s 30s 1m
//	WithStageTimeout(d)      time budget per article; 0 = none 30s
//	WithMaxMessageBytes(n)   input size limit; 0 = none        8 MiB
//	WithPublishTimeout(d)    wait for an output's publish ack  10s
//	WithPublishWindow(n)     outputs awaiting their ack        256
//	WithPublishWindowBytes(n)  and their bytes; 0 = no bound  8 MiB
//	WithPullExpiry(d)        life of one pull request (≥1s)    2s
//	WithObserver(o)          metrics hooks                     NopObserver
//	WithConsumerInfoInterval(d)  consumer lag poll             5s
//	WithStreamConfig(c)      for streams Run must create       DefaultStreamConfig
//	WithMiddleware(mw...)    extra middleware around the stage
//	WithLogger(l)            *zap.Logger                       none
//
// While a message is processed or its output awaits the publish ack, it is
// in the runner's in-flight set; one ticker per runner sends every message
// of the set an in-progress signal every AckWait/3, so a slow stage is not
// redelivered while it works. AckWait must still exceed the time a message
// can wait in the client buffer before a handler takes it, or it is
// redelivered meanwhile (harmless for the output, thanks to the dedup
// window, but wasted work). MaxAckPending is raised to at least
// fetch batch + publish window. The publish window of all runners sharing one
// JetStream context must stay below its PublishAsyncMaxPending (default
// 4000).
//
// # What the Runner does with a message
//
// Run creates (or updates) the stage's durable pull consumer, pulls batches
// with jetstream Consume (a callback subscription: unlike the Messages
// iterator's fixed channel it never drops a message when pulls overlap) and
// hands each message to one of Concurrency handler goroutines. Pull requests
// expire after PullExpiry with idle heartbeats at half of it, so a lost pull
// stalls the stage for at most about PullExpiry.
// Each message goes through the handler chain
//
//	DeadLetterOnPermanent -> MaxDeliveries -> SizeLimit -> Timeout ->
//	Recoverer -> WithMiddleware... -> stage (Apply)
//
// Apply decodes only the stage's Fields() (plus "stages"; every other field
// is carried through verbatim), runs Process, appends provenance
// {stage, version, at (RFC 3339, start), duration_ms} and encodes into a
// pooled buffer. The output goes to Subject(hop.Out, <source token of the
// input subject>) with Nats-Msg-Id
//
//	<article id>:<stage>:<stage version>:<16 hex xxhash64 of the output
//	without its new provenance entry>
//
// (an id that is not plain printable ASCII up to 200 bytes is replaced by
// "h" + its hash). The publish is asynchronous; a separate acker waits for
// each publish ack, in order, and only then acks the input, so the handlers
// keep processing while acks travel, and at most PublishWindow outputs
// (and PublishWindowBytes of them, bar one larger output alone) are
// unacknowledged. A redelivered input produces the same message id, and the
// stream drops the repeat within the Duplicates window.
//
// Errors. Transient (a stage error not marked permanent, publish error or
// timeout, no responders, server gone): the input is nak'ed with the
// backoff delay of its delivery count. Permanent (undecodable JSON or a
// schema violation — *schemas.DecodeError —, stages.Permanent, a stage
// panic, over the size limit, over the time budget, a transient failure on
// the last allowed delivery, a delivery past MaxDeliver): a DeadLetter is
// published to news.dlq.<stage>, and once it is stored the input is
// terminated. The max-deliver limit is enforced by the runner (the server's
// consumer has MaxDeliver -1), so a message whose dead letter could not be
// stored is delivered again rather than silently dropped. Every error log
// carries article_id, stage, subject, delivered and stream_seq.
//
// Shutdown. When ctx is cancelled Run stops pulling, naks the messages
// buffered but not started (they are redelivered at once, to another worker
// or after a restart), lets the messages in flight finish (their context is
// not cancelled: only the stage time budget bounds them), waits for their
// publish acks, acks them, flushes the connection and returns nil.
//
// # DeadLetter (news.dlq.<stage>, schema dlq.v1)
//
//	schema             "dlq.v1"
//	error              the reason, human-readable
//	kind               decode | permanent | panic | too_large | timeout |
//	                   max_deliveries
//	stage, stage_version
//	article_id         when the input had a readable id
//	subject, stream, stream_seq     where the input was stored
//	message_id         the input's Nats-Msg-Id, if any
//	delivery_count     deliveries of the input, the failing one included
//	received_at, failed_at          RFC 3339
//	payload            the input, as a string when valid UTF-8,
//	payload_encoding   else base64 with "base64" here
//	payload_truncated, payload_bytes   cut to fit DeadLetterLimit: the
//	                   smaller of max payload and 32 MiB (a file store's
//	                   largest record), less 4 KiB
//	stack              goroutine stack of a panic
//
// When the server still refuses a dead letter for good (too large for the
// DLQ stream's max message size or its store), it is published again
// without its payload (payload "", payload_truncated, payload_bytes), so
// the input always ends in the DLQ and is terminated. EncodeDeadLetter is
// the encoding with truncation, shared with the sinks.
//
// Its Nats-Msg-Id is dlq:<stage>:<stream>:<seq>, one dead letter per stored
// input however often it fails.
//
// # Observer and metrics
//
// Observer.Received and Observer.Done(stage, outcome, reason, duration)
// are called for every message (in flight = received − done). NewMetrics
// implements it with Prometheus: wirestream_messages_total{stage,outcome},
// wirestream_dead_letters_total{stage,kind}, wirestream_in_flight{stage},
// wirestream_message_seconds{stage,outcome}. An observer that is also a
// ConsumerObserver (Metrics is) gets the stage consumer's state, polled
// every WithConsumerInfoInterval (5s): wirestream_consumer_pending,
// _ack_pending, _lag (their sum) and _redelivered, per stage. HTTPHandler
// serves /metrics, /healthz and /readyz.
package pipeline
