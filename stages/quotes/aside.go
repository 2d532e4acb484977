package quotes

// writerAside: after ", but" the writer reports what the speaker did not
// say ("…, but he gave no details", "…, but declined to elaborate", "…, but
// she did not say when"): the reported clause ends before it. A clause of
// the speaker's own ("…, but it would take time") goes on.
func (d *doc) writerAside(k, last int32) bool {
	if k > last || !d.lowerIs(k, "but") {
		return false
	}
	k++
	if k <= last {
		switch d.pronounKind(k) {
		case pHe, pShe, pThey, pIt:
			k++
		}
	}
	if k > last || d.toks[k].kind != kWord {
		return false
	}
	if d.in(k, lAsideVerb) {
		return true
	}
	// "did not say", "would not elaborate", "didn't give details".
	if !(d.lowerIs(k, "did") || d.lowerIs(k, "would") || d.lowerIs(k, "didn't") || d.lowerIs(k, "wouldn't")) {
		return false
	}
	if k+1 <= last && d.lowerIs(k+1, "not") {
		k++
	}
	return k+1 <= last && d.in(k+1, lWithheldVerb)
}

// asideVerbs report a refusal or a gap ("gave no details", "declined to
// comment"); withheldVerbs follow "did not" ("did not elaborate").
var asideVerbs = map[string]bool{"gave": true, "declined": true, "refused": true, "offered": true,
	"provided": true}

var withheldVerbs = map[string]bool{"say": true, "elaborate": true, "give": true, "provide": true,
	"specify": true, "disclose": true, "comment": true, "detail": true, "explain": true, "offer": true,
	"name": true, "identify": true, "know": true}

// judgeVerbs: past verbs of praise or blame that take an object ("slammed
// the hearings", "praised the staff"): a speaker's act beside the report.
var judgeVerbs = map[string]bool{"slammed": true, "blasted": true, "criticized": true, "criticised": true,
	"praised": true, "dismissed": true, "rejected": true, "condemned": true, "attacked": true, "hailed": true,
	"welcomed": true, "lambasted": true, "decried": true, "denounced": true, "mocked": true, "ridiculed": true,
	"derided": true, "thanked": true, "blamed": true}
