package clean

import (
	"context"
	"errors"
	"fmt"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// ErrNoText is the error for a body in which no article text was found.
var ErrNoText = errors.New("no article text found in the body")

// Version changes whenever the output for the same input may change.
const Version = "clean/1.2.0"

// Stage is the clean stage: body -> text, captions, title.
type Stage struct{}

// New returns the clean stage. It holds no state and is safe for
// concurrent use.
func New() *Stage { return &Stage{} }

func (*Stage) Name() string    { return "clean" }
func (*Stage) Version() string { return Version }

func (*Stage) Fields() schemas.Fields {
	return schemas.Metadata | schemas.FieldBody | schemas.FieldText | schemas.FieldCaptions | schemas.FieldTitle
}

// Process sets Text and Captions from Body, and Title and Language when
// they were empty.
// Every failure is permanent: the same body would fail again.
func (s *Stage) Process(ctx context.Context, a *schemas.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	res, err := Clean(a.Body, a.ContentType, a.Title)
	if err != nil {
		return s.wrap(a.ID, err)
	}
	if res.Text == "" {
		// Nothing downstream can use an article without text; saying so
		// here puts it in the DLQ with a reason instead of sending an
		// empty record on through every stage.
		return s.wrap(a.ID, fmt.Errorf("%w (body of %d bytes)", ErrNoText, len(a.Body)))
	}
	a.SetText(res.Text)
	a.Captions = res.Captions
	if a.Title == "" {
		a.Title = res.Title
	}
	if a.Language == "" {
		a.Language = DetectLanguage(res.Text)
	}
	return nil
}

// wrap marks a Clean error permanent: the same body would fail again.
func (*Stage) wrap(id string, err error) error {
	return stages.Permanent(fmt.Errorf("article %s: %w", id, err))
}
