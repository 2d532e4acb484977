package ui

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/wirestream/wirestream/schemas"
)

// latencies keeps the most recent durations per stage, taken from the
// provenance of arriving articles, plus end to end (first stage's start to
// last stage's end, queueing included).
type latencies struct {
	mu   sync.Mutex
	size int
	win  map[string]*window
}

// EndToEnd is the key of the whole pipeline's latency.
const EndToEnd = "end-to-end"

type window struct {
	vals []float64
	next int
}

func newLatencies(size int) *latencies {
	return &latencies{size: max(size, 1), win: map[string]*window{}}
}

func (l *latencies) add(key string, ms float64) {
	w := l.win[key]
	if w == nil {
		w = &window{}
		l.win[key] = w
	}
	if len(w.vals) < l.size {
		w.vals = append(w.vals, ms)
		return
	}
	w.vals[w.next] = ms
	w.next = (w.next + 1) % l.size
}

// observe records an article's provenance.
func (l *latencies) observe(stages []schemas.Provenance) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, p := range stages {
		l.add(p.Stage, p.DurationMS)
	}
	if len(stages) < 2 {
		return
	}
	first, err1 := time.Parse(time.RFC3339Nano, stages[0].At)
	last, err2 := time.Parse(time.RFC3339Nano, stages[len(stages)-1].At)
	if err1 != nil || err2 != nil {
		return
	}
	end := last.Add(time.Duration(stages[len(stages)-1].DurationMS * float64(time.Millisecond)))
	if d := end.Sub(first); d >= 0 {
		l.add(EndToEnd, float64(d)/float64(time.Millisecond))
	}
}

// Latency is a percentile summary in milliseconds over the last N articles.
type Latency struct {
	P50 float64 `json:"p50_ms"`
	P99 float64 `json:"p99_ms"`
	N   int     `json:"n"`
}

func (l *latencies) summary(key string) Latency {
	l.mu.Lock()
	w := l.win[key]
	var vals []float64
	if w != nil {
		vals = slices.Clone(w.vals)
	}
	l.mu.Unlock()
	if len(vals) == 0 {
		return Latency{}
	}
	slices.Sort(vals)
	return Latency{P50: percentile(vals, 50), P99: percentile(vals, 99), N: len(vals)}
}

// percentile is the nearest-rank percentile of sorted values.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}
