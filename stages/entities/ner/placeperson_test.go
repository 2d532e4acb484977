package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitPlacePerson(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"The former ambassador to the Ukraine Marie Yovanovitch testified on Friday.",
			[]string{"LOC:Ukraine", "PER:Marie Yovanovitch"}, []string{"Ukraine Marie Yovanovitch"}},
		{"Reporters met the envoy to China Nicholas Burns in Beijing.",
			[]string{"LOC:China", "PER:Nicholas Burns"}, nil},
		// no title before it: a name of its own, left to the model
		{"He worked at the George Washington University Hospital for years.",
			nil, []string{"Washington University Hospital"}},
	}
	for _, c := range cases {
		got := found(c.text, tg.Tag(c.text, nil))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if _, surface, _ := strings.Cut(g, ":"); surface == n {
					t.Errorf("%q: %q found: %q", c.text, n, got)
				}
			}
		}
	}
}
