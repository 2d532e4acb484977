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
// "fresh" split, annotated after a round of rules, stays blind (its errors
// only with -fresh-errors) until the next round is done. The test fails below a floor a little under what the stage reaches.
func TestRealIndirect(t *testing.T) {
	// First run, before any rule was written from these errors: dev F1 0.863,
	// speakers 0.707; holdout 0.784, 0.519. The fresh split (18 Reuters-128
	// texts, 5 pages) was annotated after round 1's rules and first scored
	// with them: F1 0.818, speakers 0.603.
	floors := map[string][2]float64{"dev": {0.93, 0.87}, "holdout": {0.78, 0.55}, "fresh": {0.80, 0.58}}
	scoreRealSet(t, "indirect.jsonl", floors, schemas.KindIndirect)
}
