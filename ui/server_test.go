package ui

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

// fastOptions polls often so that tests wait little.
func fastOptions(names pipeline.Names) Options {
	return Options{Names: names, HealthEvery: 100 * time.Millisecond, RetryEvery: 100 * time.Millisecond}
}

// startUI runs a server on js until the test ends.
func startUI(t *testing.T, js jetstream.JetStream, o Options) (*Server, *httptest.Server) {
	t.Helper()
	s := New(js, o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = s.Run(ctx); close(done) }()
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(func() { cancel(); hs.Close(); <-done })
	return s, hs
}

// sseReader reads events from /events.
type sseReader struct {
	t    *testing.T
	resp *http.Response
	sc   *bufio.Scanner
}

func openEvents(t *testing.T, base string) *sseReader {
	t.Helper()
	resp, err := http.Get(base + "/events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	return &sseReader{t: t, resp: resp, sc: sc}
}

// next returns the next event's name and data.
func (r *sseReader) next() (event, data string) {
	r.t.Helper()
	for r.sc.Scan() {
		line := r.sc.Text()
		switch {
		case line == "":
			if event != "" {
				return event, data
			}
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data = strings.TrimPrefix(line, "data: ")
		}
	}
	r.t.Fatalf("event stream ended: %v", r.sc.Err())
	return "", ""
}

// waitEvent skips events until one named name satisfies ok.
func (r *sseReader) waitEvent(name string, ok func(data string) bool) string {
	r.t.Helper()
	for {
		ev, data := r.next()
		if ev == name && (ok == nil || ok(data)) {
			return data
		}
	}
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
	}
	return resp.StatusCode
}

func fixtureBytes(t *testing.T, id string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/linked.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m["id"] = id
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEventsAndEndpoints(t *testing.T) {
	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	_, hs := startUI(t, js, fastOptions(names))
	ev := openEvents(t, hs.URL)
	// The first event says whether the page is live.
	live := func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && st.Following && st.Exists && st.Messages == 0
	}
	name, data := ev.next()
	if name != "status" {
		t.Fatalf("first event %q, want status", name)
	}
	if !live(data) {
		ev.waitEvent("status", live)
	}

	if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "wire"), fixtureBytes(t, "art-1")); err != nil {
		t.Fatal(err)
	}
	var got ArticleView
	data = ev.waitEvent("article", nil)
	if err := json.Unmarshal([]byte(data), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "art-1" || got.Source != "wire" || len(got.Quotes) != 3 || len(got.Entities) != 3 || got.Seq != 1 {
		t.Fatalf("article event: id %q source %q quotes %d entities %d seq %d", got.ID, got.Source, len(got.Quotes), len(got.Entities), got.Seq)
	}
	if strings.Contains(data, `"body"`) {
		t.Error("the raw body is sent to the page")
	}
	// Health samples flow, with the latencies of the article.
	ev.waitEvent("health", func(d string) bool {
		var h HealthSample
		return json.Unmarshal([]byte(d), &h) == nil && len(h.Stages) == 4 && h.Stages[3].Latency.N == 1 && h.Stages[3].Latency.P50 == 8
	})

	var arts struct {
		Articles []ArticleView `json:"articles"`
		Status   Status        `json:"status"`
	}
	if code := getJSON(t, hs.URL+"/api/articles", &arts); code != 200 || len(arts.Articles) != 1 || arts.Articles[0].ID != "art-1" {
		t.Fatalf("/api/articles: %d, %+v", code, arts)
	}
	if !arts.Status.Exists || arts.Status.Received != 1 {
		t.Errorf("status %+v", arts.Status)
	}
	tests := []struct {
		query string
		want  int
	}{
		{"", 3},
		{"speaker=Maria+Lopez", 2},
		{"entity=Q597", 1},
		{"source=wire", 3},
		{"source=ap", 0},
		{"q=river", 1},
		{"kind=direct", 1},
		{"speaker=lopez&kind=indirect", 1},
	}
	for _, tc := range tests {
		var res struct {
			Quotes []QuoteEntry `json:"quotes"`
			Total  int          `json:"total"`
		}
		if code := getJSON(t, hs.URL+"/api/quotes?"+tc.query, &res); code != 200 {
			t.Fatalf("%s: status %d", tc.query, code)
		}
		if res.Total != tc.want || len(res.Quotes) != tc.want || res.Quotes == nil {
			t.Errorf("quotes?%s: total %d, %d returned, want %d", tc.query, res.Total, len(res.Quotes), tc.want)
		}
	}
	for _, bad := range []string{"limit=0", "limit=x", "limit=-3"} {
		var v any
		if code := getJSON(t, hs.URL+"/api/quotes?"+bad, &v); code != http.StatusBadRequest {
			t.Errorf("quotes?%s: status %d, want 400", bad, code)
		}
	}
}

func TestPageIsEmbeddedAndLocked(t *testing.T) {
	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	_, hs := startUI(t, js, fastOptions(names))
	for path, want := range map[string]string{
		"/":                  "static/app.js",
		"/static/app.js":     "textContent",
		"/static/style.css":  ".quote",
		"/static/index.html": "<title>",
	} {
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		_, _ = bufio.NewReader(resp.Body).WriteTo(&b)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(b.String(), want) {
			t.Errorf("%s: status %d, %q not in it", path, resp.StatusCode, want)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if strings.Contains(b.String(), "http://") || strings.Contains(b.String(), "//cdn") {
			if path != "/static/app.js" && path != "/static/index.html" && path != "/" {
				t.Errorf("%s loads something from outside", path)
			}
		}
	}
	// The script never parses data as HTML.
	resp, err := http.Get(hs.URL + "/static/app.js")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	_, _ = bufio.NewReader(resp.Body).WriteTo(&b)
	resp.Body.Close()
	for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		if strings.Contains(b.String(), sink) {
			t.Errorf("app.js uses %s", sink)
		}
	}
}

func TestEmptyAndMissingStream(t *testing.T) {
	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	_, hs := startUI(t, js, fastOptions(names))
	ev := openEvents(t, hs.URL)
	ev.waitEvent("status", func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && st.Connected && !st.Exists
	})
	if err := pipeline.EnsureStreams(context.Background(), js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	ev.waitEvent("status", func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && st.Exists && st.Following && st.Messages == 0
	})
	var h struct {
		History []HealthSample `json:"history"`
	}
	getJSON(t, hs.URL+"/api/health", &h)
	if len(h.History) == 0 {
		t.Fatal("no health sample")
	}
	for _, st := range h.History[len(h.History)-1].Stages {
		if st.Present {
			t.Errorf("stage %s has a consumer in an empty pipeline", st.Stage)
		}
	}
}

func TestDeadLettersAndStageHealth(t *testing.T) {
	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	_, hs := startUI(t, js, fastOptions(names))
	ev := openEvents(t, hs.URL) // subscribed once the response starts
	// A stage consumer with two inputs waiting and one delivered, unacked.
	for i := range 3 {
		if _, err := js.Publish(ctx, names.Subject(pipeline.KindSegmented, "wire"), fixtureBytes(t, "in-"+string(rune('a'+i)))); err != nil {
			t.Fatal(err)
		}
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, names.Stream(pipeline.KindSegmented), jetstream.ConsumerConfig{
		Durable: names.Consumer("quotes"), AckPolicy: jetstream.AckExplicitPolicy, FilterSubject: names.Wildcard(pipeline.KindSegmented),
	})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(1)
	if err != nil {
		t.Fatal(err)
	}
	var inFlight []jetstream.Msg
	for m := range batch.Messages() {
		inFlight = append(inFlight, m)
	}
	if len(inFlight) != 1 {
		t.Fatalf("fetched %d", len(inFlight))
	}
	for i, reason := range []string{"stage panic: index out of range", "article has no text"} {
		dl := pipeline.DeadLetter{Schema: "dlq.v1", Error: reason, Kind: pipeline.DeadPermanent, Stage: "quotes",
			ArticleID: "bad-" + string(rune('0'+i)), Subject: names.Subject(pipeline.KindSegmented, "wire"), DeliveryCount: 1,
			FailedAt: time.Now().UTC().Format(time.RFC3339), Payload: `{"id":"bad","text":"<script>x</script>"}`}
		b, _ := json.Marshal(dl)
		if _, err := js.Publish(ctx, names.DLQSubject("quotes"), b); err != nil {
			t.Fatal(err)
		}
	}
	data := ev.waitEvent("dlq", func(d string) bool { return strings.Count(d, `"seq"`) == 2 })
	var entries []DeadEntry
	if err := json.Unmarshal([]byte(data), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].Error != "article has no text" || entries[0].Stage != "quotes" || entries[1].ArticleID != "bad-0" {
		t.Fatalf("dlq entries (newest first) = %+v", entries)
	}
	ev.waitEvent("health", func(d string) bool {
		var h HealthSample
		if json.Unmarshal([]byte(d), &h) != nil {
			return false
		}
		for _, st := range h.Stages {
			if st.Stage == "quotes" {
				return st.Present && st.Dead == 2 && st.Pending == 2 && st.AckPending == 1
			}
		}
		return false
	})
	// Finishing the input moves the ack floor: a rate shows.
	if err := inFlight[0].Ack(); err != nil {
		t.Fatal(err)
	}
	ev.waitEvent("health", func(d string) bool {
		var h HealthSample
		if json.Unmarshal([]byte(d), &h) != nil {
			return false
		}
		for _, st := range h.Stages {
			if st.Stage == "quotes" {
				return st.Rate > 0 && st.AckPending == 0
			}
		}
		return false
	})
	var res struct {
		Entries []DeadEntry `json:"entries"`
	}
	getJSON(t, hs.URL+"/api/dlq", &res)
	if len(res.Entries) != 2 {
		t.Fatalf("/api/dlq: %d entries", len(res.Entries))
	}
}

// TestFollowsAcrossServerRestart stops the server under the page and starts
// it again on the same port and data: articles published afterwards still
// arrive. It needs a server it can stop, so it always runs an embedded one.
func TestFollowsAcrossServerRestart(t *testing.T) {
	dir := t.TempDir()
	srv, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: -1, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	port := srv.Port()
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	nc, err := pipeline.Connect(srv.ClientURL(), pipeline.ConnOptions{ReconnectWait: 20 * time.Millisecond, MaxReconnectWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	names := pipeline.Names{}
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	_, hs := startUI(t, js, fastOptions(names))
	ev := openEvents(t, hs.URL)
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "wire"), fixtureBytes(t, "before")); err != nil {
		t.Fatal(err)
	}
	ev.waitEvent("article", func(d string) bool { return strings.Contains(d, `"id":"before"`) })

	t0 := time.Now()
	srv.Shutdown()
	srv.WaitForShutdown()
	t.Log("down", time.Since(t0))
	ev.waitEvent("status", func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && !st.Connected
	})
	srv, err = pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: port, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("restarted", time.Since(t0))
	ev.waitEvent("status", func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && st.Connected && st.Following
	})
	t.Log("connected", time.Since(t0))
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := js.Publish(pctx, names.Subject(pipeline.KindLinked, "wire"), fixtureBytes(t, "after"), jetstream.WithRetryAttempts(100)); err != nil {
		t.Fatal(err)
	}
	t.Log("published", time.Since(t0))
	data := ev.waitEvent("article", func(d string) bool { return strings.Contains(d, `"id":"after"`) })
	t.Log("arrived", time.Since(t0))
	var got ArticleView
	if err := json.Unmarshal([]byte(data), &got); err != nil || got.Seq != 2 {
		t.Fatalf("after the restart: seq %d (%v), want 2: the follower must go on from where it was", got.Seq, err)
	}
	var arts struct {
		Articles []ArticleView `json:"articles"`
	}
	getJSON(t, hs.URL+"/api/articles", &arts)
	if len(arts.Articles) != 2 {
		t.Fatalf("%d articles after the restart, want 2 (none twice)", len(arts.Articles))
	}
}

// TestFollowsRecreatedStream deletes the linked stream under the page and
// makes it again: the page says the stream is gone, then shows the new
// stream's articles from its first sequence.
func TestFollowsRecreatedStream(t *testing.T) {
	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	ctx := context.Background()
	cfg := pipeline.DefaultStreamConfig()
	if err := pipeline.EnsureStreams(ctx, js, names, cfg); err != nil {
		t.Fatal(err)
	}
	_, hs := startUI(t, js, fastOptions(names))
	ev := openEvents(t, hs.URL) // subscribed once the response starts
	subject := names.Subject(pipeline.KindLinked, "wire")
	for _, id := range []string{"old-1", "old-2", "old-3"} {
		if _, err := js.Publish(ctx, subject, fixtureBytes(t, id)); err != nil {
			t.Fatal(err)
		}
	}
	ev.waitEvent("article", func(d string) bool { return strings.Contains(d, `"id":"old-3"`) })

	if err := js.DeleteStream(ctx, names.Stream(pipeline.KindLinked)); err != nil {
		t.Fatal(err)
	}
	ev.waitEvent("status", func(d string) bool {
		var st Status
		return json.Unmarshal([]byte(d), &st) == nil && !st.Exists
	})
	if err := pipeline.EnsureStream(ctx, js, names, pipeline.KindLinked, cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, subject, fixtureBytes(t, "new-1")); err != nil {
		t.Fatal(err)
	}
	data := ev.waitEvent("article", func(d string) bool { return strings.Contains(d, `"id":"new-1"`) })
	var got ArticleView
	if err := json.Unmarshal([]byte(data), &got); err != nil || got.Seq != 1 {
		t.Fatalf("new stream's article: seq %d (%v), want 1", got.Seq, err)
	}
}
