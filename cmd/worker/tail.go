package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

func cmdTail(ctx context.Context, env *cliEnv, args []string) int {
	fs := newFlagSet(env, "tail", "[flags] SUBJECT",
		`Print the messages of SUBJECT as JSON lines: the stored ones from the start
of its stream (or from --since), then new ones as they arrive, until
interrupted or --count messages were printed. SUBJECT may hold wildcards
(news.linked.>, news.dlq.*), or be a kind alone (raw, clean, segmented,
quoted, linked, dlq) for all its subjects. With --namespace the namespace
prefix is added unless SUBJECT already has it. Uses an ordered ephemeral
consumer: nothing is left on the server.`)
	var nf natsFlags
	nf.register(fs, env, "NATS server `URL`s, comma-separated (default "+defaultLocalURL+")")
	count := fs.Int("count", 0, "exit after printing N messages (0: follow until interrupted)")
	since := fs.String("since", "", "start at messages stored since a Go `duration` ago (10m) or an RFC 3339 time")
	logFormat := logFormatFlag(fs, env, "console")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(env.stderr, "worker tail: name exactly one SUBJECT")
		fs.Usage()
		return 2
	}
	log, names, ok := nf.startLog(env, "worker tail", *logFormat)
	if !ok {
		return 2
	}
	start, err := parseSince(*since, time.Now())
	if err != nil {
		log.Error("bad --since", zap.Error(err))
		return 2
	}
	subject := tailSubject(pos[0], names)
	nc, js, err := nf.open("worker tail", log, false)
	if err != nil {
		return 1
	}
	defer nc.Close()
	n, err := tail(ctx, js, subject, start, *count, env)
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error("tail", zap.String("subject", subject), zap.Int("printed", n), zap.Error(err))
		return 1
	}
	return 0
}

// tailSubject resolves a kind alone to its wildcard and adds the namespace.
func tailSubject(s string, names pipeline.Names) string {
	if slices.Contains(pipeline.Kinds, s) {
		return names.Wildcard(s)
	}
	if names.Namespace != "" && !strings.HasPrefix(s, names.Namespace+".") {
		return names.Namespace + "." + s
	}
	return s
}

// parseSince reads a duration before now or an RFC 3339 time; "" is the
// zero time (the start of the stream).
func parseSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d < 0 {
			d = -d
		}
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a duration (10m, 2h) nor an RFC 3339 time", s)
	}
	return t, nil
}

// tail prints the messages of subject from start (zero: the beginning of
// its stream) as JSON lines, and returns how many it printed.
func tail(ctx context.Context, js jetstream.JetStream, subject string, start time.Time, count int, env *cliEnv) (int, error) {
	stream, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		return 0, fmt.Errorf("no stream holds %s: %w", subject, err)
	}
	cfg := jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{subject},
		DeliverPolicy:  jetstream.DeliverAllPolicy,
	}
	if !start.IsZero() {
		cfg.DeliverPolicy = jetstream.DeliverByStartTimePolicy
		cfg.OptStartTime = &start
	}
	cfg.InactiveThreshold = 30 * time.Second
	cons, err := js.OrderedConsumer(ctx, stream, cfg)
	if err != nil {
		return 0, err
	}
	defer deleteOrdered(js, stream, cons)
	it, err := cons.Messages()
	if err != nil {
		return 0, err
	}
	// Next blocks without a context; stopping the iterator releases it.
	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
			it.Stop()
		case <-stopped:
		}
	}()
	defer it.Stop()

	out := bufio.NewWriter(env.stdout)
	defer out.Flush()
	n := 0
	for count <= 0 || n < count {
		msg, err := it.Next()
		if err != nil {
			if ctx.Err() != nil {
				return n, ctx.Err()
			}
			return n, err
		}
		if err := writeLine(out, msg.Data()); err != nil {
			return n, err
		}
		n++
		// Flush when nothing more is waiting, so a follower sees each
		// message at once without a syscall per message in a backlog.
		if md, err := msg.Metadata(); err != nil || md.NumPending == 0 {
			if err := out.Flush(); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// writeLine writes one message as one line: compact JSON, or a JSON string
// when the message is not JSON.
func writeLine(w io.Writer, data []byte) error {
	var line bytes.Buffer
	if json.Compact(&line, data) != nil {
		line.Reset()
		b, _ := json.Marshal(string(data))
		line.Write(b)
	}
	line.WriteByte('\n')
	_, err := w.Write(line.Bytes())
	return err
}

// deleteOrdered deletes the server side of an ordered consumer at once, so
// a finished tail leaves nothing behind (the server would otherwise keep it
// until its inactive threshold).
func deleteOrdered(js jetstream.JetStream, stream string, cons jetstream.Consumer) {
	info := cons.CachedInfo()
	if info == nil || info.Name == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = js.DeleteConsumer(ctx, stream, info.Name)
}
