package pipeline

import (
	"testing"
	"time"
)

func TestByteWindowBlocksWhenFull(t *testing.T) {
	w := newByteWindow(100)
	w.acquire(60)
	w.acquire(40) // exactly full
	got := make(chan struct{})
	go func() { w.acquire(30); close(got) }()
	select {
	case <-got:
		t.Fatal("acquired 30 bytes in a full window of 100")
	case <-time.After(50 * time.Millisecond):
	}
	w.release(40) // 60 in use: 30 more fit
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("still blocked after a release made room")
	}
	if n := w.inUse(); n != 90 {
		t.Errorf("in use %d, want 90", n)
	}
}

func TestByteWindowLetsAnOversizedOutputAlone(t *testing.T) {
	w := newByteWindow(100)
	done := make(chan struct{})
	go func() { w.acquire(500); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("an output larger than the empty window never went out")
	}
	// While it is in flight, nothing else goes.
	next := make(chan struct{})
	go func() { w.acquire(1); close(next) }()
	select {
	case <-next:
		t.Fatal("a second output joined the oversized one")
	case <-time.After(50 * time.Millisecond):
	}
	w.release(500)
	<-next
}

func TestByteWindowUnbounded(t *testing.T) {
	w := newByteWindow(0)
	w.acquire(1 << 40)
	w.acquire(1 << 40)
	if n := w.inUse(); n != 0 {
		t.Errorf("an unbounded window counts %d bytes", n)
	}
}
