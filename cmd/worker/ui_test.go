package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

// eventStream is the page's event stream, read by a test.
type eventStream struct {
	sc   *bufio.Scanner
	stop func()
}

// openEvents subscribes to the page's event stream and returns after its
// first frame, which the server writes once the subscription is in place:
// an article the page receives from then on is sure to be sent on it
// (earlier ones are only in /api/articles, as a browser loads them). The
// read gives up after two minutes rather than hang the test binary.
func openEvents(t *testing.T, pageURL string) *eventStream {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(pageURL, "/")+"/events", nil)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	e := &eventStream{sc: bufio.NewScanner(resp.Body), stop: func() { cancel(); resp.Body.Close() }}
	t.Cleanup(e.stop)
	e.sc.Buffer(make([]byte, 1<<20), 16<<20)
	for e.sc.Scan() {
		if e.sc.Text() == "" { // the end of the first frame
			return e
		}
	}
	t.Fatalf("event stream ended before its first frame: %v", e.sc.Err())
	return nil
}

// waitArticle reads the stream until an article event carries id.
func (e *eventStream) waitArticle(t *testing.T, id string) map[string]any {
	t.Helper()
	event := ""
	for e.sc.Scan() {
		line := e.sc.Text()
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
	t.Fatalf("event stream ended before article %s: %v", id, e.sc.Err())
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
	article := `{"id":"ui-cli-%d","title":"T","text":"Ann said \"hi\".","quotes":[],"entities":[]}`
	publish := func(n int) {
		if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "cli"), fmt.Appendf(nil, article, n)); err != nil {
			t.Fatal(err)
		}
	}
	publish(0) // stored before the page starts: it must load it
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
	ev := openEvents(t, page)
	publish(1) // arrives while the page is open: it must be pushed
	a := ev.waitArticle(t, "ui-cli-1")
	if a["source"] != "cli" {
		t.Errorf("source %v, want the subject's token cli", a["source"])
	}
	resp, err := http.Get(page + "api/articles")
	if err != nil {
		t.Fatal(err)
	}
	list, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(list, []byte(`"ui-cli-0"`)) || !bytes.Contains(list, []byte(`"ui-cli-1"`)) {
		t.Errorf("/api/articles lacks the stored or the live article: %.300s", list)
	}
	resp, err = http.Get(page)
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
	ev := openEvents(t, "http://"+info.UI+"/")
	_, js := natstest.Connect(t, url)
	raw := `{"id":"ui-run-1","content_type":"text/plain","body":"Officials met on Monday.\n\n\"We will act,\" Maria Lopez said."}`
	if _, err := js.Publish(context.Background(), names.Subject(pipeline.KindRaw, "wire"), []byte(raw)); err != nil {
		t.Fatal(err)
	}
	a := ev.waitArticle(t, "ui-run-1")
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
