package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/clean"
	"github.com/wirestream/wirestream/stages/segment"
)

// sample is one line of the Prometheus text format.
type sample struct {
	name   string
	labels map[string]string
	value  float64
}

func parseMetrics(t testing.TB, text string) []sample {
	t.Helper()
	var out []sample
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		sp := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[sp+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		s := sample{name: line[:sp], labels: map[string]string{}, value: v}
		if i := strings.IndexByte(s.name, '{'); i >= 0 {
			for _, kv := range strings.Split(strings.TrimSuffix(s.name[i+1:], "}"), ",") {
				k, val, _ := strings.Cut(kv, "=")
				s.labels[k] = strings.Trim(val, `"`)
			}
			s.name = s.name[:i]
		}
		out = append(out, s)
	}
	return out
}

// metric is the value of name with exactly these labels (-1 when absent).
func metric(ss []sample, name string, labels ...string) float64 {
next:
	for _, s := range ss {
		if s.name != name || len(s.labels) != len(labels)/2 {
			continue
		}
		for i := 0; i < len(labels); i += 2 {
			if s.labels[labels[i]] != labels[i+1] {
				continue next
			}
		}
		return s.value
	}
	return -1
}

// TestMetricsAndReadiness processes articles through clean and segment with
// the Prometheus observer and checks what a scrape reports: per-stage
// processed, retried and dead-lettered counts (dead letters by kind), the
// latency histogram, messages in flight while a stage is busy, /healthz,
// and /readyz (ready only while every runner consumes).
func TestMetricsAndReadiness(t *testing.T) {
	e := newEnv(t)
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	gate := make(chan struct{})
	var failedOnce sync.Once
	real := clean.New()
	gated := stages.Func{
		StageName: "clean", StageVersion: clean.Version + "+gate",
		Reads: real.Fields(),
		Fn: func(ctx context.Context, a *schemas.Article) error {
			switch {
			case strings.HasPrefix(a.ID, "gate-"):
				<-gate
			case a.ID == "once":
				failed := false
				failedOnce.Do(func() { failed = true })
				if failed {
					return errTransient
				}
			}
			return real.Process(ctx, a)
		},
	}
	cleanHop, _ := pipeline.HopFor("clean")
	segHop, _ := pipeline.HopFor("segment")
	var rs []*runner
	var rsMu sync.Mutex
	ready := func() bool {
		rsMu.Lock()
		defer rsMu.Unlock()
		if !e.nc.IsConnected() || len(rs) == 0 {
			return false
		}
		for _, r := range rs {
			if !r.Ready() {
				return false
			}
		}
		return true
	}
	srv := httptest.NewServer(pipeline.HTTPHandler(reg, ready))
	defer srv.Close()

	if c := httpStatus(srv.URL + "/healthz"); c != http.StatusOK {
		t.Errorf("/healthz %d before the runners start, want 200", c)
	}
	if c := httpStatus(srv.URL + "/readyz"); c != http.StatusServiceUnavailable {
		t.Errorf("/readyz %d before the runners start, want 503", c)
	}
	opts := []pipeline.Option{pipeline.WithObserver(m), pipeline.WithConcurrency(2),
		pipeline.WithBackoff([]time.Duration{50 * time.Millisecond})}
	rsMu.Lock()
	rs = append(rs,
		run(t, pipeline.NewRunner(e.js, gated, cleanHop, e.names, opts...)),
		run(t, pipeline.NewRunner(e.js, segment.New(), segHop, e.names, opts...)))
	rsMu.Unlock()
	waitReady(t, rs)
	if c := httpStatus(srv.URL + "/readyz"); c != http.StatusOK {
		t.Errorf("/readyz %d while consuming, want 200", c)
	}

	// Two articles hold both clean handlers: in flight 2.
	e.publish(e.rawMsg("gate-1", e.encode(rawArticle{ID: "gate-1", ContentType: "text/plain", Body: story(1)})),
		e.rawMsg("gate-2", e.encode(rawArticle{ID: "gate-2", ContentType: "text/plain", Body: story(2)})))
	waitFor(t, 30*time.Second, "2 clean messages in flight", func() bool {
		return metric(parseMetrics(t, scrape(t, srv.URL+"/metrics")), "wirestream_in_flight", "stage", "clean") == 2
	})
	close(gate)

	const good = 10
	_, msgs := e.rawStories("metrics", good)
	msgs = append(msgs,
		e.rawMsg("once", e.encode(rawArticle{ID: "once", ContentType: "text/plain", Body: story(3)})),
		&nats.Msg{Subject: e.names.Subject(pipeline.KindRaw, "wire"), Data: []byte(`{"id":"broken",`)},
		&nats.Msg{Subject: e.names.Subject(pipeline.KindClean, "wire"), Data: []byte(`{"id":"no-text"}`)})
	e.publish(msgs...)
	processed := good + 3 // the gated two and "once"
	waitFor(t, 60*time.Second, "every article through segment", func() bool {
		return e.count(pipeline.KindSegmented) >= processed && e.count(pipeline.KindDLQ) >= 2
	})
	e.waitSettled([]pipeline.Hop{cleanHop, segHop}, 30*time.Second)

	ss := parseMetrics(t, scrape(t, srv.URL+"/metrics"))
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"wirestream_messages_total", []string{"stage", "clean", "outcome", "processed"}, float64(processed)},
		{"wirestream_messages_total", []string{"stage", "clean", "outcome", "retried"}, 1},
		{"wirestream_messages_total", []string{"stage", "clean", "outcome", "dead_lettered"}, 1},
		{"wirestream_messages_total", []string{"stage", "segment", "outcome", "processed"}, float64(processed)},
		{"wirestream_messages_total", []string{"stage", "segment", "outcome", "dead_lettered"}, 1},
		{"wirestream_dead_letters_total", []string{"stage", "clean", "kind", "decode"}, 1},
		{"wirestream_dead_letters_total", []string{"stage", "segment", "kind", "permanent"}, 1},
		{"wirestream_in_flight", []string{"stage", "clean"}, 0},
		{"wirestream_in_flight", []string{"stage", "segment"}, 0},
		{"wirestream_message_seconds_count", []string{"stage", "clean", "outcome", "processed"}, float64(processed)},
		{"wirestream_message_seconds_bucket", []string{"stage", "segment", "outcome", "processed", "le", "+Inf"}, float64(processed)},
	} {
		if got := metric(ss, c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	// The gated articles waited in the stage: their latency shows in the
	// histogram's upper buckets, not all in the first one.
	first := metric(ss, "wirestream_message_seconds_bucket", "stage", "clean", "outcome", "processed", "le", "0.0005")
	if first < 0 || first >= float64(processed) {
		t.Errorf("clean latency histogram: %v of %d in the 0.5 ms bucket, want the gated ones above it", first, processed)
	}
	if s := metric(ss, "wirestream_message_seconds_sum", "stage", "clean", "outcome", "processed"); s <= 0 {
		t.Errorf("clean latency sum %v, want > 0", s)
	}
	if c := httpStatus(srv.URL + "/readyz"); c != http.StatusOK {
		t.Errorf("/readyz %d after processing, want 200", c)
	}
	stopAll(rs)
	if c := httpStatus(srv.URL + "/readyz"); c != http.StatusServiceUnavailable {
		t.Errorf("/readyz %d after the runners stopped, want 503", c)
	}
	if c := httpStatus(srv.URL + "/healthz"); c != http.StatusOK {
		t.Errorf("/healthz %d, want 200", c)
	}
	record(t, row{Case: "metrics: good, retried once, undecodable, no text", In: good + 5,
		Out: processed, DLQ: e.count(pipeline.KindDLQ),
		Outcome: "scrape: processed/retried/dead-lettered per stage, dead letters by kind, latency histogram, in flight 2 while busy then 0"})
}

// TestReadinessFollowsConnectionAndConsumer: /readyz, wired as the worker
// wires it (connected and every runner consuming), turns 503 when the
// server goes away or the stage's consumer is deleted, and 200 again once
// the runner has reconnected or recreated its consumer.
func TestReadinessFollowsConnectionAndConsumer(t *testing.T) {
	dir := t.TempDir()
	srv := startEmbedded(t, pipeline.EmbeddedOptions{DataDir: dir})
	port := srv.Port()
	e := openEnv(t, srv.ClientURL(), pipeline.Names{Namespace: "ready"}, pipeline.ConnOptions{}, pipeline.DefaultStreamConfig())
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	hop, _ := pipeline.HopFor("clean")
	// A long restart delay holds the not-ready state long enough to see.
	r := run(t, pipeline.NewRunner(e.js, clean.New(), hop, e.names, pipeline.WithObserver(m),
		pipeline.WithBackoff([]time.Duration{3 * time.Second})))
	hs := httptest.NewServer(pipeline.HTTPHandler(reg, func() bool { return e.nc.IsConnected() && r.Ready() }))
	defer hs.Close()
	status := func() int { return httpStatus(hs.URL + "/readyz") }
	waitFor(t, 30*time.Second, "/readyz 200", func() bool { return status() == http.StatusOK })

	// The consumer is deleted behind the runner's back.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.js.DeleteConsumer(ctx, e.names.Stream(hop.In), e.names.Consumer(hop.Stage)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "/readyz 503 without the consumer", func() bool { return status() == http.StatusServiceUnavailable })
	waitFor(t, 30*time.Second, "/readyz 200 with the consumer recreated", func() bool { return status() == http.StatusOK })
	if _, err := e.consumerInfo(hop); err != nil {
		t.Errorf("consumer not recreated: %v", err)
	}

	// The server goes away and comes back.
	srv.Shutdown()
	srv.WaitForShutdown()
	waitFor(t, 30*time.Second, "/readyz 503 without a server", func() bool { return status() == http.StatusServiceUnavailable })
	if c := httpStatus(hs.URL + "/healthz"); c != http.StatusOK {
		t.Errorf("/healthz %d while the server is down, want 200 (the process is alive)", c)
	}
	srv2, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{Port: port, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv2.Shutdown(); srv2.WaitForShutdown() })
	waitFor(t, 60*time.Second, "/readyz 200 after the server came back", func() bool { return status() == http.StatusOK })

	// And it still works.
	ids, msgs := e.rawStories("ready", 3)
	e.publish(msgs...)
	waitFor(t, 30*time.Second, "articles cleaned", func() bool { return e.count(pipeline.KindClean) >= 3 })
	e.waitSettled([]pipeline.Hop{hop}, 30*time.Second)
	r.stop()
	tl := e.tallyOut(pipeline.KindClean, ids)
	e.exactlyOnce(tl, ids)
}
