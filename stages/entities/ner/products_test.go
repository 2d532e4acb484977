package ner

import (
	"testing"
)

func TestProductNames(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		// a model year makes a product of the name after it, and of its
		// other mentions
		{"Dealers said the Corvana was selling well. The 2021 Corvana goes on sale in June.",
			[]string{"MISC:Corvana"}, []string{"LOC:Corvana", "PER:Corvana"}},
		// a kind of vehicle after a name; the kind is cut off the name
		{"Buyers lined up for the new Velsora hatchback on Monday.", []string{"MISC:Velsora"}, nil},
		{"Ford will show its Falcon Ridge SUV in Detroit.", []string{"MISC:Falcon Ridge"}, []string{"MISC:Falcon Ridge SUV"}},
		// after a year, words the article names nowhere else are left to the model
		{"Sales rose at the 2021 spring fair and the 2022 Harvest stalls.", nil, []string{"MISC:Harvest"}},
		// the maker before a year or a kind is no product; nor a month
		{"He bought a 2019 Toyota and a Ford pickup in the 2001 September sale.",
			nil, []string{"MISC:Toyota", "MISC:Ford", "MISC:September"}},
	})
}
