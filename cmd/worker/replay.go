package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"
	"golang.org/x/term"

	"github.com/wirestream/wirestream/replay"
)

const replayAbout = `Re-feed stored articles into the pipeline, after an upgrade of a stage.
The input of --from-stage (default clean: the raw stream) is read with an
ordered ephemeral consumer, filtered, and each selected message is published
again to its subject (header Wirestream-Replay: <run id>), so the stage's
workers process it again; their consumer positions are not touched. An
unchanged stage produces the same output message id and nothing new comes
out (within the output stream's duplicate window); a new stage version
produces one new output per article.

With --dlq STAGE the dead letters of STAGE are re-fed instead, to the subject
each failed on, and deleted from the DLQ once re-published, so each is
re-fed once; one that fails again returns to the DLQ with the new reason.

Time bounds (--since, --until) are store times: a Go duration ago (36h) or
an RFC 3339 time. A range whose start the stream no longer holds (max age,
max bytes) is an error naming the first stored message (see --partial).`

func cmdReplay(ctx context.Context, env *cliEnv, args []string) int {
	fs := newFlagSet(env, "replay", "[flags]", replayAbout)
	var nf natsFlags
	nf.register(fs, env, "NATS server `URL`s, comma-separated (default "+defaultLocalURL+")")
	stage := fs.String("from-stage", "clean", "`stage` whose input is replayed: clean (raw stream), segment, quotes, entities")
	dlq := fs.String("dlq", "", "re-feed the dead letters of `STAGE` instead of a stream range")
	since := fs.String("since", "", "first store `time`: a duration ago (24h) or RFC 3339")
	until := fs.String("until", "", "last store `time`: a duration ago (1h) or RFC 3339")
	fromSeq := fs.Uint64("from-seq", 0, "first stream `sequence`")
	toSeq := fs.Uint64("to-seq", 0, "last stream `sequence` (0: the last stored at the start)")
	var sources stringList
	fs.Var(&sources, "source", "only articles of this `source` (subject token); repeatable or comma-separated")
	idsFile := fs.String("ids", "", "only the article ids listed in `FILE`, one per line ('-': stdin; # comments)")
	rateFlag := fs.String("rate", "", "at most `N/s` re-publishes per second (N, N/s or N/m; default: unlimited)")
	dryRun := fs.Bool("dry-run", false, "print the selected messages as JSON lines; publish and delete nothing")
	partial := fs.Bool("partial", false, "when the start of the range is no longer stored, replay what is left")
	runID := fs.String("run-id", "", "run `id` for headers and message ids (default: time + random); reuse a broken-off run's id to resume it without duplicates")
	progress := fs.String("progress", "auto", "progress on stderr: auto (a bar on a terminal, else lines), bar, lines, none")
	logFormat := logFormatFlag(fs, env, "console")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(env.stderr, "worker replay: unexpected argument %q\n", pos[0])
		return 2
	}
	log, err := newLogger(env.stderr, *logFormat, "info")
	if err != nil {
		fmt.Fprintln(env.stderr, "worker replay:", err)
		return 2
	}
	o, err := replayOptions(env, nf, *stage, *dlq, *since, *until, *rateFlag, *idsFile, sources)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker replay:", err)
		return 2
	}
	o.FromSeq, o.ToSeq = *fromSeq, *toSeq
	o.DryRun, o.Partial, o.RunID, o.Logger = *dryRun, *partial, *runID, log
	what := "articles"
	if *dlq != "" {
		what = "dead letters"
	}
	bar := false
	switch *progress {
	case "auto":
		bar = isTerminal(env.stderr)
	case "bar":
		bar = true
	case "lines", "none":
	default:
		fmt.Fprintf(env.stderr, "worker replay: --progress %q: want auto, bar, lines or none\n", *progress)
		return 2
	}
	if *progress != "none" {
		// A bar redraws in place, so it may be updated often; lines not.
		o.Progress = replay.NewReporter(env.stderr, bar, what).Update
		o.ProgressEvery = 2 * time.Second
		if bar {
			o.ProgressEvery = 200 * time.Millisecond
		}
	}
	out := bufio.NewWriter(env.stdout)
	defer out.Flush()
	if o.DryRun {
		o.Selected = func(it replay.Item) {
			b, _ := json.Marshal(it)
			out.Write(append(b, '\n'))
		}
	}

	nc, js, err := nf.open("worker replay", log, false)
	if err != nil {
		return 1
	}
	defer nc.Close()
	run := replay.Run
	if *dlq != "" {
		run = replay.RunDLQ
	}
	res, err := run(ctx, js, o)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintf(env.stderr, "worker replay: interrupted after re-feeding %d\n", res.Published)
			if *dlq == "" {
				fmt.Fprintf(env.stderr, "worker replay: resume with the same flags and --from-seq %d --run-id %s\n", res.ResumeSeq, res.RunID)
			}
			return 1
		}
		fmt.Fprintln(env.stderr, "worker replay:", err)
		return 1
	}
	fmt.Fprintln(env.stderr, summary(res, o.DryRun, *dlq != ""))
	return 0
}

// replayOptions turns the flags into replay options.
func replayOptions(env *cliEnv, nf natsFlags, stage, dlq, since, until, rateFlag, idsFile string, sources stringList) (replay.Options, error) {
	var o replay.Options
	names, err := nf.names()
	if err != nil {
		return o, err
	}
	o.Names, o.Stage = names, stage
	if dlq != "" {
		o.Stage = dlq
	}
	now := time.Now()
	if o.Since, err = parseSince(since, now); err != nil {
		return o, fmt.Errorf("--since: %w", err)
	}
	if o.Until, err = parseSince(until, now); err != nil {
		return o, fmt.Errorf("--until: %w", err)
	}
	if !o.Since.IsZero() && !o.Until.IsZero() && o.Until.Before(o.Since) {
		return o, fmt.Errorf("--until %s is before --since %s", until, since)
	}
	for _, s := range sources {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				o.Sources = append(o.Sources, p)
			}
		}
	}
	if o.Rate, err = parseRate(rateFlag); err != nil {
		return o, err
	}
	if idsFile != "" {
		if o.IDs, err = readIDs(env, idsFile); err != nil {
			return o, err
		}
	}
	return o, nil
}

// parseRate reads N, N/s or N/m as messages per second (0: unlimited).
func parseRate(s string) (float64, error) {
	if s == "" {
		return 0, nil
	}
	num, per := s, 1.0
	if i := strings.IndexByte(s, '/'); i >= 0 {
		num = s[:i]
		switch s[i+1:] {
		case "s", "sec":
		case "m", "min":
			per = 60
		default:
			return 0, fmt.Errorf("--rate %q: want N, N/s or N/m", s)
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("--rate %q: want N, N/s or N/m", s)
	}
	return n / per, nil
}

// readIDs reads one article id per line; blank lines and # comments are
// skipped.
func readIDs(env *cliEnv, path string) (map[string]bool, error) {
	var r io.Reader = env.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("--ids: %w", err)
		}
		defer f.Close()
		r = f
	}
	ids := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			ids[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--ids %s: %w", path, err)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("--ids %s: no ids in the file", path)
	}
	return ids, nil
}

func summary(res replay.Result, dry, dlq bool) string {
	verb := "re-fed"
	if dry {
		verb = "would re-feed (dry run)"
	}
	s := fmt.Sprintf("replay %s: %s %d of %d scanned messages of %s", res.RunID, verb, res.Selected, res.Scanned, res.Stream)
	if res.Selected > 0 {
		s += fmt.Sprintf(" (sequences %d..%d)", res.FirstSeq, res.LastSeq)
	}
	if res.Copies > 0 {
		s += fmt.Sprintf("; skipped %d copies of earlier replays", res.Copies)
	}
	if dlq {
		s += fmt.Sprintf("; deleted %d dead letters, %d failed again after an earlier re-feed, %d cannot be re-fed", res.Deleted, res.Refailed, res.Unreplayable)
	}
	if secs := res.Elapsed.Seconds(); secs > 0 && !dry {
		s += fmt.Sprintf("; %.0f articles/s", float64(res.Published)/secs)
	}
	return s
}

// isTerminal reports whether w is a terminal (a bar is drawn only there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
