package ner

import "testing"

// TestScoreTokenMatchesFeatures: scoreToken sums the rows that
// features' hashes pick (sumRows over them), for every token of the
// texts, in and out of headlines and gazetteer names.
func TestScoreTokenMatchesFeatures(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := tg.model
	if m.packed17 == nil {
		t.Fatal("the shipped model is not of 2^emitBits rows")
	}
	lx := &m.lexicon
	tokens, caps, named := 0, 0, 0
	var fs [nFeat]uint64
	eachSegment(lx, refTexts(), func(sc *scratch, text string, from, to, sb, se int) {
		gz := gazSpans(sc, lx, sb, se, nil, nil, text)
		for i := sb; i < se; i++ {
			features(fs[:], sc.info, from, to, i, sb, se, gz[i-sb])
			wlo, whi := sumRows(m.packed, &fs, 64-emitBits)
			lo, hi := scoreToken(m.packed17, sc.info, from, to, i, sb, se, gz[i-sb])
			if lo != wlo || hi != whi {
				t.Fatalf("%q token %d: scoreToken %x %x, features' rows %x %x", text, i, lo, hi, wlo, whi)
			}
			tokens++
			if sc.info[i].caps {
				caps++
			}
			if gz[i-sb] != 0 {
				named++
			}
		}
	})
	if tokens < 200 || caps == 0 || named == 0 {
		t.Errorf("%d tokens, %d in capitals, %d in names: too few to compare", tokens, caps, named)
	}
}
