package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

const defaultLocalURL = "nats://127.0.0.1:4222"

type publishConfig struct {
	nf        natsFlags
	source    string
	window    int
	logFormat string
}

func publishFlagSet(env *cliEnv, c *publishConfig) *flag.FlagSet {
	fs := newFlagSet(env, "publish", "[flags] FILE|DIR|-...",
		`Publish raw articles to news.raw.<source>. By extension: .txt is a plain-text
body, .html/.htm an HTML page, .json an IPTC ninjs 2.x document (or a raw
article object, or an array of either), .jsonl one raw article per line; a
DIR is walked for those files; '-' reads JSON lines on stdin. An article
without an id gets one derived from its url, else its body. Each message
carries a Nats-Msg-Id, so publishing the same file twice stores it once.
Prints the counts: published, duplicates, failed; exits 1 if any failed.`)
	c.nf.register(fs, env, "NATS server `URL`s, comma-separated (default "+defaultLocalURL+", where `worker run` listens)")
	fs.StringVar(&c.source, "source", env.getenv("WIRESTREAM_SOURCE"), "set this source on every article (the subject token of news.raw.<source>); articles keep their own when unset, \"unknown\" when they have none (env WIRESTREAM_SOURCE)")
	fs.IntVar(&c.window, "window", 256, "publishes awaiting their ack at once")
	logFormatVar(fs, env, &c.logFormat, "console")
	return fs
}

func cmdPublish(ctx context.Context, env *cliEnv, args []string) int {
	var c publishConfig
	fs := publishFlagSet(env, &c)
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		fmt.Fprintln(env.stderr, "worker publish: name at least one FILE, DIR or '-'")
		fs.Usage()
		return 2
	}
	log, names, ok := c.nf.startLog(env, "worker publish", c.logFormat)
	if !ok {
		return 2
	}
	nc, js, err := c.nf.open("worker publish", log, false,
		jetstream.WithPublishAsyncTimeout(30*time.Second), jetstream.WithPublishAsyncMaxPending(4096))
	if err != nil {
		return 1
	}
	defer nc.Close()

	p := newPublisher(js, nc.MaxPayload(), names, c.source, c.window, log)
	if err := p.ensureStream(ctx); err != nil {
		log.Error("raw stream", zap.Error(err))
		return 1
	}
	readErrs := 0
	for _, arg := range paths {
		if err := publishArg(ctx, p, env, arg); err != nil {
			log.Error("read input", zap.String("input", arg), zap.Error(err))
			readErrs++
		}
		if ctx.Err() != nil {
			break
		}
	}
	counts := p.wait()
	if err := nc.Flush(); err != nil {
		log.Warn("flush", zap.Error(err))
	}
	fmt.Fprintf(env.stderr, "%s to %s\n", counts, names.Wildcard("raw"))
	if counts.Failed > 0 || readErrs > 0 || ctx.Err() != nil {
		return 1
	}
	return 0
}

// publishArg publishes one command-line argument: '-', a file or a DIR.
func publishArg(ctx context.Context, p *publisher, env *cliEnv, arg string) error {
	send := func(it item) bool {
		p.publish(ctx, it)
		return ctx.Err() == nil
	}
	if arg == "-" {
		return readInput("stdin", kindJSONL, env.stdin, send)
	}
	st, err := os.Stat(arg)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		f, err := os.Open(arg)
		if err != nil {
			return err
		}
		defer f.Close()
		return readInput(arg, kindOf(arg), f, send)
	}
	return walkInputs(os.DirFS(arg), ".", func(p string, kind inputKind) error {
		f, err := os.Open(filepath.Join(arg, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		defer f.Close()
		return readInput(filepath.Join(arg, p), kind, f, send)
	})
}

// publishFS publishes every input file under root of fsys (the bundled
// samples).
func publishFS(ctx context.Context, p *publisher, fsys fs.FS, root string) error {
	return walkInputs(fsys, root, func(name string, kind inputKind) error {
		f, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return readInput(name, kind, f, func(it item) bool {
			p.publish(ctx, it)
			return ctx.Err() == nil
		})
	})
}
