package ui

import (
	"bytes"
	"sync"

	"github.com/segmentio/encoding/json"
)

// hub fans server-sent events out to the connected browsers. A browser too
// slow to take its events is dropped (its channel closed); EventSource
// reconnects and the page resynchronises from the JSON endpoints.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]struct{}
}

func newHub() *hub { return &hub{clients: map[chan []byte]struct{}{}} }

func (h *hub) subscribe() chan []byte {
	c := make(chan []byte, 64)
	h.mu.Lock()
	h.clients[c] = struct{}{}
	h.mu.Unlock()
	return c
}

func (h *hub) unsubscribe(c chan []byte) {
	h.mu.Lock()
	if _, ok := h.clients[c]; ok {
		delete(h.clients, c)
		close(c)
	}
	h.mu.Unlock()
}

// publish sends one event to every client.
func (h *hub) publish(event string, v any) {
	frame, err := sseFrame(event, v)
	if err != nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c <- frame:
		default:
			delete(h.clients, c)
			close(c)
		}
	}
}

// sseFrame encodes one event. JSON has no raw newlines, so data fits on one
// line.
func sseFrame(event string, v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Grow(len(data) + len(event) + 16)
	b.WriteString("event: ")
	b.WriteString(event)
	b.WriteString("\ndata: ")
	b.Write(data)
	b.WriteString("\n\n")
	return b.Bytes(), nil
}
