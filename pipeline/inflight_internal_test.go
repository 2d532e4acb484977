package pipeline

import (
	"slices"
	"testing"
	"time"
)

func TestInflightSet(t *testing.T) {
	var s inflight
	a, b, c := &Message{Subject: "a"}, &Message{Subject: "b"}, &Message{Subject: "c"}
	subjects := func() []string {
		var out []string
		for _, m := range s.snapshot() {
			out = append(out, m.Subject)
		}
		slices.Sort(out)
		return out
	}
	s.add(a)
	s.add(b)
	s.add(c)
	if got := subjects(); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Fatalf("set %v, want a b c", got)
	}
	s.remove(b) // the middle
	s.remove(b) // again: nothing
	if got := subjects(); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("after removing b: %v, want a c", got)
	}
	s.remove(c) // the head
	s.remove(a) // the last
	if got := subjects(); len(got) != 0 {
		t.Fatalf("after removing all: %v", got)
	}
	s.add(b) // a removed message can come back (a redelivery is a new Message, but the list must not care)
	if got := subjects(); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("after adding b again: %v", got)
	}
}

// BenchmarkInflight is what tracking one message costs the runner now (add
// and remove) against the timer per message it replaced (AfterFunc, Stop).
func BenchmarkInflight(b *testing.B) {
	b.Run("set", func(b *testing.B) {
		var s inflight
		others := make([]Message, 64) // a busy runner holds others meanwhile
		for i := range others {
			s.add(&others[i])
		}
		m := &Message{}
		b.ReportAllocs()
		for b.Loop() {
			s.add(m)
			s.remove(m)
		}
	})
	b.Run("timer-per-message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t := time.AfterFunc(20*time.Second, func() {})
			t.Stop()
		}
	})
}
