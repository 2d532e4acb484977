package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
)

// TestHopTraceSplit stamps one article through two stages and checks that
// its latency splits into publish, wait, handler and publish parts that
// add up, and that articles of another batch are not recorded.
func TestHopTraceSplit(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	tr := newHopTrace([]string{"clean", "segment"})
	tr.reset("r")
	nop := func(context.Context, *pipeline.Message) ([]*pipeline.Outgoing, error) { return nil, nil }
	stamp := func(stage int, msgID string, stored, start, end int) {
		tr.now = func() time.Time { return at(end) }
		m := &pipeline.Message{Header: nats.Header{jetstream.MsgIDHeader: {msgID}}, Stored: at(stored), ReceivedAt: at(start)}
		if _, err := tr.middleware(stage)(nop)(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	// Published at 0, stored at 1; clean waits 2 ms and works 3 ms; its
	// output is stored at 10; segment waits 30 ms and works 1 ms; the
	// output arrives at 50.
	stamp(0, "r7", 1, 3, 6)
	stamp(1, "r7:clean:1:00ff", 10, 40, 41)
	stamp(0, "f7", 1, 3, 6) // a message of an earlier batch
	p, ok := tr.split("r7", at(0), at(50))
	if !ok {
		t.Fatal("r7 not traced")
	}
	want := []time.Duration{1, 2, 3, 4, 30, 1, 9}
	var sum time.Duration
	for i, w := range want {
		if p.each[i] != w*time.Millisecond {
			t.Errorf("part %s = %v, want %v ms", tr.partNames()[i], p.each[i], w)
		}
		sum += p.each[i]
	}
	if sum != p.total || p.total != 50*time.Millisecond {
		t.Errorf("parts add up to %v, total %v, want 50ms", sum, p.total)
	}
	if _, ok := tr.split("f7", at(0), at(50)); ok {
		t.Error("an article of another batch was traced")
	}
	s := tr.summary([]parts{p})
	if !strings.Contains(s, "segment wait") || !strings.Contains(s, "30.00") {
		t.Errorf("summary does not show segment's 30 ms wait:\n%s", s)
	}
}
