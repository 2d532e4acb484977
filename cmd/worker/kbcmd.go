package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"go.uber.org/zap"
	"golang.org/x/term"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

const kbAbout = `Builds a knowledge-base file for --kb from KB JSON lines
({"id","label","aliases","type","description","wikipedia","prior"}; a file or
a folder of *.jsonl) and/or a Wikidata JSON dump (latest-all.json.gz or .bz2),
streamed. A built file loads in milliseconds; JSON lines passed to --kb
directly are built in memory at every start.

  worker kb build --out news.kb ../shared/kb
  worker kb build --out wikidata.kb latest-all.json.bz2`

// cmdKB runs `worker kb build`.
func cmdKB(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] != "build" {
		fmt.Fprintln(env.stderr, "Usage: worker kb build --out FILE INPUT...\n\nRun 'worker kb build --help' for the flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			return 0
		}
		return 2
	}
	fs := newFlagSet(env, "kb build", "--out FILE INPUT...", kbAbout)
	out := fs.String("out", "", "the KB `file` to write (required)")
	progress := fs.String("progress", "auto", "progress display: auto (a bar on a terminal), bar, lines or none")
	pos, code, ok := parseArgs(fs, args[1:])
	if !ok {
		return code
	}
	if *out == "" || len(pos) == 0 {
		fmt.Fprintln(env.stderr, "worker kb build: --out and at least one input are required")
		return 2
	}
	total, err := kb.InputSize(pos)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker kb build:", err)
		return 1
	}
	report := kbProgress(env, *progress, total)
	start := time.Now()
	if err := kb.BuildFile(ctx, pos, *out, report); err != nil {
		fmt.Fprintln(env.stderr, "\nworker kb build:", err)
		return 1
	}
	st, err := os.Stat(*out)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker kb build:", err)
		return 1
	}
	fmt.Fprintf(env.stderr, "\nworker kb build: wrote %s (%d bytes) in %s\n", *out, st.Size(), time.Since(start).Round(time.Millisecond))
	return 0
}

// kbProgress returns the builder's progress callback: a bar on a terminal,
// a line every few seconds otherwise.
func kbProgress(env *cliEnv, mode string, total int64) func(int64) {
	if mode == "auto" {
		mode = "lines"
		if f, ok := env.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		bar := progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(env.stderr),
			progressbar.OptionSetDescription("reading"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond))
		var last int64
		return func(done int64) {
			if done > last {
				_ = bar.Add64(done - last)
				last = done
			}
		}
	case "lines":
		var next time.Time
		return func(done int64) {
			if now := time.Now(); now.After(next) {
				next = now.Add(5 * time.Second)
				pct := 0.0
				if total > 0 {
					pct = 100 * float64(done) / float64(total)
				}
				fmt.Fprintf(env.stderr, "worker kb build: read %d of %d bytes (%.0f%%)\n", done, total, pct)
			}
		}
	}
	return func(int64) {}
}

// cmdNER runs `worker ner train`: the tagger's training, reproducible from
// ../shared/data/ner and ../shared/kb.
func cmdNER(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] != "train" {
		fmt.Fprintln(env.stderr, "Usage: worker ner train [flags]\n\nTrains the entity tagger on ../shared/data/ner/train.jsonl and writes the model\nthat is embedded in the binary. Run 'worker ner train --help' for the flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			return 0
		}
		return 2
	}
	log, err := newLogger(env.stderr, "console", "info")
	if err != nil {
		fmt.Fprintln(env.stderr, "worker ner train:", err)
		return 2
	}
	if err := ner.RunTrain(ctx, args[1:], log); err != nil {
		log.Error("ner train failed", zap.Error(err))
		return 1
	}
	return 0
}
