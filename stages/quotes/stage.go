package quotes

import (
	"context"
	"errors"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// Name and Version of the stage; bump Version whenever the quotes found for
// the same input may change.
const (
	Name    = "quotes"
	Version = "quotes/1.9.121"
)

// Stage adds the quotations of an article, with speakers and cues.
type Stage struct{}

// New returns the quotes stage. It holds no state and is safe for
// concurrent use.
func New() *Stage { return &Stage{} }

func (*Stage) Name() string    { return Name }
func (*Stage) Version() string { return Version }

// Fields: text and the segment stage's spans are read. Quotes are written,
// never read, so FieldQuotes is left out on purpose: an older or foreign
// "quotes" in the input (a replay, a gold file) stays raw and is replaced by
// the new list on output instead of failing to decode.
func (*Stage) Fields() schemas.Fields {
	return schemas.FieldID | schemas.FieldText | schemas.FieldParagraphs | schemas.FieldSentences
}

// Process sets Quotes (non-nil). An article the segment stage has not seen
// can never be processed here: that error is permanent.
func (*Stage) Process(ctx context.Context, a *schemas.Article) error {
	if err := stages.RequireText(a, Name); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if a.Paragraphs == nil || a.Sentences == nil {
		if len(*a.Text) == 0 {
			a.Quotes = []schemas.Quote{}
			return nil
		}
		return stages.Permanent(errors.New(Name + `: article has no "paragraphs"/"sentences": run the segment stage first`))
	}
	a.Quotes = Extract(*a.Text, a.Paragraphs, a.Sentences)
	return nil
}
