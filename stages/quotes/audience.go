package quotes

// The listener of "told": news names the audience a speaker addressed
// ("told reporters", "told a rally in Lagos", "told a news conference",
// "told a crowd of supporters") before the reported clause, with no "that".

// The audience nouns are a lexicon class (wAudience), so a token carries
// it and testing a word is a bit test.
func init() {
	addWords(wAudience, `reporters journalists lawmakers legislators parliament congress senators investors analysts
		viewers listeners supporters audience crowd delegates jurors jury court committee students
		audiences crowds rally rallies conference conferences meeting meetings gathering briefing summit
		convention assembly forum seminar symposium session hearing congregation parliamentarians
		diplomats voters residents workers employees shareholders mourners worshippers graduates troops
		soldiers villagers farmers members leaders officials colleagues followers activists protesters
		demonstrators supporter town-hall webinar podcast panel council congressmen party caucus donors
		executives bankers businessmen correspondents`)
}

// audienceHead: the last word of an audience opening at j (after its
// determiner), through up to two plain modifiers ("a packed rally", "a
// joint news conference", "local reporters"), or -1.
func (d *doc) audienceHead(j, last int32) int32 {
	for h := j; h <= last && h < j+3; h++ {
		t := &d.toks[h]
		if t.kind != kWord || t.poss {
			return -1
		}
		if t.flags&wSpeakerNoun != 0 && !t.cap || t.flags&wAudience != 0 {
			// "a news conference", "the conference delegates": the
			// longest run of audience words.
			for h < last && d.toks[h+1].kind == kWord && !d.toks[h+1].cap && !d.toks[h+1].poss &&
				d.toks[h+1].flags&wAudience != 0 {
				h++
			}
			return h
		}
		if t.cap || t.flags&(wFunc|wCue|wPrep|wDet|wRelative) != 0 || d.dayWord(h) {
			return -1
		}
	}
	return -1
}

// audienceOf passes an "of" phrase after the audience ("a crowd of
// supporters", "a meeting of party leaders"), up to the reported clause;
// e itself when none follows. A finite auxiliary where the phrase stops
// shows its last word was the clause's subject ("a meeting of officials
// prices would rise").
func (d *doc) audienceOf(e, last int32) int32 {
	if e > last || !d.lowerIs(e, "of") {
		return e
	}
	p := e + 1
	if p <= last && d.toks[p].kind == kWord && d.toks[p].flags&wDet != 0 {
		p++
	}
	first := p
	for p <= last && p < first+4 {
		t := &d.toks[p]
		if t.kind != kWord || t.poss || t.flags&(wFunc|wCue|wPrep|wDet|wRelative) != 0 || d.dayWord(p) {
			break
		}
		p++
	}
	if p == first {
		return e // "told a meeting of the …" that is no phrase
	}
	if p > first+1 && p <= last && d.in(p, lFinite) {
		p--
	}
	return p
}
