package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// TestRealIndirect scores indirect quotes (reported speech without marks)
// on real news nobody here wrote: testdata/real/indirect.jsonl marks them by
// hand in pages of the clean dev set and Reuters-128 texts, read from
// ../shared. A third of the articles is held back: their figures are
// logged, their errors only with -holdout-errors, so rules are written from
// the dev errors alone and the holdout tells whether they generalise. The
// test fails below a floor a little under what the stage reaches.
func TestRealIndirect(t *testing.T) {
	// First run, before any rule was written from these errors: dev F1 0.863,
	// speakers 0.707; holdout 0.784, 0.519.
	floors := map[string][2]float64{"dev": {0.93, 0.87}, "holdout": {0.78, 0.55}}
	scoreRealSet(t, "indirect.jsonl", floors, schemas.KindIndirect)
}
