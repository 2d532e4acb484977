package ner

import (
	"testing"
)

func TestSplitPlacePerson(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		{"The former ambassador to the Ukraine Marie Yovanovitch testified on Friday.",
			[]string{"LOC:Ukraine", "PER:Marie Yovanovitch"}, []string{"Ukraine Marie Yovanovitch"}},
		{"Reporters met the envoy to China Nicholas Burns in Beijing.",
			[]string{"LOC:China", "PER:Nicholas Burns"}, nil},
		// no title before it: a name of its own, left to the model
		{"He worked at the George Washington University Hospital for years.",
			nil, []string{"Washington University Hospital"}},
	})
}
