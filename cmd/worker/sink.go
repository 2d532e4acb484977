package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/sink/sinkcmd"
)

// cmdSink runs `worker sink postgres|jsonl`: the sinks own their flags
// (package sinkcmd); the binary owns the connection.
func cmdSink(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || (args[0] != "postgres" && args[0] != "jsonl") {
		fmt.Fprintln(env.stderr, "Usage: worker sink postgres|jsonl [flags]\n\n  postgres  keep linked articles in PostgreSQL tables\n  jsonl     archive messages as daily JSON lines files\n\nRun 'worker sink postgres --help' for the flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			return 0
		}
		return 2
	}
	which := args[0]
	var pg sinkcmd.PostgresConfig
	var jl sinkcmd.JSONLConfig
	about := sinkcmd.PostgresAbout
	if which == "jsonl" {
		about = sinkcmd.JSONLAbout
	}
	fs := newFlagSet(env, "sink "+which, "[flags]", about)
	var nf natsFlags
	nf.register(fs, env, "NATS server `URL`s, comma-separated (default "+defaultLocalURL+")")
	logFormat := logFormatFlag(fs, env, "json")
	if which == "postgres" {
		pg.Register(fs, env.getenv)
	} else {
		jl.Register(fs, env.getenv)
	}
	pos, code, ok := parseArgs(fs, args[1:])
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(env.stderr, "worker sink %s: unexpected argument %q\n", which, pos[0])
		return 2
	}
	return runSink(ctx, env, nf, *logFormat, func(ctx context.Context, js jetstream.JetStream, names pipeline.Names, log *zap.Logger) error {
		if which == "postgres" {
			return sinkcmd.RunPostgres(ctx, js, names, pg, log)
		}
		return sinkcmd.RunJSONL(ctx, js, names, jl, log)
	})
}

func runSink(ctx context.Context, env *cliEnv, nf natsFlags, logFormat string, run func(context.Context, jetstream.JetStream, pipeline.Names, *zap.Logger) error) int {
	log, names, ok := nf.startLog(env, "worker sink", logFormat)
	if !ok {
		return 2
	}
	nc, js, err := nf.open("worker sink", log, false)
	if err != nil {
		return 1
	}
	defer nc.Close()
	if err := run(ctx, js, names, log); err != nil && !errors.Is(err, context.Canceled) {
		log.Error("sink", zap.Error(err))
		return 1
	}
	return 0
}
