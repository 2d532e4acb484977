// Package stages defines what a stage is: a pure transformation of an
// article, with a name and a version. Stages import schemas, never a
// transport; the pipeline package runs them on NATS and `worker process`
// runs them on files, with the same code.
package stages

import (
	"context"
	"errors"

	"github.com/wirestream/wirestream/schemas"
)

// Stage transforms an article in place. Process must be safe for
// concurrent use: the runtime calls it from several goroutines.
type Stage interface {
	// Name is the stage's name, used in subjects, consumer names and
	// provenance ("clean", "segment", ...).
	Name() string
	// Version changes whenever the stage's output for the same input may
	// change; it is part of provenance and of the message id downstream,
	// so a replay through an upgraded stage is not deduplicated away.
	Version() string
	// Fields names the article fields the stage reads or writes. The
	// runtime decodes only these and carries every other field through as
	// raw JSON.
	Fields() schemas.Fields
	// Process enriches the article. An error wrapped with Permanent (or a
	// *schemas.DecodeError) sends the message to the dead-letter subject;
	// any other error is retried.
	Process(ctx context.Context, a *schemas.Article) error
}

// PermanentError marks a failure that retrying cannot fix.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err so that the runtime dead-letters the message instead
// of retrying it. Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Err: err}
}

// IsPermanent reports whether err can never succeed on retry: a stage said
// so, the message could not be decoded, or the article is missing what the
// stage needs.
func IsPermanent(err error) bool {
	var p *PermanentError
	var d *schemas.DecodeError
	return errors.As(err, &p) || errors.As(err, &d)
}

// Func adapts a function to a Stage, for tests and small custom stages.
type Func struct {
	StageName    string
	StageVersion string
	Reads        schemas.Fields
	Fn           func(ctx context.Context, a *schemas.Article) error
}

func (f Func) Name() string           { return f.StageName }
func (f Func) Version() string        { return f.StageVersion }
func (f Func) Fields() schemas.Fields { return f.Reads }
func (f Func) Process(ctx context.Context, a *schemas.Article) error {
	return f.Fn(ctx, a)
}

// RequireText returns a permanent error when the article lacks the clean text,
// which every stage after clean needs.
func RequireText(a *schemas.Article, stage string) error {
	if a.Text == nil {
		return Permanent(errors.New(stage + `: article has no "text": run the clean stage first`))
	}
	return nil
}
