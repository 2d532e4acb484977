package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

// waitArticleEvent reads the page's event stream until an article event
// carries id.
func waitArticleEvent(t *testing.T, pageURL, id string) map[string]any {
	t.Helper()
	resp, err := http.Get(strings.TrimSuffix(pageURL, "/") + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	event := ""
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "event: ") {
			event = strings.TrimPrefix(line, "event: ")
			continue
		}
		if event != "article" || !strings.HasPrefix(line, "data: ") {
			continue
		}
		var a map[string]any
		if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &a); err != nil {
			t.Fatal(err)
		}
		if a["id"] == id {
			return a
		}
	}
	t.Fatalf("event stream ended before article %s: %v", id, sc.Err())
	return nil
}

func TestUICommandServesLinkedArticles(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	article := `{"id":"ui-cli-1","title":"T","text":"Ann said \"hi\".","quotes":[],"entities":[]}`
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "cli"), []byte(article)); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	env := &cliEnv{stdin: strings.NewReader(""), stdout: pw, stderr: io.Discard, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- cmdUI(ctx, env, []string{"--nats", url, "--namespace", names.Namespace, "--listen", "127.0.0.1:0"})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL on stdout: %v (exit %d)", err, <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	page := strings.TrimSpace(line)
	if !strings.HasPrefix(page, "http://127.0.0.1:") {
		t.Fatalf("stdout %q", line)
	}
	a := waitArticleEvent(t, page, "ui-cli-1")
	if a["source"] != "cli" {
		t.Errorf("source %v, want the subject's token cli", a["source"])
	}
	resp, err := http.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("page: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after interrupt, want 0", code)
	}
}

func TestUICommandRefusesBadArguments(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"extra"}, 2},
		{[]string{"--namespace", "bad ns"}, 2},
		{[]string{"--no-such-flag"}, 2},
		{[]string{"--help"}, 0},
		{[]string{"--nats", "nats://127.0.0.1:1", "--listen", "256.0.0.1:99999"}, 1},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, ctx, nil, nil, append([]string{"ui"}, tc.args...)...)
		if code != tc.want {
			t.Errorf("worker ui %v: exit %d, want %d (%s)", tc.args, code, tc.want, stderr)
		}
	}
}

func TestRunServesUI(t *testing.T) {
	url, names, _ := natstest.Start(t)
	c := testRunConfig(t, "--nats", url, "--namespace", names.Namespace, "--ui", "127.0.0.1:0", "--print=false")
	info, stop := startRun(t, c, &syncBuffer{})
	if info.UI == "" {
		t.Fatal("worker run --ui reports no page address")
	}
	_, js := natstest.Connect(t, url)
	raw := `{"id":"ui-run-1","content_type":"text/plain","body":"Officials met on Monday.\n\n\"We will act,\" Maria Lopez said."}`
	if _, err := js.Publish(context.Background(), names.Subject(pipeline.KindRaw, "wire"), []byte(raw)); err != nil {
		t.Fatal(err)
	}
	a := waitArticleEvent(t, "http://"+info.UI+"/", "ui-run-1")
	if stages, _ := a["stages"].([]any); len(stages) != len(pipeline.DefaultHops) {
		t.Errorf("article on the page went through %d stages, want %d", len(stages), len(pipeline.DefaultHops))
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get("http://" + info.UI + "/api/status"); err == nil {
		t.Error("the page is still served after worker run stopped")
	}
}
