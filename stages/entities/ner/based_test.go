package ner

import "testing"

func TestBasedNames(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		// the name after a home compound is an organisation, found or not
		{"Shares of Leeds-based Carvenor fell 4% on Tuesday.", []string{"ORG:Carvenor"}, nil},
		{"Investors sold London-based Barclays after the report.", []string{"ORG:Barclays"}, nil},
		{"The Oslo-headquartered Nordvik Group cut 200 jobs.", []string{"ORG:Nordvik Group"}, nil},
		// a nationality or a common word after it starts no name
		{"A London-based Iranian writer was released.", []string{"MISC:Iranian"}, []string{"ORG:Iranian"}},
		{"The Paris-based The group met.", nil, []string{"ORG:The"}},
	})
}
