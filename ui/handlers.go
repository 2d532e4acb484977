package ui

import (
	"embed"
	"io/fs"
	"net/http"
	"strconv"
	"time"

	"github.com/segmentio/encoding/json"
)

//go:embed static
var staticFS embed.FS

// csp allows only the page's own files: no inline script or handler runs
// even if some text were ever parsed as HTML. Entity links open Wikidata in
// a new tab (navigation is not restricted by CSP).
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Handler serves the page, its files, the JSON endpoints and the events.
func (s *Server) Handler() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(sub)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, sub, "index.html")
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", files))
	mux.HandleFunc("GET /events", s.serveEvents)
	mux.HandleFunc("GET /api/status", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, s.Status())
	})
	mux.HandleFunc("GET /api/articles", s.serveArticles)
	mux.HandleFunc("GET /api/quotes", s.serveQuotes)
	mux.HandleFunc("GET /api/health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"history": s.healthHistory(), "dlq": s.deadLetters()})
	})
	mux.HandleFunc("GET /api/dlq", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"entries": s.deadLetters()})
	})
	return secure(mux)
}

func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}

// limitParam reads ?limit=, bounded to [1, max]; def when absent.
func limitParam(r *http.Request, def, maxv int) (int, bool) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, false
	}
	return min(n, maxv), true
}

func (s *Server) serveArticles(w http.ResponseWriter, r *http.Request) {
	limit, ok := limitParam(r, s.opts.Articles, s.opts.Articles)
	if !ok {
		http.Error(w, "limit must be a positive integer", http.StatusBadRequest)
		return
	}
	writeJSON(w, map[string]any{"articles": s.store.recent(limit), "status": s.Status()})
}

func (s *Server) serveQuotes(w http.ResponseWriter, r *http.Request) {
	limit, ok := limitParam(r, 200, s.opts.Quotes)
	if !ok {
		http.Error(w, "limit must be a positive integer", http.StatusBadRequest)
		return
	}
	q := r.URL.Query()
	f := QuoteFilter{
		Speaker: q.Get("speaker"),
		Entity:  q.Get("entity"),
		Source:  q.Get("source"),
		Text:    q.Get("q"),
		Kind:    q.Get("kind"),
		Limit:   limit,
	}
	quotes, total := s.store.find(f)
	if quotes == nil {
		quotes = []QuoteEntry{}
	}
	writeJSON(w, map[string]any{"quotes": quotes, "total": total})
}

// keepAlive is the period of SSE comments that keep proxies from closing
// an idle stream.
const keepAlive = 15 * time.Second

// serveEvents streams status, article, health and dlq events. The first
// event is the status, so a page knows at once whether it is live.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	c := s.hub.subscribe()
	defer s.hub.unsubscribe(c)
	first, err := sseFrame("status", s.Status())
	if err != nil {
		return
	}
	if _, err := w.Write(append([]byte("retry: 2000\n\n"), first...)); err != nil {
		return
	}
	if rc.Flush() != nil {
		return
	}
	t := time.NewTicker(keepAlive)
	defer t.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case frame, ok := <-c:
			if !ok {
				return // too slow: the browser reconnects and resyncs
			}
			if _, err := w.Write(frame); err != nil {
				return
			}
		case <-t.C:
			if _, err := w.Write([]byte(": keep-alive\n\n")); err != nil {
				return
			}
		}
		if rc.Flush() != nil {
			return
		}
	}
}
