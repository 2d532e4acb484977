package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/examples"
	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/ui"
)

// runConfig is the parsed command line of `worker run`.
type runConfig struct {
	nf            natsFlags
	stages        []string
	data          string
	port          int
	concurrency   int
	kb            stringList
	noSamples     bool
	print         bool
	printSet      bool
	logFormat     string
	logLevel      string
	replicas      int
	retention     string
	maxAge        time.Duration
	rawMaxAge     time.Duration
	rawMaxBytes   int64
	duplicates    time.Duration
	updateStrm    bool
	maxBytes      int
	maxAckPending int
	fetchBatch    int
	pubTimeout    time.Duration
	maxDeliver    int
	ackWait       time.Duration
	stageTime     time.Duration
	metrics       string
	ui            string
}

func runFlagSet(env *cliEnv, c *runConfig) *flag.FlagSet {
	fs := newFlagSet(env, "run", "[flags] [STAGE...]",
		`Run stage workers: every registered stage when none is named (registered:
`+stageList()+`). Each stage consumes its input stream through a durable
consumer named after the stage, so several processes running the same stage
share the work.

Without --nats (or NATS_URL), starts an embedded NATS server with JetStream
on 127.0.0.1 (port 4222, or a free port when it is taken; the URL is
logged) storing under --data, publishes the bundled sample articles and
prints the enriched records arriving from the last stage to stdout. It keeps
serving, so 'worker publish', 'worker tail' and the nats CLI can connect,
until SIGINT or SIGTERM; then it finishes the messages in flight and exits 0.

Streams: missing streams are created with --retention, --replicas,
--duplicates and --max-age (the raw stream, the replay source, with
--raw-max-age and --raw-max-bytes instead). Existing streams are left as
they are unless --update-streams is given, so an operator's settings survive
restarts.

Logs are JSON lines on stderr (--log-format console for people); records go
to stdout. --metrics with only a port (":9090") listens on 127.0.0.1.
Exits 1 at once when the server refuses the credentials.`)
	c.nf.register(fs, env, "connect to these NATS server `URL`s (comma-separated) instead of starting the embedded server")
	fs.StringVar(&c.data, "data", envString(env, "WIRESTREAM_DATA", "./data"), "JetStream storage `dir` of the embedded server (env WIRESTREAM_DATA)")
	fs.IntVar(&c.port, "port", envInt(env, "WIRESTREAM_PORT", 4222), "client port of the embedded server; a free port is used when it is taken (env WIRESTREAM_PORT)")
	fs.IntVar(&c.concurrency, "concurrency", envInt(env, "WIRESTREAM_CONCURRENCY", runtime.GOMAXPROCS(0)), "messages processed at once per stage (env WIRESTREAM_CONCURRENCY)")
	c.kb = envList(env, "WIRESTREAM_KB")
	fs.Var(&c.kb, "kb", "knowledge base `path` for the entities stage; repeatable (env WIRESTREAM_KB, ':'-separated)")
	fs.BoolVar(&c.noSamples, "no-samples", false, "do not publish the bundled sample articles on the embedded server")
	fs.BoolVar(&c.print, "print", false, "print the records arriving from the last stage to stdout (default: on with the embedded server, off with --nats)")
	logFormatVar(fs, env, &c.logFormat, "json")
	fs.StringVar(&c.logLevel, "log-level", envString(env, "WIRESTREAM_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env WIRESTREAM_LOG_LEVEL)")
	fs.IntVar(&c.replicas, "replicas", envInt(env, "WIRESTREAM_REPLICAS", 1), "stream replicas in a cluster (1..5) (env WIRESTREAM_REPLICAS)")
	fs.StringVar(&c.retention, "retention", envString(env, "WIRESTREAM_RETENTION", "limits"), "stream retention: limits, interest or workqueue (env WIRESTREAM_RETENTION)")
	fs.DurationVar(&c.maxAge, "max-age", 0, "drop messages older than this from the stage output and DLQ streams when they are created (0: keep)")
	fs.DurationVar(&c.rawMaxAge, "raw-max-age", 0, "drop raw articles older than this from the raw stream, the replay source (0: keep)")
	fs.Int64Var(&c.rawMaxBytes, "raw-max-bytes", 0, "size bound of the raw stream in bytes, oldest dropped first (0: none)")
	fs.DurationVar(&c.duplicates, "duplicates", 2*time.Minute, "Nats-Msg-Id deduplication window of the streams; must exceed the longest redelivery delay")
	fs.BoolVar(&c.updateStrm, "update-streams", false, "apply the stream flags to existing streams too (default: only create missing streams)")
	fs.IntVar(&c.maxBytes, "max-bytes", 8<<20, "size limit of one input message in bytes, checked before parsing; larger ones are dead-lettered (0: none)")
	fs.IntVar(&c.maxAckPending, "max-ack-pending", 1000, "unacknowledged messages per stage consumer, all workers together (bounds memory)")
	fs.IntVar(&c.fetchBatch, "fetch-batch", 0, "messages per pull request and client buffer (0: 2×concurrency, at least 16)")
	fs.DurationVar(&c.pubTimeout, "publish-timeout", 10*time.Second, "wait for the server's ack of an output before the input is retried")
	fs.IntVar(&c.maxDeliver, "max-deliver", 5, "deliveries of a failing message before it is dead-lettered")
	fs.DurationVar(&c.ackWait, "ack-wait", time.Minute, "redelivery delay of an unacknowledged message (a message being processed is kept alive)")
	fs.StringVar(&c.metrics, "metrics", env.getenv("WIRESTREAM_METRICS"), "serve Prometheus /metrics, /healthz and /readyz on this `address` (a bare port such as :9090 listens on 127.0.0.1; default off) (env WIRESTREAM_METRICS)")
	fs.StringVar(&c.ui, "ui", env.getenv("WIRESTREAM_UI"), "serve the live page (articles, quotes, pipeline health) on this `address` (e.g. 127.0.0.1:8080; default off) (env WIRESTREAM_UI)")
	fs.DurationVar(&c.stageTime, "stage-timeout", 30*time.Second, "time budget of one article in one stage; past it the article is dead-lettered (0: none)")
	return fs
}

func cmdRun(ctx context.Context, env *cliEnv, args []string) int {
	var c runConfig
	fs := runFlagSet(env, &c)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "print" {
			c.printSet = true
		}
	})
	c.stages = pos
	log, err := newLogger(env.stderr, c.logFormat, c.logLevel)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker run:", err)
		return 2
	}
	defer func() { _ = log.Sync() }()
	if err := runPipeline(ctx, c, env.stdout, log, nil); err != nil {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			return 0 // stopped while starting: nothing was in flight
		}
		log.Error("worker run", zap.Error(err))
		return 1
	}
	return 0
}

// runInfo describes a running pipeline.
type runInfo struct {
	URL     string
	Names   pipeline.Names
	Samples []string // ids of the samples published
	Metrics string   // address of the metrics server, "" when off
	UI      string   // address of the live page, "" when off
}

// runHooks lets tests observe a running pipeline.
type runHooks struct {
	// started is called once the stages run.
	started func(runInfo)
}

// runPipeline runs until ctx is cancelled, then drains and returns nil; an
// error means the pipeline could not start or a stage stopped for good.
func runPipeline(ctx context.Context, c runConfig, stdout io.Writer, log *zap.Logger, hooks *runHooks) error {
	names, err := c.nf.names()
	if err != nil {
		return err
	}
	retention, err := pipeline.ParseRetention(c.retention)
	if err != nil {
		return err
	}
	sel, err := selectStages(c.stages)
	if err != nil {
		return err
	}
	var hops []pipeline.Hop
	for _, e := range sel {
		hop, ok := pipeline.HopFor(e.name)
		if !ok {
			return fmt.Errorf("stage %s has no place in the pipeline's subjects", e.name)
		}
		hops = append(hops, hop)
	}
	sts, err := buildStages(sel, stageOptions{KB: c.kb, Log: log})
	if err != nil {
		return err
	}

	url := c.nf.url
	embedded := url == ""
	if embedded && c.replicas > 1 {
		log.Warn("one embedded server holds one replica of each stream", zap.Int("asked", c.replicas))
		c.replicas = 1
	}
	if embedded {
		emb, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
			Host:                 "127.0.0.1",
			Port:                 c.port,
			FallbackToRandomPort: true,
			DataDir:              c.data,
			// The server's own info lines are a banner; keep its warnings.
			Logger: log.WithOptions(zap.IncreaseLevel(zap.WarnLevel)),
		})
		if err != nil {
			return err
		}
		defer func() {
			emb.Shutdown()
			emb.WaitForShutdown()
			log.Info("embedded NATS server stopped")
		}()
		url = emb.ClientURL()
		log.Info("embedded NATS server with JetStream is listening",
			zap.String("url", url), zap.String("data", c.data))
	}
	o := c.nf.connOptions("worker run")
	o.Logger = log
	o.RetryOnFailedConnect = !embedded // a cluster may come up after us (compose)
	nc, err := pipeline.Connect(url, o)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(30*time.Second))
	if err != nil {
		return err
	}

	scfg, rawCfg := streamConfigs(c, retention)
	if err := ensureStreams(ctx, js, names, c.updateStrm, log, rawCfg, scfg); err != nil {
		return err
	}

	runCtx, stopRunners := context.WithCancel(ctx)
	defer stopRunners()
	var observer pipeline.Observer = pipeline.NopObserver{}
	var runners []*pipeline.Runner
	metricsAddr := ""
	if c.metrics != "" {
		reg := prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		m, err := pipeline.NewMetrics(reg)
		if err != nil {
			return err
		}
		observer = m
		ready := func() bool {
			if !nc.IsConnected() {
				return false
			}
			for _, r := range runners {
				if !r.Ready() {
					return false
				}
			}
			return true
		}
		addr, stopMetrics, err := serveMetrics(c.metrics, pipeline.HTTPHandler(reg, ready), log)
		if err != nil {
			return err
		}
		defer stopMetrics()
		metricsAddr = addr
	}
	uiAddr := ""
	if c.ui != "" {
		page, err := ui.Start(runCtx, c.ui, js, ui.Options{Names: names, Log: log})
		if err != nil {
			return err
		}
		defer page.Stop()
		uiAddr = page.Addr
		log.Info("serving the live page", zap.String("url", page.URL()))
	}
	var wg sync.WaitGroup
	runErr := make(chan error, len(sts))
	for i, st := range sts {
		r := pipeline.NewRunner(js, st, hops[i], names,
			pipeline.WithObserver(observer),
			pipeline.WithLogger(log),
			pipeline.WithConcurrency(c.concurrency),
			pipeline.WithMaxDeliver(c.maxDeliver),
			pipeline.WithAckWait(c.ackWait),
			pipeline.WithStageTimeout(c.stageTime),
			pipeline.WithMaxMessageBytes(c.maxBytes),
			pipeline.WithMaxAckPending(c.maxAckPending),
			pipeline.WithFetchBatch(c.fetchBatch),
			pipeline.WithPublishTimeout(c.pubTimeout),
			pipeline.WithStreamConfig(scfg),
		)
		runners = append(runners, r)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(runCtx); err != nil {
				runErr <- fmt.Errorf("stage %s: %w", st.Name(), err)
				stopRunners()
			}
		}()
	}

	last := hops[len(hops)-1]
	print := embedded
	if c.printSet {
		print = c.print
	}
	printDone := make(chan struct{})
	var printer *recordPrinter
	if print {
		// Follow before the samples go in, so none is missed.
		printer = &recordPrinter{w: stdout}
		if err := printer.follow(runCtx, js, names.Wildcard(last.Out), log, printDone); err != nil {
			log.Warn("cannot print records", zap.Error(err))
			close(printDone)
		}
	} else {
		close(printDone)
	}

	var samples []string
	if embedded && !c.noSamples {
		if hops[0].In != pipeline.KindRaw {
			log.Info("samples are raw articles; they wait in the raw stream since no stage here reads it",
				zap.String("first stage", hops[0].Stage))
		}
		var dups []string
		samples, dups = publishSamples(runCtx, js, nc, names, log)
		if printer != nil && len(dups) > 0 {
			// Samples stored by a run moments ago are not stored again
			// (deduplication), so show the records that run made.
			if err := printer.stored(runCtx, js, names.Wildcard(last.Out), dups); err != nil {
				log.Warn("cannot print stored records", zap.Error(err))
			}
		}
		log.Info("samples published; records print to stdout as they arrive",
			zap.String("from", names.Wildcard(last.Out)))
	}
	log.Info("serving; stop with Ctrl-C",
		zap.String("publish", "worker publish --nats "+url+" FILE|DIR|-"),
		zap.String("watch", "worker tail --nats "+url+" "+names.Wildcard(last.Out)))
	if hooks != nil && hooks.started != nil {
		hooks.started(runInfo{URL: url, Names: names, Samples: samples, Metrics: metricsAddr, UI: uiAddr})
	}

	<-runCtx.Done()
	stopRunners()
	wg.Wait()
	<-printDone
	close(runErr)
	// Drain flushes what the runners acked before the connection closes.
	if err := drain(nc, 10*time.Second); err != nil {
		log.Warn("drain", zap.Error(err))
	}
	log.Info("stopped")
	var errs []error
	for err := range runErr {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// streamConfigs are the configurations of the stage output and DLQ
// streams and of the raw stream, which has its own retention limits.
func streamConfigs(c runConfig, retention jetstream.RetentionPolicy) (derived, raw pipeline.StreamConfig) {
	derived = pipeline.DefaultStreamConfig()
	derived.Replicas = c.replicas
	derived.Retention = retention
	derived.Duplicates = c.duplicates
	derived.MaxAge = c.maxAge
	raw = derived
	raw.MaxAge = c.rawMaxAge
	raw.MaxBytes = c.rawMaxBytes
	raw.Kinds = []string{pipeline.KindRaw}
	derived.Kinds = nil
	for _, k := range pipeline.Kinds {
		if k != pipeline.KindRaw {
			derived.Kinds = append(derived.Kinds, k)
		}
	}
	return derived, raw
}

// ensureStreams creates the missing streams of each config (and updates the
// existing ones when update is set), retrying while a cluster elects its
// JetStream leader. It gives up at once when the connection is closed or
// refused (bad credentials): retrying cannot help.
func ensureStreams(ctx context.Context, js jetstream.JetStream, names pipeline.Names, update bool, log *zap.Logger, cfgs ...pipeline.StreamConfig) error {
	delay := 500 * time.Millisecond
	deadline := time.Now().Add(2 * time.Minute)
	nc := js.Conn()
	setup := pipeline.CreateStreams
	if update {
		setup = pipeline.EnsureStreams
	}
	for {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		var err error
		for _, cfg := range cfgs {
			if err = setup(cctx, js, names, cfg); err != nil {
				break
			}
		}
		cancel()
		if err == nil {
			return nil
		}
		// The connection's own error (TLS handshake, authorization) says
		// why; the request only sees a timeout.
		cause := connError(nc)
		if cause != nil {
			err = fmt.Errorf("%w (connection: %w)", err, cause)
		}
		if fatalConnError(nc, cause) {
			return err
		}
		if ctx.Err() != nil || time.Now().After(deadline) {
			return err
		}
		log.Warn("streams not ready; retrying", zap.Error(err), zap.Duration("in", delay))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay = min(2*delay, 5*time.Second)
	}
}

// connError is the last error of the connection, or nil.
func connError(nc *nats.Conn) error {
	if nc == nil {
		return nil
	}
	return nc.LastError()
}

// fatalConnError reports a connection that cannot come back: closed, or
// refused for its credentials.
func fatalConnError(nc *nats.Conn, cause error) bool {
	if nc != nil && nc.IsClosed() {
		return true
	}
	if cause == nil {
		return false
	}
	// The server's -ERR comes back as a new error with its own wording.
	return errors.Is(cause, nats.ErrAuthorization) || errors.Is(cause, nats.ErrAuthExpired) ||
		errors.Is(cause, nats.ErrAuthRevoked) || errors.Is(cause, nats.ErrAccountAuthExpired) ||
		strings.Contains(strings.ToLower(cause.Error()), "authorization violation")
}

// publishSamples publishes the bundled feed and returns the ids stored and
// those among them that were already stored.
func publishSamples(ctx context.Context, js jetstream.JetStream, nc *nats.Conn, names pipeline.Names, log *zap.Logger) (ids, dups []string) {
	p := newPublisher(js, nc.MaxPayload(), names, "samples", 64, log)
	p.keepIDs = true
	if err := publishFS(ctx, p, examples.Feed, examples.FeedDir); err != nil {
		log.Error("read samples", zap.Error(err))
	}
	counts := p.wait()
	log.Info("sample articles", zap.Int64("published", counts.Published),
		zap.Int64("duplicates", counts.Duplicates), zap.Int64("failed", counts.Failed))
	return p.storedIDs(), p.duplicateIDs()
}

// drain drains the connection and waits for it to close.
func drain(nc *nats.Conn, timeout time.Duration) error {
	if nc.IsClosed() {
		return nil
	}
	closed := make(chan struct{})
	nc.SetClosedHandler(func(*nats.Conn) { close(closed) })
	// Draining ends in a disconnect that is no incident: do not log it.
	nc.SetDisconnectErrHandler(nil)
	if err := nc.Drain(); err != nil {
		return err
	}
	select {
	case <-closed:
		return nil
	case <-time.After(timeout):
		return errors.New("connection did not drain in " + timeout.String())
	}
}

// serveMetrics serves h on addr and returns the address it listens on and a
// function that stops the server.
func serveMetrics(addr string, h http.Handler, log *zap.Logger) (string, func(), error) {
	addr = loopbackDefault(addr)
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("--metrics %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", zap.Error(err))
		}
	}()
	log.Info("serving metrics", zap.String("url", "http://"+l.Addr().String()+"/metrics"))
	return l.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// loopbackDefault makes an address without a host (":9090", "9090") listen
// on 127.0.0.1 only: metrics are not for the whole network unless a host
// ("0.0.0.0:9090") says so.
func loopbackDefault(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		if _, perr := strconv.Atoi(addr); perr == nil {
			return net.JoinHostPort("127.0.0.1", addr)
		}
		return addr
	}
	if host == "" {
		return net.JoinHostPort("127.0.0.1", port)
	}
	return addr
}
