package ner

import (
	"slices"
	"testing"
)

func TestProductNames(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		text string
		want []string // each must be found exactly
		not  []string // TYPE:surface that must not be found
	}{
		// a model year makes a product of the name after it, and of its
		// other mentions
		{"Dealers said the Corvana was selling well. The 2021 Corvana goes on sale in June.",
			[]string{"MISC:Corvana"}, []string{"LOC:Corvana", "PER:Corvana"}},
		// a kind of vehicle after a name; the kind is cut off the name
		{"Buyers lined up for the new Velsora hatchback on Monday.", []string{"MISC:Velsora"}, nil},
		{"Ford will show its Falcon Ridge SUV in Detroit.", []string{"MISC:Falcon Ridge"}, []string{"MISC:Falcon Ridge SUV"}},
		// the maker before a year or a kind is no product; nor a month
		{"He bought a 2019 Toyota and a Ford pickup in the 2001 September sale.",
			nil, []string{"MISC:Toyota", "MISC:Ford", "MISC:September"}},
	}
	for _, c := range cases {
		got := found(c.text, tg.Tag(c.text, nil))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %q found: %q", c.text, n, got)
			}
		}
	}
}
