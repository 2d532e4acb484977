package bench

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
)

// hopTrace records, for every article of a batch and every stage, when the
// input was stored in the stage's stream, when its handler started and when
// it returned, so that an end-to-end latency splits into its parts: waiting
// for a handler (delivery and the client buffer), the handler, and the
// publish until the next stream stored the output.
type hopTrace struct {
	mu     sync.Mutex
	prefix string
	stages []string
	rec    map[string][]stamp // article id -> one stamp per stage
	now    func() time.Time
}

type stamp struct{ stored, start, end time.Time }

func newHopTrace(stages []string) *hopTrace {
	return &hopTrace{stages: stages, rec: map[string][]stamp{}, now: time.Now}
}

// reset starts a new batch whose article ids start with prefix.
func (t *hopTrace) reset(prefix string) {
	t.mu.Lock()
	t.prefix, t.rec = prefix, map[string][]stamp{}
	t.mu.Unlock()
}

// middleware stamps the messages of stage i.
func (t *hopTrace) middleware(i int) pipeline.Middleware {
	return func(next pipeline.Handler) pipeline.Handler {
		return func(ctx context.Context, m *pipeline.Message) ([]*pipeline.Outgoing, error) {
			outs, err := next(ctx, m)
			end := t.now()
			// Message ids start with the article id (the bench's own on
			// the raw stream, the runner's after it).
			id, _, _ := strings.Cut(m.Header.Get(jetstream.MsgIDHeader), ":")
			t.mu.Lock()
			if strings.HasPrefix(id, t.prefix) {
				s := t.rec[id]
				if s == nil {
					s = make([]stamp, len(t.stages))
					t.rec[id] = s
				}
				s[i] = stamp{stored: m.Stored, start: m.ReceivedAt, end: end}
			}
			t.mu.Unlock()
			return outs, err
		}
	}
}

// parts is one article's latency split: per stage, wait before the handler,
// handler, and publish until the next stage's input was stored (for the
// last stage, until arrival), after the first publish until stored.
type parts struct {
	total time.Duration
	each  []time.Duration // publish, then wait/handle/publish per stage
}

// partNames names the columns of parts.each.
func (t *hopTrace) partNames() []string {
	n := []string{"publish"}
	for _, s := range t.stages {
		n = append(n, s+" wait", s+" handler", s+" publish")
	}
	return n
}

// split returns the parts of the article whose first publish was at pub and
// arrival at arr; false when a stage did not see it.
func (t *hopTrace) split(id string, pub, arr time.Time) (parts, bool) {
	t.mu.Lock()
	s, ok := t.rec[id]
	t.mu.Unlock()
	if !ok {
		return parts{}, false
	}
	p := parts{total: arr.Sub(pub), each: make([]time.Duration, 0, 1+3*len(s))}
	for _, st := range s {
		if st.start.IsZero() {
			return parts{}, false
		}
	}
	p.each = append(p.each, s[0].stored.Sub(pub))
	for i, st := range s {
		next := arr
		if i+1 < len(s) {
			next = s[i+1].stored
		}
		p.each = append(p.each, st.start.Sub(st.stored), st.end.Sub(st.start), next.Sub(st.end))
	}
	return p, true
}

// summary says where the time of the slowest 1% went (mean of each part
// over them), next to the median of each part over all articles.
func (t *hopTrace) summary(all []parts) string {
	if len(all) == 0 {
		return "no trace"
	}
	slices.SortFunc(all, func(a, b parts) int { return int(a.total - b.total) })
	tail := all[len(all)-max(len(all)/100, 1):]
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles; part: median of all / mean of the slowest %d / max (ms)", len(all), len(tail))
	for j, name := range t.partNames() {
		col := make([]time.Duration, len(all))
		for i, p := range all {
			col[i] = p.each[j]
		}
		slices.Sort(col)
		var sum time.Duration
		for _, p := range tail {
			sum += p.each[j]
		}
		fmt.Fprintf(&b, "\n  %-18s %8.2f %8.2f %8.2f", name, ms(percentile(col, 50)), ms(sum/time.Duration(len(tail))), ms(col[len(col)-1]))
	}
	return b.String()
}
