package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
)

func TestHelpOfEveryCommand(t *testing.T) {
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, context.Background(), nil, nil, c.name, "--help")
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(out+errs, "Usage: worker "+c.name) {
				t.Errorf("no usage line: %s%s", out, errs)
			}
		})
	}
	code, out, _ := runCLI(t, context.Background(), nil, nil, "--help")
	if code != 0 || !strings.Contains(out, "publish") || !strings.Contains(out, "Registered stages: "+stageList()) {
		t.Errorf("top-level help: exit %d: %s", code, out)
	}
	if code, _, _ := runCLI(t, context.Background(), nil, nil, "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, context.Background(), nil, nil, "run", "--no-such-flag"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if code, out, _ := runCLI(t, context.Background(), nil, nil, "version"); code != 0 || !strings.HasPrefix(out, "wirestream worker ") {
		t.Errorf("version: exit %d: %q", code, out)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	var c runConfig
	env := &cliEnv{stdout: &syncBuffer{}, stderr: &syncBuffer{}, getenv: func(k string) string {
		return map[string]string{"NATS_URL": "nats://env:4222", "WIRESTREAM_CONCURRENCY": "7"}[k]
	}}
	fs := runFlagSet(env, &c)
	pos, _, ok := parseArgs(fs, []string{"quotes", "--replicas", "3", "entities", "--kb", "a.kb", "--kb", "b.jsonl", "--", "--odd"})
	if !ok {
		t.Fatal("parse failed")
	}
	if strings.Join(pos, " ") != "quotes entities --odd" {
		t.Errorf("positional %q", pos)
	}
	if c.replicas != 3 || strings.Join(c.kb, ",") != "a.kb,b.jsonl" {
		t.Errorf("flags after arguments lost: replicas %d kb %v", c.replicas, c.kb)
	}
	if c.nf.url != "nats://env:4222" || c.concurrency != 7 {
		t.Errorf("environment defaults not applied: %q %d", c.nf.url, c.concurrency)
	}
}

func TestParseSinceAndTailSubject(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"":                     {},
		"10m":                  now.Add(-10 * time.Minute),
		"2h":                   now.Add(-2 * time.Hour),
		"2026-04-30T08:00:00Z": time.Date(2026, 4, 30, 8, 0, 0, 0, time.UTC),
	} {
		got, err := parseSince(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("%q: %v %v, want %v", in, got, err, want)
		}
	}
	if _, err := parseSince("yesterday", now); err == nil {
		t.Error("bad --since accepted")
	}
	for _, c := range []struct{ ns, in, want string }{
		{"", "linked", "news.linked.>"},
		{"", "news.dlq.*", "news.dlq.*"},
		{"prod", "raw", "prod.news.raw.>"},
		{"prod", "news.clean.voa", "prod.news.clean.voa"},
		{"prod", "prod.news.clean.voa", "prod.news.clean.voa"},
	} {
		if got := tailSubject(c.in, namesOf(c.ns)); got != c.want {
			t.Errorf("%s/%s: %s, want %s", c.ns, c.in, got, c.want)
		}
	}
}

// The newcomer's command: `worker run` brings up the embedded server,
// prints the enriched samples, keeps serving, and on SIGTERM drains and
// exits 0. Run as a child process (this test binary acting as the worker).
func TestRunBinaryServesUntilSIGTERM(t *testing.T) {
	cmd := exec.Command(os.Args[0], "run", "--data", t.TempDir(), "--port", "-1", "--log-format", "json")
	// The embedded default: no NATS_URL or other settings from CI.
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NATS_") && !strings.HasPrefix(kv, "WIRESTREAM_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "WORKER_TEST_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	want := len(sampleArticles(t))
	records := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			records <- sc.Text()
		}
		close(records)
	}()
	for i := range want {
		select {
		case r, ok := <-records:
			if !ok {
				t.Fatalf("stdout closed after %d records (%v); stderr:\n%s", i, cmd.Wait(), stderr)
			}
			checkArticle(t, r)
		case <-time.After(waitTimeout):
			t.Fatalf("%d of %d records printed; stderr:\n%s", i, want, stderr)
		}
	}
	// The URL is logged, so other processes can connect.
	var url string
	for _, l := range strings.Split(stderr.String(), "\n") {
		var e struct{ Msg, URL string }
		if json.Unmarshal([]byte(l), &e) == nil && strings.Contains(e.Msg, "listening") {
			url = e.URL
		}
	}
	if !strings.HasPrefix(url, "nats://127.0.0.1:") {
		t.Errorf("server URL not logged: %s", stderr)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for range records {
		}
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v; stderr:\n%s", err, stderr)
		}
	case <-time.After(waitTimeout):
		t.Fatal("worker run did not exit after SIGTERM")
	}
	if !strings.Contains(stderr.String(), `"stopped"`) {
		t.Errorf("no drain/stop in the log:\n%s", stderr)
	}
}
