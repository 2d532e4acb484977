// Package ui serves Wirestream's live page: the newest linked articles as
// they arrive (server-sent events fed by an ordered ephemeral consumer on
// news.linked.>), a filterable index of their quotes, and the health of
// every stage (processed per second, pending, redeliveries, dead letters,
// latency) with the dead-letter queue's latest entries.
//
// Everything the browser loads is embedded (static/); the page builds its
// DOM with textContent only, so article text is never parsed as HTML, and a
// Content-Security-Policy forbids inline scripts besides.
//
//	srv := ui.New(js, ui.Options{Names: names, Log: log})
//	go srv.Run(ctx)                          // follow the stream, poll health
//	http.ListenAndServe(addr, srv.Handler())
//
// or, in one call, ui.Start(ctx, addr, js, opts).
//
// HTTP endpoints: / (the page), /static/..., /events (SSE: status, article,
// health, dlq), /api/status, /api/articles, /api/quotes (speaker, entity,
// source, q, kind, limit), /api/health, /api/dlq.
package ui
