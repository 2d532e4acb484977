package main

import (
	"context"
	"fmt"

	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/ui"
)

func cmdUI(ctx context.Context, env *cliEnv, args []string) int {
	fs := newFlagSet(env, "ui", "[flags]",
		`Serve the live page: the newest linked articles as they arrive (quotes
highlighted, speakers underlined, entities coloured and linked to Wikidata),
a filterable list of recent quotes, and the health of every stage
(processed/s, pending, redeliveries, dead letters, latency) with the latest
dead letters. It reads through an ordered ephemeral consumer, so it leaves
nothing on the server and never slows the pipeline; it keeps trying while
the server or the stream is away. Prints the page's URL on stdout.`)
	var nf natsFlags
	nf.register(fs, env, "NATS server `URL`s, comma-separated (default "+defaultLocalURL+")")
	listen := fs.String("listen", envString(env, "WIRESTREAM_UI", "127.0.0.1:8080"), "serve the page on this `address` (env WIRESTREAM_UI)")
	logFormat := logFormatFlag(fs, env, "json")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(env.stderr, "worker ui: unexpected argument %q\n", pos[0])
		return 2
	}
	log, names, ok := nf.startLog(env, "worker ui", *logFormat)
	if !ok {
		return 2
	}
	defer func() { _ = log.Sync() }()
	// Retry: the page says so while the server is away.
	nc, js, err := nf.open("worker ui", log, true)
	if err != nil {
		return 1
	}
	defer nc.Close()
	r, err := ui.Start(ctx, *listen, js, ui.Options{Names: names, Log: log})
	if err != nil {
		log.Error("ui", zap.Error(err))
		return 1
	}
	fmt.Fprintln(env.stdout, r.URL())
	log.Info("serving the live page", zap.String("url", r.URL()), zap.String("nats", pipeline.RedactURL(nf.serverURL())),
		zap.String("linked", names.Wildcard(pipeline.KindLinked)))
	<-ctx.Done()
	r.Stop()
	return 0
}
