package ner

import (
	"testing"
)

func TestCompanyPartners(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		{"Shares were placed through Goldman, Sachs and Co and Salomon Brothers Inc.",
			[]string{"ORG:Goldman, Sachs and Co"}, []string{"Goldman", "Sachs"}},
		// a company listed before the partnership is not part of it
		{"Managers were First Boston Corp, Goldman, Sachs and Co and others.",
			[]string{"ORG:Goldman, Sachs and Co"}, []string{"First Boston Corp, Goldman, Sachs and Co"}},
		{"J.P. Morgan and Co Inc said profits rose.", []string{"ORG:J.P. Morgan and Co Inc"}, nil},
		{"Samuel Montagu and Sons Ltd advised the board.", []string{"ORG:Samuel Montagu and Sons Ltd"}, []string{"Samuel Montagu"}},
		// a name that goes on after the head is another name
		{"Officials in Paris and Sons of Liberty met.", nil, []string{"Paris and Sons"}},
		// two partnerships in one sentence; "and" ending a line joins
		// nothing across it
		{"Smith and Co and Jones and Sons Ltd agreed.", []string{"ORG:Smith and Co", "ORG:Jones and Sons Ltd"}, nil},
		{"The talks ended with Smith and\nCo ops grew.", nil, []string{"Smith and\nCo"}},
		// "and" between lower-case words joins nothing
		{"India and Pakistan met, and Co ops grew.", []string{"LOC:India", "LOC:Pakistan"}, nil},
	})
}
