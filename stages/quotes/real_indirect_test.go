package quotes

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

var holdoutErrors = flag.Bool("holdout-errors", false, "log the held-back articles' errors too (TestRealIndirect)")

// TestRealIndirect scores indirect quotes (reported speech without marks)
// on real news nobody here wrote: testdata/real/indirect.jsonl marks them by
// hand in pages of the clean dev set and Reuters-128 texts, read from
// ../shared. A third of the articles is held back: their figures are
// logged, their errors only with -holdout-errors, so rules are written from
// the dev errors alone and the holdout tells whether they generalise. The
// test fails below a floor a little under what the stage reaches.
func TestRealIndirect(t *testing.T) {
	arts := readRealGold(t, filepath.Join("testdata", "real", "indirect.jsonl"))
	texts := realTexts(t, arts)
	tallies := map[string]*realTally{"dev": {}, "holdout": {}}
	for _, a := range arts {
		tl := tallies[a.Split]
		if tl == nil {
			t.Fatalf("%s: split %q", a.ID, a.Split)
		}
		text := texts[a.ID]
		got := kindsOnly(run(t, text), schemas.KindIndirect)
		for _, e := range scoreReal(text, a.Quotes, got, tl) {
			if a.Split == "dev" || *holdoutErrors {
				t.Logf("%s %s %s [%d,%d] %q: got %q, want %q", a.Split, short(a.ID), e.what, e.start, e.end, e.text, e.got, e.wantSpeak)
			}
		}
	}
	// First run, before any rule was written from these errors: dev F1 0.863,
	// speakers 0.707; holdout 0.784, 0.519.
	floors := map[string][2]float64{"dev": {0.84, 0.68}, "holdout": {0.75, 0.48}}
	for _, split := range []string{"dev", "holdout"} {
		tl := tallies[split]
		t.Logf("%s: indirect quote F1 %.3f (tp %d, fp %d, fn %d), speaker accuracy %.3f (%d/%d)",
			split, tl.f1(), tl.tp, tl.fp, tl.fn, tl.speakerAcc(), tl.spkOK, tl.spkAll)
		if f := floors[split]; tl.f1() < f[0] || tl.speakerAcc() < f[1] {
			t.Errorf("%s: quote F1 %.3f, speaker accuracy %.3f: below the floor %.2f / %.2f", split, tl.f1(), tl.speakerAcc(), f[0], f[1])
		}
	}
}

// short is an id cut for the log.
func short(id string) string {
	if len(id) > 16 {
		return id[:8]
	}
	return id
}
