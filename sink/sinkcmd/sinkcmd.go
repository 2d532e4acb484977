// Package sinkcmd is the command-line face of the sinks: the flags and the
// run function of `worker sink postgres` and `worker sink jsonl`. The
// worker binary owns the NATS connection flags and passes the JetStream
// context and names in.
package sinkcmd

import (
	"context"
	"errors"
	"flag"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/sink/jsonl"
	"github.com/wirestream/wirestream/sink/postgres"
)

// Help texts for the --help of each command.
const (
	PostgresAbout = `Keep linked articles in PostgreSQL: tables articles, quotes, entities and
mentions (created or upgraded at start). Reads news.<kind>.> with its own
durable consumer sink-<name>, so it backfills what the stream holds and
resumes where it stopped. An article written again (redelivery, replay)
replaces its rows in one transaction; messages are acked after the commit.`
	JSONLAbout = `Archive the messages of news.<kind>.> as JSON lines, one file per UTC day
of stream storage: DIR/<kind>-YYYY-MM-DD.jsonl. Each batch is flushed and
fsynced before its messages are acked; restarts append.`
)

// Common are the flags every sink has.
type Common struct {
	Kind    string
	Name    string
	Batch   int
	MaxWait time.Duration
	AckWait time.Duration
}

func (c *Common) register(fs *flag.FlagSet, name string) {
	fs.StringVar(&c.Kind, "kind", pipeline.KindLinked, "which stage's output to read: raw, clean, segmented, quoted, linked")
	fs.StringVar(&c.Name, "name", name, "sink name: the durable consumer is sink-`NAME`; instances with one name share the work")
	fs.IntVar(&c.Batch, "batch", 200, "most messages written per batch (one transaction or one fsync)")
	fs.DurationVar(&c.MaxWait, "max-wait", time.Second, "longest wait to fill a batch")
	fs.DurationVar(&c.AckWait, "ack-wait", time.Minute, "redelivery delay of a message left unacked by a crashed sink")
}

func (c *Common) options(log *zap.Logger) []sink.Option {
	return []sink.Option{
		sink.WithLogger(log),
		sink.WithBatch(c.Batch),
		sink.WithMaxWait(c.MaxWait),
		sink.WithAckWait(c.AckWait),
	}
}

// PostgresConfig holds the flags of `worker sink postgres`.
type PostgresConfig struct {
	Common
	DSN string
}

// Register adds --dsn (default: env WIRESTREAM_PG_DSN), --kind, --name,
// --batch, --max-wait and --ack-wait to fs.
func (c *PostgresConfig) Register(fs *flag.FlagSet, getenv func(string) string) {
	fs.StringVar(&c.DSN, "dsn", getenv("WIRESTREAM_PG_DSN"), "PostgreSQL `URL` or key=value DSN, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable; add search_path=SCHEMA for another schema (env WIRESTREAM_PG_DSN)")
	c.Common.register(fs, "postgres")
}

// RunPostgres migrates the database and runs the sink until ctx ends.
func RunPostgres(ctx context.Context, js jetstream.JetStream, names pipeline.Names, c PostgresConfig, log *zap.Logger) error {
	if c.DSN == "" {
		return errors.New("sink postgres: --dsn is required (or set WIRESTREAM_PG_DSN)")
	}
	if log == nil {
		log = zap.NewNop()
	}
	w, err := postgres.Open(ctx, c.DSN, log)
	if err != nil {
		return err
	}
	defer w.Close()
	return sink.Run(ctx, js, names, c.Name, c.Kind, w, c.options(log)...)
}

// JSONLConfig holds the flags of `worker sink jsonl`.
type JSONLConfig struct {
	Common
	Dir   string
	Fsync bool
}

// Register adds --dir, --fsync, --kind, --name, --batch, --max-wait and
// --ack-wait to fs.
func (c *JSONLConfig) Register(fs *flag.FlagSet, getenv func(string) string) {
	fs.StringVar(&c.Dir, "dir", getenv("WIRESTREAM_ARCHIVE_DIR"), "`directory` of the daily files, created when missing (env WIRESTREAM_ARCHIVE_DIR)")
	fs.BoolVar(&c.Fsync, "fsync", true, "fsync each batch before acking it; false leaves flushing to the OS (faster, a machine crash may lose acked lines)")
	c.Common.register(fs, "jsonl")
}

// RunJSONL runs the archive until ctx ends.
func RunJSONL(ctx context.Context, js jetstream.JetStream, names pipeline.Names, c JSONLConfig, log *zap.Logger) error {
	if c.Dir == "" {
		return errors.New("sink jsonl: --dir is required")
	}
	if log == nil {
		log = zap.NewNop()
	}
	kind := c.Kind
	if kind == "" {
		kind = pipeline.KindLinked
	}
	w, err := jsonl.New(c.Dir, jsonl.Options{Prefix: pipeline.Token(kind), NoSync: !c.Fsync, Logger: log})
	if err != nil {
		return err
	}
	runErr := sink.Run(ctx, js, names, c.Name, kind, w, c.options(log)...)
	return errors.Join(runErr, w.Close())
}
