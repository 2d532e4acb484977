package pipeline_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wirestream/wirestream/pipeline"
)

func TestMetricsAndHealth(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	var obs pipeline.Observer = m
	for range 3 {
		obs.Received("clean")
	}
	obs.Done("clean", pipeline.Processed, "", 2*time.Millisecond)
	obs.Done("clean", pipeline.DeadLettered, pipeline.DeadPanic, time.Millisecond)

	var ready atomic.Bool
	srv := httptest.NewServer(pipeline.HTTPHandler(reg, ready.Load))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/metrics")
	for _, want := range []string{
		`wirestream_messages_total{outcome="processed",stage="clean"} 1`,
		`wirestream_messages_total{outcome="dead_lettered",stage="clean"} 1`,
		`wirestream_dead_letters_total{kind="panic",stage="clean"} 1`,
		`wirestream_in_flight{stage="clean"} 1`,
		`wirestream_message_seconds_count{outcome="processed",stage="clean"} 1`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics (%d) lacks %s", code, want)
		}
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, _ := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz before ready: %d", code)
	}
	ready.Store(true)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready: %d", code)
	}
}
