// Command worker is the one Wirestream binary: it runs stage workers on NATS
// JetStream (run), feeds raw articles in (publish), reads any subject
// (tail), and runs the stages offline on JSON lines (process).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand. run returns the process exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *cliEnv, args []string) int
}

var commands = []command{
	{"run", "run stage workers (all when none named), on an embedded NATS server by default", cmdRun},
	{"publish", "publish raw articles from .txt, .html, .json (ninjs or raw), .jsonl files or stdin", cmdPublish},
	{"tail", "print the stored and new messages of a subject as JSON lines", cmdTail},
	{"process", "run stages offline: JSON lines on stdin, enriched JSON lines on stdout", cmdProcess},
	{"replay", "re-feed stored articles (--from-stage, --since, --ids...) or a stage's dead letters (--dlq) into the pipeline", cmdReplay},
	{"sink", "store articles: 'sink postgres' (tables) or 'sink jsonl' (daily archive files)", cmdSink},
	{"bench", "measure throughput and latency: each stage alone, the transport ceiling, the pipeline end to end", cmdBench},
	{"ui", "serve the live page: articles, quotes and pipeline health (--listen ADDR)", cmdUI},
	{"kb", "build a knowledge-base file from KB JSON lines or a Wikidata dump ('kb build')", cmdKB},
	{"ner", "train the entity tagger from ../shared/data/ner ('ner train')", cmdNER},
	{"version", "print the version", cmdVersion},
}

// cliEnv is what a subcommand may touch of the process, so tests can run
// commands in-process with their own streams and environment.
type cliEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runMain(ctx, &cliEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// runMain dispatches to a subcommand; ctx is cancelled on SIGINT/SIGTERM.
func runMain(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 {
		usage(env.stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		usage(env.stdout)
		return 0
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.stderr, "worker: unknown command %q\n\n", name)
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "Wirestream worker: news articles through clean, segment, quotes and entities on NATS JetStream.\n\n")
	fmt.Fprintf(w, "Usage: worker COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRegistered stages: %s\n", stageList())
	fmt.Fprintf(w, "Run 'worker COMMAND --help' for the flags of a command.\n")
}

// parseFlags parses a subcommand's flags. It returns the exit status to
// return at once (0 after --help, 2 on a bad flag) and ok=false when the
// command must stop.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return 0, false
	}
	if err != nil {
		return 2, false
	}
	return 0, true
}
