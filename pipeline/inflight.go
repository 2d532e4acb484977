package pipeline

import (
	"sync"
	"time"
)

// inflight is the set of messages a runner holds, from the start of their
// handler until they are acked, nak'ed or terminated. One ticker per runner
// walks it and tells the server they are still being worked on (instead of
// a timer per message). The set is a list threaded through the messages, so
// adding and removing allocate nothing.
type inflight struct {
	mu   sync.Mutex
	head *Message
	buf  []*Message // the ticker's snapshot, reused
}

func (s *inflight) add(m *Message) {
	s.mu.Lock()
	m.prev, m.next, m.listed = nil, s.head, true
	if s.head != nil {
		s.head.prev = m
	}
	s.head = m
	s.mu.Unlock()
}

// remove takes m out of the set; removing it again does nothing.
func (s *inflight) remove(m *Message) {
	s.mu.Lock()
	if m.listed {
		if m.prev != nil {
			m.prev.next = m.next
		} else {
			s.head = m.next
		}
		if m.next != nil {
			m.next.prev = m.prev
		}
		m.prev, m.next, m.listed = nil, nil, false
	}
	s.mu.Unlock()
}

// snapshot returns the messages in the set now (valid until the next call).
func (s *inflight) snapshot() []*Message {
	s.mu.Lock()
	s.buf = s.buf[:0]
	for m := s.head; m != nil; m = m.next {
		s.buf = append(s.buf, m)
	}
	s.mu.Unlock()
	return s.buf
}

// keepAlive sends an in-progress signal for every message in the set every
// d until stop is closed, so each is signalled at most d after its handler
// started and every d after that. A message settled meanwhile is skipped
// by the client (it refuses to signal an acknowledged message) or ignored
// by the server. d <= 0 sends nothing.
func (s *inflight) keepAlive(d time.Duration, stop <-chan struct{}) {
	if d <= 0 {
		return
	}
	tick := time.NewTicker(d)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		for _, m := range s.snapshot() {
			if m.jm != nil {
				_ = m.jm.InProgress()
			}
		}
	}
}
