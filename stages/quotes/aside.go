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
		default:
			// "…, but officials did not say when", "…, but the army
			// gave no details": any subject of the writer's, a plural
			// of speakers or a name, as well as a pronoun.
			if m := d.mention(k); m >= 0 && d.ments[m].fullFirst == k {
				k = d.ments[m].last + 1
			} else if t := &d.toks[k]; t.kind == kWord && t.flags&wSpeakerNoun != 0 && t.flags&wPlural != 0 {
				k++
			}
		}
	}
	if k > last || d.toks[k].kind != kWord {
		return false
	}
	if d.in(k, lAsideVerb) || d.unableAt(k, last) {
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

// unableAt: "was not able to say", "were unable to confirm".
func (d *doc) unableAt(k, last int32) bool {
	if !d.lowerIs(k, "was") && !d.lowerIs(k, "were") {
		return false
	}
	if k++; k <= last && d.lowerIs(k, "not") {
		k++
	}
	return k <= last && (d.lowerIs(k, "able") || d.lowerIs(k, "unable"))
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

// midAside: "Instead, they said, soft soil gave way", "The others, he
// said, will be charged": an attribution set off by commas inside the
// sentence. After a connective ("because, it said, no …", "which, they
// say, the army …") or a lone adverb the report is what follows it; after
// a subject whose verb follows the aside, the whole sentence is reported.
func (d *doc) midAside(ev *event, first, last int32) (int32, int32) {
	sp := d.spkStart(&ev.sp)
	if ev.inverted || ev.accord || sp-2 < first || !d.isPunct(sp-1, ',') {
		return -1, -1
	}
	c := d.skipAdverbial(ev.cue1+1, last)
	if c+1 > last || !d.asideAt(ev) {
		return -1, -1
	}
	pre := sp - 2
	if d.toks[pre].kind != kWord {
		return -1, -1
	}
	a := d.clauseStart(first, pre)
	if pre == a && a == first || d.connective(pre) {
		return c + 1, last // "Instead, they said, …", "because, it said, …"
	}
	// A subject of at most a few words with no verb, then a finite verb.
	if pre-a < 4 && d.clauseOpener(a) && (d.in(c+1, lFinite) || d.modal(c+1)) {
		for k := a; k <= pre; k++ {
			if d.toks[k].kind != kWord || d.in(k, lFinite) || d.toks[k].flags&wCue != 0 {
				return -1, -1
			}
		}
		return a, last
	}
	return -1, -1
}

// connective: a word that leaves its clause to what follows it.
func (d *doc) connective(k int32) bool {
	return d.lowerIn(k, connectives)
}

var connectives = newWordSet(`because which that since although though while so but and as if when where whereas however instead`)

// asideAt: the verb of ev is followed by a comma and more of its sentence
// ("…, he said, will be charged").
func (d *doc) asideAt(ev *event) bool {
	last := int32(len(d.toks)) - 1
	c := d.skipAdverbial(ev.cue1+1, last)
	return c+1 <= last && d.isPunct(c, ',') && d.toks[c+1].kind == kWord && d.toks[c+1].sent == ev.sent
}
