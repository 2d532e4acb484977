package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// gauge reads one stage's gauge from reg (-1 when absent).
func gauge(t *testing.T, reg *prometheus.Registry, name, stage string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "stage" && l.GetValue() == stage {
					return m.GetGauge().GetValue()
				}
			}
		}
	}
	return -1
}

// The runner exports its consumer's lag and redeliveries: articles that
// failed once and are held on their second delivery are ack pending and
// redelivered; once they pass, the lag is 0.
func TestConsumerLagAndRedeliveryMetrics(t *testing.T) {
	e := newEnv(t)
	release := make(chan struct{})
	var mu sync.Mutex
	tries := map[string]int{}
	stage := stages.Func{
		StageName:    "laggard",
		StageVersion: "laggard/1",
		Reads:        schemas.FieldBody | schemas.FieldText,
		Fn: func(ctx context.Context, a *schemas.Article) error {
			mu.Lock()
			tries[a.ID]++
			n := tries[a.ID]
			mu.Unlock()
			if n == 1 {
				return errors.New("not yet")
			}
			<-release
			a.SetText(strings.ToUpper(a.Body))
			return nil
		},
	}
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	hop := pipeline.Hop{Stage: "laggard", In: pipeline.KindRaw, Out: pipeline.KindClean}
	r := pipeline.NewRunner(e.js, stage, hop, e.names,
		pipeline.WithConcurrency(4),
		pipeline.WithBackoff([]time.Duration{50 * time.Millisecond}),
		pipeline.WithConsumerInfoInterval(50*time.Millisecond),
		pipeline.WithObserver(m))
	stop := start(t, r)
	e.publishArticles("lag", 3)

	waitGauges := func(what string, want map[string]float64) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			ok, got := true, map[string]float64{}
			for name, v := range want {
				got[name] = gauge(t, reg, name, "laggard")
				ok = ok && got[name] == v
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: gauges %v, want %v", what, got, want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitGauges("held on their second delivery", map[string]float64{
		"wirestream_consumer_pending":     0,
		"wirestream_consumer_ack_pending": 3,
		"wirestream_consumer_lag":         3,
		"wirestream_consumer_redelivered": 3,
	})
	close(release)
	e.waitCount(pipeline.KindClean, 3, 30*time.Second)
	waitGauges("all processed", map[string]float64{
		"wirestream_consumer_pending":     0,
		"wirestream_consumer_ack_pending": 0,
		"wirestream_consumer_lag":         0,
		"wirestream_consumer_redelivered": 0,
	})
	stop()
}
