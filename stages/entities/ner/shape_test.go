package ner

import "testing"

// addShape's byte loop must hash as wordInfoOf does for any word, or the
// features of ASCII and non-ASCII text would differ.
func TestAddShapeMatchesWordInfoOf(t *testing.T) {
	for _, w := range []string{"a", "Ab", "USA", "Kerry", "McDonald's", "G-20", "x1", "Washington", "abcd", "\x00", "a\x00B", "..", "ab", "Zürich", "MIXEDcase9"} {
		var wi wordInfo
		basicInfo(&wi, w, nil)
		addShape(&wi, w)
		ref := wordInfoOf(w, nil)
		if wi.shape != ref.shape || wi.pre3 != ref.pre3 || wi.suf2 != ref.suf2 || wi.suf3 != ref.suf3 || wi.suf4 != ref.suf4 || wi.low != ref.low || wi.kind != ref.kind {
			t.Errorf("%q: addShape %+v, wordInfoOf %+v", w, wi, ref)
		}
	}
}

// basicInfo's fast path must agree with wordInfoOf, the plain definition,
// on every field it sets; the class of a word with a final period is
// looked up without it ("Sen." is the title "sen"), which basicInfo
// computes by undoing the period's step of the hash.
func TestBasicInfoMatchesWordInfoOf(t *testing.T) {
	classes := loadTagger(t).model.classes
	for _, w := range []string{"Sen.", "Corp.", "Mr.", "Mr", "U.S.", "Inc.", "said", "The", "a.", ".", "..", "Gen.", "Sept.", "x1.", "WASHINGTON", "McDonald's"} {
		var wi wordInfo
		basicInfo(&wi, w, classes)
		ref := wordInfoOf(w, classes)
		if wi.cls != ref.cls || wi.low != ref.low || wi.kind != ref.kind || wi.dot != ref.dot || wi.hasUpper != ref.hasUpper || wi.hasLower != ref.hasLower || wi.digitsOnly != ref.digitsOnly {
			t.Errorf("%q: basicInfo %+v, wordInfoOf %+v", w, wi, ref)
		}
	}
	if got := wordInfoOf("Sen.", classes).cls; got&clsTitle == 0 {
		t.Errorf(`"Sen." has class %b, want the title bit`, got)
	}
}

// addShape's hash of an ASCII word's bytes is the one clusterKey reads,
// in an all-caps run too (where the first letter takes a path of its own).
func TestAddShapeHashesClusterKey(t *testing.T) {
	for _, w := range []string{"a", "Ab", "USA", "Kerry", "McDonald's", "G-20", "..", "WASHINGTON", "x1", ""} {
		for _, caps := range []bool{false, true} {
			var wi wordInfo
			basicInfo(&wi, w, nil)
			wi.caps = caps
			exact, hashed := addShape(&wi, w)
			if !hashed || clusterFP(exact) != clusterKey(w) {
				t.Errorf("%q (caps %v): addShape's key %#x (hashed %v), clusterKey %#x", w, caps, clusterFP(exact), hashed, clusterKey(w))
			}
		}
	}
	var wi wordInfo
	basicInfo(&wi, "Zürich", nil)
	if _, hashed := addShape(&wi, "Zürich"); hashed {
		t.Error(`addShape("Zürich") hashed a non-ASCII word`)
	}
}

// A neighbour's shape without its affixes, completed later by addAffixes
// (it turned out to open the next segment), must equal addShape's.
func TestAddAffixesLater(t *testing.T) {
	for _, w := range []string{"a", "Ab", "USA", "Kerry", "McDonald's", "G-20", "x1", "Ltd.", "abcd", "..", "WASHINGTON"} {
		for _, caps := range []bool{false, true} {
			var full, late wordInfo
			basicInfo(&full, w, nil)
			full.caps = caps
			late = full
			e1, _ := addShape(&full, w)
			e2, _ := addShapeAffixes(&late, w, false)
			if late.full || late.suf2 != 0 {
				t.Errorf("%q: affixes set when not asked for", w)
			}
			addAffixes(&late, w)
			if full != late || e1 != e2 {
				t.Errorf("%q (caps %v): later %+v, at once %+v", w, caps, late, full)
			}
		}
	}
}
