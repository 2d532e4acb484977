package quotes

// surveyFinds: "The survey found that …", "A poll published Monday finds
// most voters …": a survey or poll reports what it found,
// as a report says it. "find" is no verb of saying for anyone else
// ("Police found the body").
func (d *doc) surveyFinds(c int32) bool {
	// The first letter first: this runs for every word of five letters.
	if c < 1 || d.r[d.toks[c].s]|0x20 != 'f' || !d.lowerIs(c, "found") && !d.lowerIs(c, "finds") {
		return false
	}
	sent := d.toks[c].sent
	j := c - 1
	for n := 0; n < 2 && d.wordOK(j, sent) && d.toks[j].kind == kWord && d.toks[j].flags&wAdv != 0; n++ {
		j-- // "also found"
	}
	j = d.timeBefore(j, sent)
	if d.wordOK(j, sent) && d.in(j, lIssueVerb) {
		j-- // "the survey published Wednesday found"
	}
	return d.wordOK(j, sent) && d.toks[j].kind == kWord && !d.toks[j].cap && surveyNouns[string(d.wordKey(j))]
}

// surveyNouns are the subjects that find in words: polls and surveys
// measure what people say, so their findings are reported speech; a study's
// or an inquiry's findings are results, the writer's to tell.
var surveyNouns = map[string]bool{"survey": true, "surveys": true, "poll": true, "polls": true}
