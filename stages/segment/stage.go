package segment

import (
	"context"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// Name and Version of the stage; bump Version whenever the spans produced
// for the same text may change.
const (
	Name    = "segment"
	Version = "segment/1.0.1"
)

// Stage adds paragraphs and sentences to an article that has clean text.
type Stage struct{}

// New returns the segment stage. It holds no state and is safe for
// concurrent use.
func New() *Stage { return &Stage{} }

func (*Stage) Name() string    { return Name }
func (*Stage) Version() string { return Version }

// Fields: the stage reads only the id and the text. It writes paragraphs
// and sentences, but does not decode them: whatever an input carries there
// (an older run's spans, or a gold file's sentence strings, which do not
// decode as spans) stays raw and is replaced by the new values on output.
func (*Stage) Fields() schemas.Fields {
	return schemas.FieldID | schemas.FieldText
}

// Process sets Paragraphs and Sentences, both non-nil (empty when the text
// is blank) so consumers can tell "none" from "not run".
func (*Stage) Process(ctx context.Context, a *schemas.Article) error {
	if err := stages.RequireText(a, Name); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	paras, sents := Split(*a.Text)
	if paras == nil {
		paras = []schemas.Span{}
	}
	if sents == nil {
		sents = []schemas.Span{}
	}
	a.Paragraphs, a.Sentences = paras, sents
	return nil
}
