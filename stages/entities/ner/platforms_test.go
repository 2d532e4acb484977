package ner

import "testing"

func TestPlatformNames(t *testing.T) {
	tg := loadTagger(t)
	checkTagCases(t, tg, []tagCase{
		// a posting verb and "on" before a site, and its other mentions
		{"The mayor posted on Twitter late on Friday. Twitter later hid the message.",
			[]string{"ORG:Twitter"}, []string{"MISC:Twitter"}},
		{"Critics wrote on Pixgram that the law was unfair.", []string{"ORG:Pixgram"}, nil},
		// an account's or a post's noun after it
		{"In a Chatterly post on Sunday, the singer thanked her fans.", []string{"ORG:Chatterly"}, nil},
		{"The minister deleted her Instagram account after the vote.", []string{"ORG:Instagram"}, []string{"LOC:Instagram"}},
		// a nationality, a common word or a possessive is none
		{"Chinese users could not reach the site, and an Israeli account of the raid differed.",
			[]string{"MISC:Chinese", "MISC:Israeli"}, []string{"ORG:Chinese", "ORG:Israeli"}},
		{"She wrote on Iran's nuclear programme for a decade.", []string{"LOC:Iran"}, []string{"ORG:Iran"}},
		{"Police said the Gold account was frozen in May.", nil, []string{"ORG:Gold"}},
	})
}
