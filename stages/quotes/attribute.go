package quotes

import (
	"strings"
	"unicode"

	"github.com/wirestream/wirestream/schemas"
)

// How a quoted span enters its sentence.
const (
	introStart    = iota // opens the sentence or paragraph: a whole utterance
	introColon           // after "said:" or a colon
	introComma           // after "said," or a comma
	introEmbedded        // inside a sentence: a fragment
)

// Attribution strength: a cue next to the quote beats one found in context.
const (
	strNone = iota
	strContext
	strSentence
)

func (d *doc) intro(q *qspan) int {
	p := q.open - 1
	if p < 0 || d.toks[p].para != q.para || d.sentenceInitial(q.open) {
		return introStart
	}
	switch {
	case d.isPunct(p, ':'):
		return introColon
	case d.isPunct(p, ','):
		return introComma
	case d.toks[p].kind == kMark:
		return introStart
	}
	return introEmbedded
}

// words counts the word tokens of a span.
func (d *doc) words(q *qspan) int {
	n := 0
	for k := q.first; k <= q.last; k++ {
		if d.toks[k].kind == kWord {
			n++
		}
	}
	return n
}

// endsUtterance: the words end with the punctuation of a sentence or of an
// interrupted one ("…," she said).
func (d *doc) endsUtterance(q *qspan) bool {
	switch d.r[q.e-1] {
	case '.', ',', '?', '!', '…', '—', ';':
		return true
	}
	return false
}

// endsSentence: the words end with a full stop, question or exclamation.
func (d *doc) endsSentence(q *qspan) bool {
	switch d.r[q.e-1] {
	case '.', '?', '!', '…':
		return true
	}
	return false
}

// titleCase: every content word capitalised, as in the name of a work.
func (d *doc) titleCase(q *qspan) bool {
	seen := false
	for k := q.first; k <= q.last; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		if !t.cap && t.flags&wFunc == 0 {
			return false
		}
		seen = seen || t.cap
	}
	return seen
}

// firstEventFrom is the index of the first event whose cue is at or after k.
func (d *doc) firstEventFrom(k int32) int {
	lo, hi := 0, len(d.events)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.events[mid].cue0 < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// spkStart is the first token of a speaker as written, titles included.
func (d *doc) spkStart(s *spk) int32 {
	if s.ment >= 0 {
		return d.ments[s.ment].fullFirst
	}
	return s.first
}

// trailing finds the attribution right after a closing mark: `"…," Peskov
// said`, `"…," said Steven Pifer, a former ambassador`, `"…?" she asked`.
func (d *doc) trailing(q *qspan) int {
	if q.close < 0 {
		return -1
	}
	k := q.close + 1
	if d.isPunct(k, ',') || d.isPunct(k, '—') {
		k++
	}
	if k >= int32(len(d.toks)) || d.toks[k].para != q.para {
		return -1
	}
	if d.r[q.e-1] == '.' && d.toks[k].cap {
		return -1 // a new sentence starts after the quote
	}
	// "says he is "fairly confident" the board will report": a fragment
	// that ends with no mark of its own and no comma, after a verb of
	// saying in its sentence, goes on with that verb's clause.
	if k == q.close+1 && !d.endsUtterance(q) && d.r[q.e-1] != '.' && d.sentenceEvent(q, -1, true) >= 0 {
		return -1
	}
	if t := &d.toks[k]; t.kind == kWord && t.flags&wPrep != 0 && !d.lowerIs(k, "according") {
		return -1 // `"blackmailer" for doubling the price it charges`: a phrase, not an attribution
	}
	for i := d.firstEventFrom(k); i < len(d.events); i++ {
		ev := &d.events[i]
		if ev.cue0 > k+30 || ev.para != q.para {
			return -1
		}
		if d.blocked(k, ev.cue0) {
			return -1
		}
		if ev.inverted && ev.cue0 == k {
			return i
		}
		// The speaker opens the attribution, or follows a role in
		// apposition ("a Commission spokeswoman, Ana Pisonero, told").
		// A name that opens the attribution may carry a long apposition
		// ("Jim Chilton, senior vice president for …, said").
		if !ev.inverted && d.spkStart(&ev.sp) >= k && (ev.cue0 <= k+15 || d.spkStart(&ev.sp) == k && ev.sp.ment >= 0) &&
			!d.subordinate(k, d.spkStart(&ev.sp)) {
			return i
		}
		return -1
	}
	return -1
}

// leading finds the attribution that introduces a quote, the verb right
// before its comma or colon (`he said, "…"`, `Smith told reporters: "…"`).
// It beats one after the quote: in `he said, "…," the office said` the
// office reports what he said.
func (d *doc) leading(q *qspan) int {
	p := q.open - 1 // the comma or colon
	if !d.isPunct(p, ',') && !d.isPunct(p, ':') || d.toks[p].para != q.para {
		return -1
	}
	for i := d.firstEventFrom(p - 3); i < len(d.events) && d.events[i].cue0 < p; i++ {
		ev := &d.events[i]
		if ev.inverted || ev.accord || ev.weak || ev.para != q.para {
			continue
		}
		// The verb, or the verb and a short complement ("told
		// reporters:", "said Tuesday,").
		if ev.cue1 == p-1 || d.shortTail(ev.cue1+1, p-1) {
			return i
		}
	}
	return -1
}

// shortTail: tokens [a, b] are at most three words.
func (d *doc) shortTail(a, b int32) bool {
	if b < a || b-a > 2 {
		return false
	}
	for k := a; k <= b; k++ {
		if d.toks[k].kind != kWord {
			return false
		}
	}
	return true
}

// subordinate: a conjunction or a relative in tokens [a, b) opens another
// clause before the speaker (`"deliver" before the administration would
// agree`, `"…" is on billboards in which people say`): that verb is not the
// quote's attribution.
func (d *doc) subordinate(a, b int32) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == kWord && (d.toks[k].flags&wRelative != 0 || d.toks[k].e-d.toks[k].s <= 8 && d.in(k, lSubordinator)) {
			return true
		}
	}
	return false
}

var subordinators = map[string]bool{"before": true, "after": true, "because": true, "when": true, "while": true,
	"if": true, "until": true, "unless": true, "although": true, "though": true, "whereas": true, "once": true}

// blocked: a sentence end or a quotation mark between tokens a and b.
func (d *doc) blocked(a, b int32) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind == kMark || t.quote >= 0 {
			return true
		}
		if t.kind == kPunct {
			switch d.r[t.s] {
			case '.', '?', '!', ';':
				return true
			}
		}
	}
	return false
}

// sentenceEvent is the nearest event of q's sentence before it (dir < 0) or
// after it (dir > 0), skipping proposal verbs when weakOK is false.
func (d *doc) sentenceEvent(q *qspan, dir int, weakOK bool) int {
	sent := d.toks[q.open].sent
	if dir < 0 {
		for i, n := d.firstEventFrom(q.open)-1, 0; i >= 0 && n < 8; i, n = i-1, n+1 {
			ev := &d.events[i]
			if ev.sent != sent && d.toks[ev.cue0].sent != d.toks[q.first].sent || ev.para != q.para {
				return -1
			}
			if d.relativeBetween(ev.cue1+1, q.open) {
				return -1 // `said Rasgon, who rates the stock "market perform"`
			}
			if ev.eval && !d.judges(ev, q) {
				continue
			}
			if !ev.weak || weakOK {
				return d.outerPerson(i)
			}
		}
		return -1
	}
	end := q.last + 1
	if q.close >= 0 {
		end = q.close + 1
	}
	for i, n := d.firstEventFrom(end), 0; i < len(d.events) && n < 8; i, n = i+1, n+1 {
		ev := &d.events[i]
		if ev.sent != d.toks[q.last].sent || ev.para != q.para {
			return -1
		}
		if ev.eval || ev.forTo {
			continue // a judging verb's quote follows it, as "for X to say"'s words do
		}
		if !ev.weak || weakOK {
			return i
		}
	}
	return -1
}

// attribute turns the quoted spans into quotes of kind direct or mixed, with
// speakers; scare quotes and titles are left out.
func (d *doc) attribute(out []schemas.Quote) []schemas.Quote {
	n := len(d.spans)
	d.evOf, d.str, d.keep, d.mixed = grow(d.evOf, n), grow(d.str, n), grow(d.keep, n), grow(d.mixed, n)
	evOf, str, keep, mixed := d.evOf, d.str, d.keep, d.mixed
	d.kept = keep
	for i := range d.spans {
		// Words a speech noun gives to its owner ("comments he made
		// regarding "…"") are the owner's, whoever reports them.
		if m := d.speechOwner(&d.spans[i]); m >= 0 {
			evOf[i], str[i] = d.synthEvent(m, d.spans[i].para), strSentence
			continue
		}
		if m := d.answerOwner(&d.spans[i]); m >= 0 {
			evOf[i], str[i] = d.synthEvent(m, d.spans[i].para), strSentence
			continue
		}
		evOf[i] = int32(d.leading(&d.spans[i]))
		if evOf[i] < 0 {
			evOf[i] = int32(d.trailing(&d.spans[i]))
		}
		if evOf[i] >= 0 {
			str[i] = strSentence
		}
	}
	for i := range d.spans {
		q := &d.spans[i]
		in := d.intro(q)
		w := d.words(q)
		// The "road map" peace plan: a name.
		if evOf[i] == -1 && (in == introStart && d.usedAsName(q) || d.inscription(q) || d.listedName(i) || d.entitled(q) || d.planName(q)) {
			continue
		}
		// A name in title case in parentheses: `The document ("Doctrine
		// for Joint Nuclear Operations") was drafted`.
		if evOf[i] == -1 && d.isPunct(q.open-1, '(') && d.isPunct(q.close+1, ')') && d.titleCase(q) {
			continue
		}
		// A title after a comma or colon that no verb of saying leads to:
		// "followed by the after show, "The Talking Dead."", "a success
		// for him: "Don't Go Breaking My Heart"".
		if evOf[i] == -1 && (in == introComma || d.isPunct(q.open-1, ':')) && w <= 8 && d.titleCase(q) &&
			(!d.cueBefore(q) || d.in(q.open-2, lWorkNoun)) {
			continue // "her biggest hit, "…"" even in a reported clause
		}
		if in == introEmbedded || w <= 3 && !d.endsUtterance(q) && evOf[i] == -1 {
			// A fragment: speech only when a reporting verb governs it.
			// A name of a work, show or slogan in title case, even with
			// the American full stop inside (CNN's "State of the Union.").
			if d.titleCase(q) && (!d.endsSentence(q) || w <= 6 && in == introEmbedded) || d.soCalled(q) || d.soCalledOpen(q) || d.naming(q) || d.namedAfter(q) {
				continue
			}
			if evOf[i] == -1 {
				if e := d.sentenceEvent(q, -1, false); e >= 0 {
					if d.labelInClause(q, &d.events[e]) {
						continue
					}
					evOf[i], str[i] = int32(e), strSentence
				} else if e := d.sentenceEvent(q, 1, false); e >= 0 {
					evOf[i], str[i] = int32(e), strSentence
				} else if e := d.sentenceEvent(q, -1, true); e >= 0 && d.urgedTo(&d.events[e], q) {
					evOf[i], str[i] = int32(e), strSentence
				}
			}
			if evOf[i] == -1 && w < 6 {
				continue // a scare quote or a term
			}
			keep[i], mixed[i] = true, in == introEmbedded
			if evOf[i] != -1 || in == introEmbedded && d.cueBefore(q) {
				continue // speech of a subject not found ("Fifty-one percent say that")
			}
		}
		keep[i] = true
		if evOf[i] != -1 {
			continue
		}
		if e := d.sentenceEvent(q, -1, true); e >= 0 {
			evOf[i], str[i] = int32(e), strSentence
			continue
		}
		// "Adnan Amin, head of the agency, is certain: "…"": the named
		// subject of the clause the colon ends speaks.
		if d.isPunct(q.open-1, ':') {
			if s := d.subjectOf(q.open - 1); s.ok() && s.ment >= 0 && d.ments[s.ment].typ != tPlace {
				evOf[i], str[i] = d.synthEvent(s.ment, q.para), strSentence
				continue
			}
		}
		evOf[i], str[i] = d.contextEvent(i, evOf), strContext
	}
	// A pull quote repeats words quoted with their speaker elsewhere in the
	// story: it takes that speaker, not the voice around it.
	for i := range d.spans {
		if keep[i] && str[i] == strContext {
			if j := d.repeatedIn(i); j >= 0 {
				evOf[i], str[i] = evOf[j], strSentence
			}
		}
	}
	// A quote over several paragraphs has one speaker: the one named in
	// any of its pieces.
	for i := n - 2; i >= 0; i-- {
		if d.spans[i].contNext && d.spans[i+1].contPrev && str[i+1] == strSentence && str[i] != strSentence {
			evOf[i], str[i] = evOf[i+1], str[i+1]
		}
	}
	for i := 1; i < n; i++ {
		if d.spans[i].contPrev && d.spans[i-1].contNext && str[i] != strSentence && keep[i-1] {
			evOf[i], str[i] = evOf[i-1], str[i-1]
		}
	}
	for i := 0; i < n; i++ {
		if !keep[i] {
			continue
		}
		q := &d.spans[i]
		kind := schemas.KindDirect
		if mixed[i] {
			kind = schemas.KindMixed
		}
		// A quote over several paragraphs is one utterance, as a reader
		// takes it: one quote from its first word to its last, the marks
		// that reopen it inside.
		end, ev := q.e, d.eventOf(evOf[i])
		for i+1 < n && d.spans[i].contNext && d.spans[i+1].contPrev && keep[i+1] {
			i++
			end = d.spans[i].e
		}
		qo := schemas.Quote{Start: int(q.s), End: int(end), Text: d.text(q.s, end), Kind: kind}
		if ev != nil {
			qo.Speaker = d.speakerOut(&ev.sp)
			if ev.cue0 >= 0 {
				qo.Cue = d.cueOut(ev)
			}
		}
		out = append(out, qo)
	}
	return out
}

// workNouns name a work whose title may follow after a comma.
var workNouns = map[string]bool{"hit": true, "song": true, "single": true, "album": true, "film": true,
	"movie": true, "book": true, "novel": true, "play": true, "show": true, "series": true, "poem": true,
	"anthem": true, "documentary": true, "memoir": true, "opera": true, "musical": true}

// usedAsName: quoted words without closing punctuation that open their
// sentence and that a verb such as "is" follows (`"Meth. We're on it" is
// rolling out`): the sentence talks about a slogan or a title, it does not
// quote anyone.
func (d *doc) usedAsName(q *qspan) bool {
	k := q.close + 1
	if q.close < 0 || d.endsUtterance(q) || k >= int32(len(d.toks)) || d.toks[k].para != q.para || d.toks[k].kind != kWord {
		return false
	}
	return d.toks[k].e-d.toks[k].s <= 6 && d.in(k, lNameVerb)
}

var nameVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "became": true, "becomes": true, "remains": true, "will": true, "would": true}

// repeatedIn: span i is a paragraph of its own (a pull quote's layout) of
// five words or more, and a kept quote near it, attributed in its sentence,
// holds all its words but the first (whose capital may differ): that
// quote, or -1.
func (d *doc) repeatedIn(i int) int {
	q := &d.spans[i]
	if d.words(q) < 5 || q.open > 0 && d.toks[q.open-1].para == q.para ||
		q.close < 0 || int(q.close)+1 < len(d.toks) && d.toks[q.close+1].para == q.para {
		return -1
	}
	s, e := q.s, q.e
	for s < e && !unicode.IsSpace(d.r[s]) {
		s++
	}
	for e > s && unicode.IsPunct(d.r[e-1]) {
		e--
	}
	words := d.text(s, e)
	for j := max(0, i-40); j < len(d.spans) && j <= i+40; j++ {
		if p := &d.spans[j]; j != i && d.kept[j] && d.str[j] == strSentence && p.e-p.s >= e-s &&
			strings.Contains(d.text(p.s, p.e), words) {
			return j
		}
	}
	return -1
}

// contextEvent attributes a quote with no cue of its own: the last speaker
// of its paragraph, or the person the paragraph is about (`Jones disagreed.
// "…"`), else the speaker of the next quote in the paragraph (`"…." "…," he
// said.`), else the last speaker before it (continuation).
func (d *doc) contextEvent(i int, evOf []int32) int32 {
	q := &d.spans[i]
	if a := d.answerTo(i, evOf); a != -1 {
		return a
	}
	prev := d.firstEventFrom(q.open) - 1
	subj := d.paragraphSubject(q)
	if subj >= 0 && prev >= 0 && d.events[prev].cue0 > d.ments[subj].last {
		subj = -1 // a speaker came after the subject
	}
	if prev >= 0 && d.events[prev].para == q.para && subj < 0 {
		return int32(prev)
	}
	if subj >= 0 && !q.contPrev {
		return d.synthEvent(subj, q.para)
	}
	for j := i + 1; j < len(d.spans) && j < i+4 && d.spans[j].para == q.para; j++ {
		if evOf[j] >= 0 {
			return evOf[j]
		}
	}
	if q.contPrev && i > 0 && evOf[i-1] != -1 {
		return evOf[i-1]
	}
	if prev >= 0 {
		return int32(prev)
	}
	return -1
}

// answerTo: '"Beware of that man," said the Swallow. "Why, what is he
// doing?" said the others. "That is hemp seed …"': a quote with no
// attribution that opens the sentence right after a quoted question is the
// answer, given by the one who spoke before the asker; the attribution of
// that earlier quote, or -1. A question the same speaker asked and a
// quote of the asker's own sentence go on as before.
func (d *doc) answerTo(i int, evOf []int32) int32 {
	if i < 2 {
		return -1
	}
	q, ask, prev := &d.spans[i], &d.spans[i-1], &d.spans[i-2]
	if ask.close < 0 || prev.close < 0 || ask.para != q.para || prev.para != q.para || q.contPrev ||
		d.r[ask.e-1] != '?' || d.toks[ask.close].sent == d.toks[q.open].sent || d.sentFirst(q.open) != q.open {
		return -1
	}
	a, b := d.eventOf(evOf[i-2]), d.eventOf(evOf[i-1])
	if a == nil || b == nil || a == b || a.sp.name == "" || b.sp.name == "" || a.sp.name == b.sp.name ||
		a.sp.pron != pNone && a.sp.ent < 0 || a.sp.ent >= 0 && a.sp.ent == b.sp.ent {
		return -1
	}
	// The question's attribution ends its sentence; the answer opens the next.
	if d.toks[ask.close].sent+1 != d.toks[q.open].sent {
		return -1
	}
	return evOf[i-2]
}

// synthEvent records mention m as a speaker found without a verb and
// returns its attribution code.
func (d *doc) synthEvent(m, para int32) int32 {
	mm := &d.ments[m]
	d.synth = append(d.synth, event{cue0: -1, cue1: -1, para: para,
		sp: spk{first: mm.first, last: mm.last, ment: m, ent: mm.entity, name: d.entityName(mm.entity)}})
	return int32(-2 - (len(d.synth) - 1))
}

// paragraphSubject is the last person or organisation that opens a sentence
// before q, outside quotes, in q's paragraph or, when q opens its paragraph,
// in the one before ("Maria Lopez runs a bakery.¶"It has been hard.""), or
// -1.
func (d *doc) paragraphSubject(q *qspan) int32 {
	minPara := q.para
	if q.open == 0 || d.toks[q.open-1].para != q.para {
		minPara = q.para - 1
	}
	m := d.mentionBefore(q.open)
	for n := 0; m >= 0 && n < 12; m, n = m-1, n+1 {
		mm := &d.ments[m]
		if d.toks[mm.last].para < minPara {
			return -1
		}
		if mm.inQuote || !d.subjectLike(mm) {
			continue
		}
		t := d.ents[mm.entity].typ
		if d.toks[mm.last].para != q.para {
			// Across paragraphs only a person the text turned to counts,
			// not a heading or an organisation named in passing.
			en := &d.ents[mm.entity]
			if t == tPer && !mm.weak && (en.gender != 0 || en.titled) {
				return m
			}
			continue
		}
		if t == tPer || t == tOrg {
			return m
		}
	}
	return -1
}

// cueBefore: a reporting verb earlier in q's sentence, outside quotes.
func (d *doc) cueBefore(q *qspan) bool {
	sent := d.toks[q.open].sent
	for k, n := q.open-1, 0; k >= 0 && n < 40 && d.toks[k].sent == sent; k, n = k-1, n+1 {
		if t := &d.toks[k]; t.kind == kWord && t.quote < 0 && t.flags&wCue != 0 && t.flags&wCueWeak == 0 {
			return true
		}
	}
	return false
}

// relativeBetween: a relative clause outside quotes in tokens [a, b) that
// is still open at b. One closed by a comma ("described Russia's actions in
// Crimea, which it annexed, as "very reasonable"") hands back to the verb.
func (d *doc) relativeBetween(a, b int32) bool {
	if b-a > 60 {
		return false
	}
	open := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if !open && d.lowerIs(k, "that") {
			return false // "said that a man who was freed should "…"": inside the reported clause
		}
		// Only a relative after a comma is a clause of its own: "called
		// those who deny it "bigots."" still names the object the verb
		// qualifies.
		if t.kind == kWord && t.quote < 0 && t.flags&wRelative != 0 && d.isPunct(k-1, ',') {
			open = true
		} else if open && d.isPunct(k, ',') && k > a && !d.isPunct(k-1, ',') && d.relativeBefore(a, k) {
			open = false
		}
	}
	return open
}

// relativeBefore: the relative word of the clause that a comma at k closes
// came after a comma too ("Crimea, which it annexed,"): a parenthesis.
func (d *doc) relativeBefore(a, k int32) bool {
	for j := k - 1; j >= a; j-- {
		if d.toks[j].kind == kWord && d.toks[j].flags&wRelative != 0 {
			return d.isPunct(j-1, ',')
		}
	}
	return false
}

// eventOf decodes an attribution: an event index, or a synthetic one.
func (d *doc) eventOf(v int32) *event {
	switch {
	case v >= 0:
		return &d.events[v]
	case v <= -2:
		return &d.synth[-2-v]
	}
	return nil
}

func (d *doc) speakerOut(s *spk) *schemas.Speaker {
	if !s.ok() {
		return nil
	}
	a, b := d.toks[s.first].s, d.toks[s.last].e
	name := s.name
	if name == "" {
		name = d.text(a, b)
	}
	sp := schemas.Speaker{Start: int(a), End: int(b), Text: d.text(a, b), Name: name}
	if len(d.outSpk) < cap(d.outSpk) {
		d.outSpk = append(d.outSpk, sp)
		return &d.outSpk[len(d.outSpk)-1]
	}
	return clonePtr(sp)
}

// clonePtr copies v to the heap; apart so that the arena path's value stays
// on the stack.
func clonePtr[T any](v T) *T { return &v }

func (d *doc) cueOut(ev *event) *schemas.Mention {
	a, b := d.toks[ev.cue0].s, d.toks[ev.cue1].e
	c := schemas.Mention{Start: int(a), End: int(b), Text: d.text(a, b)}
	if len(d.outCue) < cap(d.outCue) {
		d.outCue = append(d.outCue, c)
		return &d.outCue[len(d.outCue)-1]
	}
	return clonePtr(c)
}

// naming: a phrase that gives a name or a label, not words said: "a group
// calling itself "…"", "the plan known as the "…"", "would be labeled an
// "…"".
func (d *doc) naming(q *qspan) bool {
	p := q.open - 1
	if p >= 0 && d.toks[p].kind == kWord && d.toks[p].flags&wDet != 0 {
		p-- // "the", "an"
	}
	if p < 1 || d.toks[p].kind != kWord || d.toks[p].quote >= 0 {
		return false
	}
	prev := string(d.wordKey(p - 1))
	switch string(d.wordKey(p)) {
	case "itself", "themselves", "himself", "herself":
		return prev == "calling" || prev == "calls" || prev == "called" || prev == "call"
	case "as":
		return prev == "known" || prev == "translated" || prev == "mistranslated"
	case "labeled", "labelled", "called", "dubbed", "named", "termed", "branded":
		return d.toks[p-1].flags&wPassive != 0 // "be labeled", "was dubbed"
	case "word", "words", "term", "phrase":
		return true // the word "…": a word talked about, not said
	case "for":
		return prev == "word" || prev == "term" // "the Farsi word for "…""
	case "into":
		return prev == "translated" || prev == "mistranslated" // "translated into "…""
	}
	return false
}

// entitled: a title, not words said: "an opinion article entitled, "Coups
// in Africa Do Not Occur Out of Nothing."", "a book titled "…"".
func (d *doc) entitled(q *qspan) bool {
	p := q.open - 1
	if d.isPunct(p, ',') || d.isPunct(p, ':') {
		p--
	}
	return p >= 0 && d.toks[p].kind == kWord && (d.lowerIs(p, "entitled") || d.lowerIs(p, "titled"))
}

// inscription: words written on a thing, "a banner that read: "…"",
// "signs reading "…"": a slogan, nobody's speech.
func (d *doc) inscription(q *qspan) bool {
	p := q.open - 1
	if d.isPunct(p, ':') || d.isPunct(p, ',') {
		p--
	}
	if p < 1 || d.toks[p].para != q.para || !(d.lowerIs(p, "read") || d.lowerIs(p, "reads") || d.lowerIs(p, "reading")) {
		return false
	}
	b := &d.toks[p-1]
	return b.kind == kWord && !b.cap && d.mentAt[p-1] < 0 && (b.flags&wRelative != 0 || d.lowerIs(p-1, "that") ||
		b.flags&(wSpeakerNoun|wFunc|wPrep|wCue) == 0)
}

// soCalled: `the so-called "energy truce"` marks a term, not speech.
func (d *doc) soCalled(q *qspan) bool {
	p := q.open - 1
	if p < 0 || d.toks[p].kind != kWord {
		return false
	}
	t := &d.toks[p]
	w := d.r[t.s:t.e]
	return len(w) == 9 && unicode.ToLower(w[0]) == 's' && unicode.ToLower(w[1]) == 'o' && w[2] == '-' && unicode.ToLower(w[3]) == 'c'
}

// outerPerson: "Pompeo said that … Washington had concluded the settlements
// were "not … inconsistent"": words quoted inside a report that a person
// makes of a body's or a place's view are that person's. Event i's
// speaker, when it is no person and stands in the clause of the report
// before it in the sentence, whose speaker is a person, gives way to that
// one; else i.
func (d *doc) outerPerson(i int) int {
	if i == 0 {
		return i
	}
	ev, o := &d.events[i], &d.events[i-1]
	if o.sent != ev.sent || o.inverted || o.accord || o.cue1 >= d.spkStart(&ev.sp) || ev.inverted || ev.accord {
		return i
	}
	isPerson := func(sp *spk) bool {
		return sp.pron == pHe || sp.pron == pShe || sp.ent >= 0 && d.ents[sp.ent].typ == tPer
	}
	if isPerson(&ev.sp) || ev.sp.pron != pNone || !isPerson(&o.sp) || ev.sp.ent < 0 || !d.reportsClause(o) {
		return i
	}
	return i - 1
}
