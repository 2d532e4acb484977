package ner

import (
	"slices"
	"testing"
)

// TestGazLongGatesKnownNames: tagSentence skips knownNames when gazSpans
// left gzLong false, which is exact only if knownNames then changes
// nothing: no token is marked as a name's first word. Checked on every
// segment of refTexts, with and without a hook, and knownNames is run
// on arbitrary tags to show it is a no-op there.
func TestGazLongGatesKnownNames(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := &tg.model.lexicon
	hook := func(key string) (uint8, bool) {
		if key == "warsaw university" || key == "apollo 11" {
			return GazORG, true
		}
		return 0, false
	}
	long, short := 0, 0
	for _, h := range []Gazetteer{nil, hook} {
		hc := new(hookCache)
		eachSegment(lx, refTexts(), func(sc *scratch, text string, from, to, sb, se int) {
			gz := gazSpans(sc, lx, sb, se, h, hc, text)
			begins := slices.ContainsFunc(gz, func(g uint16) bool { return g>>8&3 == 1 })
			if begins && !sc.gzLong {
				t.Fatalf("%q tokens [%d,%d): gz %x marks a name's start, gzLong false", text[:min(len(text), 40)], sb, se, gz)
			}
			if sc.gzLong {
				long++
				return
			}
			short++
			tags := make([]uint8, len(gz)) // all O: knownNames' own case
			knownNames(tags, gz, sc.info[sb:se], sb == from)
			if slices.ContainsFunc(tags, func(g uint8) bool { return g != 0 }) {
				t.Fatalf("%q tokens [%d,%d): knownNames tagged %v with gzLong false", text[:min(len(text), 40)], sb, se, tags)
			}
		})
	}
	if long == 0 || short == 0 {
		t.Errorf("segments with and without a long name: %d, %d; want both", long, short)
	}
}
