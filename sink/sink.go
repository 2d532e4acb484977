// Package sink runs extra consumers of the pipeline: a durable JetStream
// consumer of its own on one kind of subject (news.linked.> by default)
// that hands decoded articles to a Writer in batches and acknowledges them
// only once the Writer has stored them. The stage workers' consumers are
// never touched, so a sink can be added, stopped or rebuilt from the stream
// at any time. The Postgres and JSON-lines writers live in sink/postgres
// and sink/jsonl; any type with a Write method is a sink.
package sink

import (
	"context"
	"time"

	"github.com/wirestream/wirestream/schemas"
)

// Record is one message handed to a Writer: the decoded article with the
// message it came from.
type Record struct {
	Article *schemas.Article
	// Data is the message body as stored in the stream; it stays valid
	// after Write returns.
	Data []byte
	// Subject is the message subject, e.g. news.linked.voa.
	Subject string
	// Time is when the stream stored the message (UTC); zero when the
	// record did not come from a stream.
	Time time.Time
	// Seq is the stream sequence of the message.
	Seq uint64
}

// Writer stores records. Write must be all or nothing as far as the caller
// can tell: when it returns nil, every record is durably stored and its
// message is acknowledged; when it returns an error, none is acknowledged
// and each is delivered again later, so writing a record twice must be
// harmless. An error marked with stages.Permanent says that retrying the
// same records cannot succeed: the loop then writes them one by one to
// find the offending record and dead-letters only that one.
// The loop calls Write from one goroutine at a time.
type Writer interface {
	Write(ctx context.Context, recs []Record) error
}

// WriterFunc adapts a function to a Writer.
type WriterFunc func(ctx context.Context, recs []Record) error

// Write calls f.
func (f WriterFunc) Write(ctx context.Context, recs []Record) error { return f(ctx, recs) }
