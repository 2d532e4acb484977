package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

func cmdProcess(ctx context.Context, env *cliEnv, args []string) int {
	fs := newFlagSet(env, "process", "[flags] < in.jsonl > out.jsonl",
		`Run stages offline: read articles as JSON lines on stdin (raw, or already
carrying what the first chosen stage needs), write the enriched articles as
JSON lines on stdout in input order. The same stage code and provenance as
`+"`worker run`"+`, no server. A line that fails is reported on stderr with its
line number and id and left out; the exit status is 1 if any line failed.
Registered stages: `+stageList()+`.`)
	stageFlag := fs.String("stages", envString(env, "WIRESTREAM_STAGES", ""), "comma-separated `list` of stages to run, in pipeline order (default: all registered) (env WIRESTREAM_STAGES)")
	kbs := envList(env, "WIRESTREAM_KB")
	fs.Var(&kbs, "kb", "knowledge base `path` for the entities stage; repeatable (env WIRESTREAM_KB, ':'-separated)")
	workers := fs.Int("workers", envInt(env, "WIRESTREAM_CONCURRENCY", runtime.GOMAXPROCS(0)), "articles processed at once (env WIRESTREAM_CONCURRENCY)")
	logFormat := logFormatFlag(fs, env, "console")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(env.stderr, "worker process: unexpected argument %q: input is read from stdin\n", pos[0])
		return 2
	}
	log, err := newLogger(env.stderr, *logFormat, "info")
	if err != nil {
		fmt.Fprintln(env.stderr, "worker process:", err)
		return 2
	}
	var names []string
	if *stageFlag != "" {
		names = strings.Split(*stageFlag, ",")
	}
	sel, err := selectStages(names)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker process:", err)
		return 2
	}
	sts, err := buildStages(sel, stageOptions{KB: kbs, Log: log})
	if err != nil {
		fmt.Fprintln(env.stderr, "worker process:", err)
		return 1
	}
	failed, err := processLines(ctx, sts, *workers, env.stdin, env.stdout, env.stderr)
	if err != nil {
		fmt.Fprintln(env.stderr, "worker process:", err)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(env.stderr, "worker process: %d line(s) failed\n", failed)
		return 1
	}
	return 0
}

// job is one input line on its way through the stages.
type job struct {
	line int
	in   []byte
	out  []byte
	id   string
	err  error
	done chan struct{}
}

// processLines runs sts on every JSON line of r with `workers` lines in
// parallel and writes the results to w in input order. Failed lines are
// reported to errw and counted. The error is for reading or writing.
func processLines(ctx context.Context, sts []stages.Stage, workers int, r io.Reader, w, errw io.Writer) (failed int, err error) {
	workers = max(workers, 1)
	// order holds jobs in input order for the writer; its capacity bounds
	// how far the fastest worker may run ahead of the slowest line.
	order := make(chan *job, 4*workers)
	work := make(chan *job, 4*workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		lr := newLineReader(r)
		for ctx.Err() == nil {
			b, n, err := lr.next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				readErr <- err
				return
			}
			if len(bytes.TrimSpace(b)) == 0 {
				continue
			}
			j := &job{line: n, in: b, done: make(chan struct{})}
			order <- j
			work <- j
		}
		readErr <- ctx.Err()
	}()
	for range workers {
		go func() {
			for j := range work {
				j.out, j.id, j.err = applyAll(ctx, sts, j.in)
				j.in = nil
				close(j.done)
			}
		}()
	}

	bw := bufio.NewWriterSize(w, 1<<20)
	var werr error
	for j := range order {
		<-j.done
		if j.err != nil {
			failed++
			id := j.id
			if id == "" {
				id = "?"
			}
			fmt.Fprintf(errw, "worker process: line %d (id %s): %v\n", j.line, id, j.err)
			continue
		}
		if werr == nil {
			_, werr = bw.Write(j.out)
			if werr == nil {
				werr = bw.WriteByte('\n')
			}
		}
		// Flush whenever the writer caught up, so a consumer of a slow
		// stream sees each record at once.
		if werr == nil && len(order) == 0 {
			werr = bw.Flush()
		}
	}
	if werr == nil {
		werr = bw.Flush()
	}
	if err := <-readErr; err != nil {
		return failed, err
	}
	return failed, werr
}

// applyAll runs the stages in turn on one encoded article, as the workers
// do one hop each. A stage panic fails this article only, as in the runtime.
func applyAll(ctx context.Context, sts []stages.Stage, in []byte) (out []byte, id string, err error) {
	data := in
	for _, st := range sts {
		var res pipeline.Result
		res, err = applyOne(ctx, st, data)
		if res.ArticleID != "" {
			id = res.ArticleID
		}
		if err != nil {
			if id == "" {
				id = peekArticleID(data)
			}
			return nil, id, fmt.Errorf("%s: %w", st.Name(), err)
		}
		data = res.Data
	}
	return data, id, nil
}

func applyOne(ctx context.Context, st stages.Stage, in []byte) (res pipeline.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("stage panic: %v", p)
		}
	}()
	return pipeline.Apply(ctx, st, in, nil)
}

func peekArticleID(data []byte) string {
	var a schemas.Article
	if schemas.Decode(data, &a, schemas.FieldID) != nil {
		return ""
	}
	return a.ID
}
