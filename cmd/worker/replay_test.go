package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/replay"
	"github.com/wirestream/wirestream/schemas"
)

// replayServer is a server with the pipeline's streams and raw articles
// a1, a2 (source ap), v1 (voa), a3 (ap) stored in that order.
func replayServer(t *testing.T, cfg pipeline.StreamConfig) (jetstream.JetStream, pipeline.Names, []string) {
	t.Helper()
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
		t.Fatal(err)
	}
	for _, a := range [][2]string{{"ap", "a1"}, {"ap", "a2"}, {"voa", "v1"}, {"ap", "a3"}} {
		data := fmt.Appendf(nil, `{"id":%q,"source":%q,"body":"text of %s"}`, a[1], a[0], a[1])
		if _, err := js.Publish(ctx, names.Subject(pipeline.KindRaw, a[0]), data); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"--nats", url, "--progress", "lines"}
	if names.Namespace != "" {
		args = append(args, "--namespace", names.Namespace)
	}
	return js, names, args
}

func rawAfter(t *testing.T, js jetstream.JetStream, names pipeline.Names, after uint64) []*jetstream.RawStreamMsg {
	t.Helper()
	st, err := js.Stream(context.Background(), names.Stream(pipeline.KindRaw))
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []*jetstream.RawStreamMsg
	for seq := after + 1; seq <= info.State.LastSeq; seq++ {
		m, err := st.GetMsg(context.Background(), seq)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func TestReplayCommandDryRunFilters(t *testing.T) {
	_, _, args := replayServer(t, pipeline.DefaultStreamConfig())
	idsFile := filepath.Join(t.TempDir(), "ids.txt")
	if err := os.WriteFile(idsFile, []byte("# wanted\na3\n\nv1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		flags []string
		want  []string
	}{
		{"all", nil, []string{"a1", "a2", "v1", "a3"}},
		{"source", []string{"--source", "ap"}, []string{"a1", "a2", "a3"}},
		{"sources", []string{"--source", "voa,ap"}, []string{"a1", "a2", "v1", "a3"}},
		{"ids", []string{"--ids", idsFile}, []string{"v1", "a3"}},
		{"seq", []string{"--from-seq", "2", "--to-seq", "3"}, []string{"a2", "v1"}},
		{"since future", []string{"--since", time.Now().Add(time.Hour).Format(time.RFC3339)}, nil},
		{"since duration", []string{"--since", "1h"}, []string{"a1", "a2", "v1", "a3"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := append(append([]string{"replay", "--dry-run"}, args...), c.flags...)
			code, out, errs := runCLI(t, context.Background(), nil, nil, a...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got []string
			for _, line := range splitLines(out) {
				var it replay.Item
				if err := json.Unmarshal([]byte(line), &it); err != nil {
					t.Fatalf("%q: %v", line, err)
				}
				got = append(got, it.ArticleID)
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Fatalf("selected %v, want %v", got, c.want)
			}
			if !strings.Contains(errs, "would re-feed (dry run)") || !strings.Contains(errs, "replay: scanned") {
				t.Errorf("no summary or progress line on stderr: %s", errs)
			}
		})
	}
}

func TestReplayCommandRepublishes(t *testing.T) {
	js, names, args := replayServer(t, pipeline.DefaultStreamConfig())
	code, _, errs := runCLI(t, context.Background(), nil, nil, append([]string{"replay", "--source", "ap", "--rate", "1000/s", "--run-id", "cli1"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	msgs := rawAfter(t, js, names, 4)
	var got []string
	for _, m := range msgs {
		var a schemas.Article
		if err := schemas.Decode(m.Data, &a, schemas.FieldID); err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID)
		if m.Header.Get(replay.HeaderRun) != "cli1" {
			t.Errorf("%s: headers %v", a.ID, m.Header)
		}
	}
	if strings.Join(got, " ") != "a1 a2 a3" {
		t.Fatalf("re-published %v", got)
	}
	if !strings.Contains(errs, "replay cli1: re-fed 3 of 3 scanned") {
		t.Errorf("summary: %s", errs)
	}
}

func TestReplayCommandRangeGone(t *testing.T) {
	cfg := pipeline.DefaultStreamConfig()
	cfg.Kinds = []string{pipeline.KindRaw}
	cfg.MaxMsgs = 2
	_, _, args := replayServer(t, cfg)
	code, _, errs := runCLI(t, context.Background(), nil, nil, append([]string{"replay", "--from-seq", "1"}, args...)...)
	if code != 1 || !strings.Contains(errs, "no longer holds sequence 1") || !strings.Contains(errs, "first stored message is sequence 3") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	code, _, errs = runCLI(t, context.Background(), nil, nil, append([]string{"replay", "--from-seq", "1", "--partial", "--dry-run"}, args...)...)
	if code != 0 || !strings.Contains(errs, "would re-feed (dry run) 2 of 2") {
		t.Fatalf("--partial: exit %d: %s", code, errs)
	}
}

func TestReplayCommandDLQ(t *testing.T) {
	js, names, args := replayServer(t, pipeline.DefaultStreamConfig())
	payload := `{"id":"d1","source":"ap","body":"fixed now"}`
	dl, _ := json.Marshal(pipeline.DeadLetter{Schema: "dlq.v1", Error: "broken", Kind: "permanent", Stage: "clean",
		ArticleID: "d1", Subject: names.Subject(pipeline.KindRaw, "ap"), Stream: names.Stream(pipeline.KindRaw), StreamSeq: 1,
		DeliveryCount: 1, Payload: payload})
	ctx := context.Background()
	if _, err := js.PublishMsg(ctx, &nats.Msg{Subject: names.DLQSubject("clean"), Data: dl}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		code, _, errs := runCLI(t, ctx, nil, nil, append([]string{"replay", "--dlq", "clean"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	msgs := rawAfter(t, js, names, 4)
	if len(msgs) != 1 || string(msgs[0].Data) != payload || msgs[0].Subject != names.Subject(pipeline.KindRaw, "ap") {
		t.Fatalf("re-fed %d messages (want the payload once)", len(msgs))
	}
	if msgs[0].Header.Get(replay.HeaderDLQ) != "1" || msgs[0].Header.Get(replay.HeaderOf) != "1" {
		t.Errorf("headers %v", msgs[0].Header)
	}
}

func TestReplayFlagParsing(t *testing.T) {
	for in, want := range map[string]float64{"": 0, "50": 50, "50/s": 50, "120/m": 2, "0.5/s": 0.5} {
		if got, err := parseRate(in); err != nil || got != want {
			t.Errorf("parseRate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"fast", "5/h", "-1"} {
		if _, err := parseRate(bad); err == nil {
			t.Errorf("parseRate(%q): no error", bad)
		}
	}
	for _, a := range [][]string{
		{"replay", "--rate", "fast"},
		{"replay", "--since", "yesterday"},
		{"replay", "--since", "1h", "--until", "2h"},
		{"replay", "--progress", "loud"},
		{"replay", "extra"},
		{"replay", "--ids", filepath.Join(t.TempDir(), "missing")},
	} {
		if code, _, errs := runCLI(t, context.Background(), nil, nil, a...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", a, code, errs)
		}
	}
	// --ids - reads stdin.
	env := &cliEnv{stdin: strings.NewReader("x\n y \n#z\n")}
	ids, err := readIDs(env, "-")
	if err != nil || len(ids) != 2 || !ids["x"] || !ids["y"] {
		t.Fatalf("readIDs: %v, %v", ids, err)
	}
}
