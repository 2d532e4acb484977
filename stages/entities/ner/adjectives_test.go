package ner

import (
	"testing"
)

func TestNameAdjectives(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		// a demonym's plural; an adjective the KB's demonyms do not spell
		{"The minister told the visiting Ukrainians that the Ecuadorean embassy was closed.",
			[]string{"MISC:Ukrainians", "MISC:Ecuadorean"}, nil},
		// a continent's adjective, at a sentence's start too
		{"European shares fell on Monday while smaller Asian markets were flat.",
			[]string{"MISC:European", "MISC:Asian"}, nil},
		// a party's adjective before a noun; a sentence's first "The" is no name
		{"The Republican senator joined three Democratic lawmakers at the hearing.",
			[]string{"MISC:Republican", "MISC:Democratic"}, nil},
		// part of a longer name: the model's, not the rule's
		{"The European Central Bank and the Asian Development Bank met in the Democratic Republic of Congo.",
			nil, []string{"European", "Asian", "Democratic"}},
		// before a title or a person's name: no longer name with it
		{"He faced Republican Gov. Matt Bevin on Tuesday.", []string{"MISC:Republican", "PER:Matt Bevin"}, nil},
		{"It was four years ago, when Republican Phil Bryant won in a landslide.",
			[]string{"MISC:Republican", "PER:Phil Bryant"}, []string{"Republican Phil Bryant"}},
		{"The talks angered the Ecuadorean Foreign Minister, who left.", []string{"MISC:Ecuadorean"}, nil},
		{"The Republican National Committee met.", nil, []string{"MISC:Republican"}},
		// a party's name alone, not before a noun: no adjective
		{"Polls said voters backed the Republican, not the Democrat.", nil, []string{"MISC:Republican"}},
		// a name that only ends like an adjective
		{"Brian Morgan met Susan Callahan in the lobby.", nil, []string{"Morgan", "Callahan", "Brian"}},
	})
}

// nationWordShort must answer as nationWord's general path, which lowers
// the word into a string and hashes each candidate.
func TestNationWordShort(t *testing.T) {
	lx := &loadTagger(t).model.lexicon
	for _, w := range []string{"Ukrainians", "Ecuadorean", "European", "Asian", "African", "Brazilian",
		"Ukrainian", "Americans", "Morgan", "Callahan", "Germans", "French", "Iranians", "Koreans",
		"Europeans", "Australian", "Antarctican", "Chileans", "ean", "Ian", "an", "Texans", "Italian"} {
		want := nationWordGeneral(lx, w)
		if got := nationWordShort(lx, w); got != want {
			t.Errorf("%q: nationWordShort %v, general path %v", w, got, want)
		}
	}
	if !nationWordShort(lx, "Ukrainians") || !nationWordShort(lx, "European") || nationWordShort(lx, "Callahan") {
		t.Error("nationWordShort misreads Ukrainians, European or Callahan")
	}
}
