package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/bench"
	"github.com/wirestream/wirestream/examples"
	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
)

// benchConfig is the parsed command line of `worker bench`.
type benchConfig struct {
	nf            natsFlags
	stages        string
	kb            stringList
	corpus        stringList
	size          int
	workers       string
	runs          int
	stageTime     time.Duration
	msgs          int
	e2eTime       time.Duration
	e2eMax        int
	rate          float64
	rateTime      time.Duration
	timeout       time.Duration
	storage       string
	noNATS        bool
	noWatermill   bool
	fetchBatch    int
	publishWindow int
	windowBytes   int
	cpuProfile    string
	memProfile    string
}

func cmdBench(ctx context.Context, env *cliEnv, args []string) int {
	var c benchConfig
	fs := newFlagSet(env, "bench", "[flags]",
		`Measure throughput and latency in one process and one run, side by side
with the transport's own ceiling, and print a table and the ratios:

  stage alone   each stage on the corpus in memory (decode, Process, encode):
                articles/s, input MB/s, µs per article (codec and stage),
                heap allocations per article; "json codec (nop stage)" is the
                codec alone (a stage that reads no field); "json codec
                (segmentio, whole article)" decodes every field of a stage's
                input into a struct with segmentio/encoding/json and encodes
                it back: the codec cost the speed targets are stated against
  transport     JetStream async publish, durable consume+ack, the do-nothing
                stage hop through the real Runner (consume, decode, encode,
                publish, ack: the ceiling of one hop), and the same hop with
                a synchronous publish per message (how Watermill publishes)
  end to end    all stages through NATS, at full speed and at a fixed offered
                rate (--rate; default half the full-speed rate), with
                p50/p95/p99 latency from publish to arrival on the last
                stage's output (news.linked)

The corpus is the bundled samples grown or cut to --size bytes, or the raw
articles of --corpus files (.jsonl, .json, .txt, .html); text and HTML
inputs are measured separately. Without --nats an embedded server is started
on a random port with its storage in a temporary directory. Every
measurement uses a fresh namespace whose streams are deleted afterwards.
With --runs N each figure is the median of N runs. The end-to-end batches
are raw articles, so they run only when --stages starts with clean.`)
	c.nf.register(fs, env, "benchmark against these NATS server `URL`s instead of an embedded server")
	fs.StringVar(&c.stages, "stages", "", "comma-separated `list` of stages (default: all registered: "+stageList()+")")
	fs.Var(&c.kb, "kb", "knowledge base `path` for the entities stage; repeatable")
	fs.Var(&c.corpus, "corpus", "raw-article `file` (.jsonl, .json, .txt, .html) to use instead of the bundled samples; repeatable")
	fs.IntVar(&c.size, "size", -1, "grow or cut article bodies to about this many `bytes` (default: 4096 for the samples, as they are for --corpus; 0: as they are)")
	fs.StringVar(&c.workers, "workers", "1,2,4", "workers per stage (concurrency) to measure, comma-separated `list`")
	fs.IntVar(&c.runs, "runs", 1, "repeat everything this many times and report medians")
	fs.DurationVar(&c.stageTime, "stage-time", time.Second, "minimum `duration` of each stage-alone measurement")
	fs.IntVar(&c.msgs, "msgs", 3000, "messages in each transport measurement")
	fs.DurationVar(&c.e2eTime, "e2e-time", 5*time.Second, "size the full-speed end-to-end batch to about this long at the slowest stage's standalone rate")
	fs.IntVar(&c.e2eMax, "e2e-max", 2000, "at most this many articles in an end-to-end batch")
	fs.Float64Var(&c.rate, "rate", 0, "offered `articles/s` of the fixed-rate end-to-end batch (default: half the full-speed rate)")
	fs.DurationVar(&c.rateTime, "rate-time", 5*time.Second, "length of the fixed-rate batch")
	fs.DurationVar(&c.timeout, "timeout", 3*time.Minute, "give up on an end-to-end batch after this long")
	fs.StringVar(&c.storage, "storage", "file", "stream storage: file or memory")
	fs.BoolVar(&c.noNATS, "no-nats", false, "measure the stages alone only (no server)")
	fs.BoolVar(&c.noWatermill, "no-watermill", false, "skip Watermill's do-nothing hop (measured by default, on the same server, as the reference the Runner hop is compared with)")
	fs.IntVar(&c.fetchBatch, "fetch-batch", 0, "runner pull batch (0: the runner's default)")
	fs.IntVar(&c.publishWindow, "publish-window", 0, "runner outputs awaiting their publish ack (0: the runner's default)")
	fs.IntVar(&c.windowBytes, "publish-window-bytes", 0, "and their `bytes` (0: the runner's default; negative: no bound)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to `file` (go tool pprof)")
	fs.StringVar(&c.memProfile, "memprofile", "", "write an allocation profile to `file` at the end")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(env.stderr, "worker bench: unexpected argument %q\n", pos[0])
		return 2
	}
	if err := runBench(ctx, c, env.stdout, env.stderr); err != nil {
		fmt.Fprintln(env.stderr, "worker bench:", err)
		return 1
	}
	return 0
}

func runBench(ctx context.Context, c benchConfig, stdout, stderr io.Writer) error {
	workers, err := parseWorkers(c.workers)
	if err != nil {
		return err
	}
	storage, err := pipeline.ParseStorage(c.storage)
	if err != nil {
		return err
	}
	log, err := newLogger(stderr, "console", "warn")
	if err != nil {
		return err
	}
	var names []string
	if c.stages != "" {
		names = strings.Split(c.stages, ",")
	}
	sel, err := selectStages(names)
	if err != nil {
		return err
	}
	sts, err := buildStages(sel, stageOptions{KB: c.kb, Log: log})
	if err != nil {
		return err
	}
	arts, err := benchCorpus(c.corpus, c.size)
	if err != nil {
		return err
	}
	label := "samples"
	if len(c.corpus) > 0 {
		label = "corpus"
	}
	text, html := bench.Split(label, arts)
	cfg := bench.Config{
		Stages: sts, Corpora: []bench.Corpus{text, html}, Workers: workers, Runs: c.runs,
		StageTime: c.stageTime, TransportMsgs: c.msgs, E2ETime: c.e2eTime, E2EMax: c.e2eMax,
		Rate: c.rate, RateTime: c.rateTime, Timeout: c.timeout, Progress: stderr,
		NoWatermill: c.noWatermill,
	}
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if !c.noNATS {
		e, stop, err := benchEnv(c, storage, log)
		if err != nil {
			return err
		}
		defer stop()
		cfg.Env = e
	}
	fmt.Fprintf(stderr, "corpus: %d text articles (%d B of body), %d HTML (%d B)\n",
		len(text.Articles), text.Bytes(), len(html.Articles), html.Bytes())
	rep, err := bench.Run(ctx, cfg)
	if rep != nil {
		rep.WriteTable(stdout)
	}
	if c.memProfile != "" {
		f, ferr := os.Create(c.memProfile)
		if ferr != nil {
			return ferr
		}
		defer f.Close()
		if ferr := pprof.Lookup("allocs").WriteTo(f, 0); ferr != nil {
			return ferr
		}
	}
	return err
}

// benchEnv connects to --nats or to a fresh embedded server.
func benchEnv(c benchConfig, storage jetstream.StorageType, log *zap.Logger) (*bench.Env, func(), error) {
	url := c.nf.url
	var stops []func()
	stop := func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	if url == "" {
		dir, err := os.MkdirTemp("", "wirestream-bench-")
		if err != nil {
			return nil, nil, err
		}
		stops = append(stops, func() { _ = os.RemoveAll(dir) })
		emb, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Host: "127.0.0.1", Port: -1, DataDir: dir})
		if err != nil {
			stop()
			return nil, nil, err
		}
		stops = append(stops, func() { emb.Shutdown(); emb.WaitForShutdown() })
		url = emb.ClientURL()
	}
	nc, err := pipeline.Connect(url, c.nf.connOptions("worker bench"))
	if err != nil {
		stop()
		return nil, nil, err
	}
	stops = append(stops, nc.Close)
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(30*time.Second), jetstream.WithPublishAsyncMaxPending(4000))
	if err != nil {
		stop()
		return nil, nil, err
	}
	scfg := pipeline.DefaultStreamConfig()
	scfg.Storage = storage
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	prefix := "bench-" + hex.EncodeToString(rnd[:]) + "-"
	if c.nf.namespace != "" {
		prefix = c.nf.namespace + "-" + prefix
	}
	return &bench.Env{
		NC: nc, JS: js, Streams: scfg, Prefix: prefix,
		FetchBatch: c.fetchBatch, PublishWindow: c.publishWindow, PublishWindowBytes: c.windowBytes, Log: log,
	}, stop, nil
}

func parseWorkers(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("--workers: %q is not a positive number", f)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return []int{runtime.GOMAXPROCS(0)}, nil
	}
	return out, nil
}

// benchCorpus reads the raw articles of the files, or the bundled samples
// when there are none, and resizes their bodies (size < 0: 4096 bytes for
// the samples, as they are for files).
func benchCorpus(files []string, size int) ([]*schemas.Article, error) {
	var arts []*schemas.Article
	add := func(it item) bool {
		if it.err != nil || it.art == nil {
			return true
		}
		if finishArticle(it.art, "") == nil {
			arts = append(arts, it.art)
		}
		return true
	}
	if len(files) == 0 {
		err := walkInputs(examples.Feed, examples.FeedDir, func(name string, kind inputKind) error {
			return readFSInput(examples.Feed, name, kind, add)
		})
		if err != nil {
			return nil, err
		}
		if size < 0 {
			size = 4096
		}
	}
	for _, name := range files {
		kind := kindOf(name)
		if kind == kindUnknown {
			return nil, fmt.Errorf("--corpus %s: want .jsonl, .json, .txt or .html", name)
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		err = readInput(name, kind, f, add)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no article in the corpus")
	}
	return bench.Synthesize(arts, max(size, 0)), nil
}

func readFSInput(fsys fs.FS, name string, kind inputKind, yield func(item) bool) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return readInput(name, kind, f, yield)
}
