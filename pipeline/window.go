package pipeline

import "sync"

// byteWindow bounds the bytes of outputs published and not yet
// acknowledged, next to the count the pending channel bounds: 256 outputs
// of 1 MiB would otherwise hold 256 MiB in the client (and overflow the
// connection's reconnect buffer during an outage). An output larger than the
// whole window still goes out, alone.
type byteWindow struct {
	mu   sync.Mutex
	cond sync.Cond
	used int
	max  int // <= 0: no bound
}

func newByteWindow(max int) *byteWindow {
	w := &byteWindow{max: max}
	w.cond.L = &w.mu
	return w
}

// acquire waits until n more bytes fit (or nothing is in flight).
func (w *byteWindow) acquire(n int) {
	if w.max <= 0 {
		return
	}
	w.mu.Lock()
	for w.used > 0 && w.used+n > w.max {
		w.cond.Wait()
	}
	w.used += n
	w.mu.Unlock()
}

// release gives back n bytes acquired before.
func (w *byteWindow) release(n int) {
	if w.max <= 0 || n == 0 {
		return
	}
	w.mu.Lock()
	w.used -= n
	w.mu.Unlock()
	w.cond.Broadcast()
}

// inUse is the bytes in flight.
func (w *byteWindow) inUse() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.used
}
