package quotes

import (
	"github.com/wirestream/wirestream/schemas"
)

// A speaker ranker, measured against the rules (rank_train_test.go) and
// not shipped: it did not beat them. For a quote the rules attributed it
// weighs the speakers the text around it offers: the names and
// organisations of the quote's sentences, the two before and the one
// after, the subjects of the verbs of saying there, and the rules' own
// choice. Each candidate is a handful of hashed features, scored by a
// linear model (an averaged perceptron); the best one speaks.

// rankBits sizes the hashed feature space.
const (
	rankBits  = 12
	rankSize  = 1 << rankBits
	rankMaxC  = 12 // candidates weighed per quote, nearest first
	rankFeats = 24 // features per candidate at most
	rankBack  = 2  // sentences before the quote's first one looked at
	rankAhead = 1  // sentences after its last one
)

// rankCand is one speaker weighed for a quote.
type rankCand struct {
	ent         int32  // entity, or -1 (a role or pronoun only the rules name)
	first, last int32  // tokens of its mention nearest the quote
	name        string // what the quote's speaker name becomes
	rule        bool   // the rules' choice
	// Evidence gathered from the window, turned into features by rankFeats.
	nBefore, nAfter int32 // mentions before and after the quote in the window
	distTok         int32 // tokens between the nearest mention and the quote
	distSent        int32 // sentences between them (negative: after it)
	subjLike        bool  // some mention opens its clause
	evSame          bool  // subject of a verb of saying in the quote's sentences
	evWin           bool  // subject of one in the window
	evCue           bool  // subject of the quote's own cue
	spokeBefore     bool  // subject of a verb of saying before the window
	prevSpk         bool  // the speaker of the quote before
	prepBefore      bool  // its nearest mention follows a preposition
	possAfter       bool  // its nearest mention is a possessive ("Smith's")
	inQuoteSent     bool  // its nearest mention is in a sentence of the quote
	weak            bool  // its nearest mention is one capitalised word opening a sentence
	f               [rankFeats]uint16
	ft              [rankFeats]uint8 // each feature's template, for training
	nf              int
}

// rankInfo describes a quote to the features: how the rules attributed it.
type rankInfo struct {
	kind      uint8 // 0 direct, 1 mixed, 2 indirect
	ruleKind  uint8 // the rules' speaker: 0 none, 1 name, 2 pronoun, 3 other (a role)
	rulePron  int8
	hasCue    bool
	cueAfter  bool // the cue follows the quote
	cueDist   int32
	t0, t1    int32  // the quote's first and last tokens
	s0, s1    int32  // their sentences
	cueEnt    int32  // entity of the cue's subject, -1
	ruleHead  uint32 // a hash of the last word of the rules' speaker
	ruleEnt   int32
	nCands    int
	ruleIndex int
}

// tokenAt is the first token that ends after rune offset r.
func (d *doc) tokenAt(r int32) int32 {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.toks[mid].e <= r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return int32(lo)
}

// eachRanked calls each with every quote of qs (sorted by start), the
// rules' account of it and its candidates, features made. each may set the
// quote's speaker: the candidates of the next quote are made from the
// rules' speakers all the same.
func (d *doc) eachRanked(qs []schemas.Quote, each func(i int, info *rankInfo, cands []rankCand)) {
	if len(d.toks) == 0 {
		return
	}
	prev := ""
	for i := range qs {
		q := &qs[i]
		var info rankInfo
		cands := d.rankCands(q, prev, &info)
		if q.Speaker != nil {
			prev = q.Speaker.Name
		}
		each(i, &info, cands)
	}
}

// rankBuf holds one quote's candidates between calls.
var rankBuf []rankCand

// rankCands gathers quote q's candidates into d.cands, with their features.
func (d *doc) rankCands(q *schemas.Quote, prev string, info *rankInfo) []rankCand {
	cs := rankBuf[:0]
	t0 := d.tokenAt(int32(q.Start))
	t1 := d.tokenAt(int32(q.End) - 1)
	if t1 >= int32(len(d.toks)) {
		t1 = int32(len(d.toks)) - 1
	}
	if t0 > t1 {
		t0 = t1
	}
	*info = rankInfo{t0: t0, t1: t1, s0: d.toks[t0].sent, s1: d.toks[t1].sent, cueEnt: -1, ruleEnt: -1, ruleIndex: -1}
	switch q.Kind {
	case schemas.KindMixed:
		info.kind = 1
	case schemas.KindIndirect:
		info.kind = 2
	}
	lo, hi := info.s0-rankBack, info.s1+rankAhead
	// The quote's cue and the subject of its verb.
	if q.Cue != nil {
		info.hasCue = true
		c := d.tokenAt(int32(q.Cue.Start))
		info.cueAfter = c > t1
		if c > t1 {
			info.cueDist = c - t1
		} else {
			info.cueDist = t0 - c
		}
		if i := d.firstEventFrom(c); i < len(d.events) && d.events[i].cue0 == c {
			info.cueEnt = d.events[i].sp.ent
		}
	}
	// The rules' choice.
	if sp := q.Speaker; sp != nil {
		k := d.tokenAt(int32(sp.Start))
		info.ruleKind = 3
		if k < int32(len(d.toks)) {
			if p := d.pronounKind(k); p != pNone {
				info.ruleKind, info.rulePron = 2, p
			} else if m := d.mentAt[k]; m >= 0 {
				info.ruleKind = 1
			}
		}
		info.ruleEnt = d.entityNamed(sp.Name)
		last := d.tokenAt(int32(sp.End) - 1)
		if last < int32(len(d.toks)) {
			h := uint32(2166136261)
			for _, c := range d.wordKey(last) {
				h = (h ^ uint32(c)) * 16777619
			}
			info.ruleHead = h & 0xffff
		}
		cs = append(cs, rankCand{ent: info.ruleEnt, first: k, last: last, name: sp.Name, rule: true, distTok: -1})
	}
	// Names and organisations in the window, nearest first: back from the
	// quote, then on after it.
	m0 := d.mentionBefore(t0)
	for m := m0; m >= 0; m-- {
		mm := &d.ments[m]
		if d.toks[mm.last].sent < lo {
			break
		}
		cs = d.rankMention(cs, m, info, false)
	}
	for m := d.mentionBefore(t1+1) + 1; m < int32(len(d.ments)); m++ {
		mm := &d.ments[m]
		if d.toks[mm.first].sent > hi {
			break
		}
		cs = d.rankMention(cs, m, info, true)
	}
	// Subjects of verbs of saying in the window.
	for i := range d.events {
		ev := &d.events[i]
		s := d.toks[ev.cue0].sent
		if ev.sp.ent < 0 || !ev.sp.ok() {
			continue
		}
		if s < lo {
			if ev.cue0 < t0 {
				for k := range cs {
					if cs[k].ent == ev.sp.ent {
						cs[k].spokeBefore = true
					}
				}
			}
			continue
		}
		if s > hi {
			break
		}
		for k := range cs {
			if cs[k].ent == ev.sp.ent {
				cs[k].evWin = true
				if s >= info.s0 && s <= info.s1 {
					cs[k].evSame = true
				}
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		c.evCue = info.cueEnt >= 0 && c.ent == info.cueEnt
		c.prevSpk = prev != "" && c.name == prev
		if c.rule {
			info.ruleIndex = k
		}
	}
	info.nCands = len(cs)
	for k := range cs {
		// Its place by nearness to the quote, not in the list, whose head
		// is the rules' choice.
		near := 0
		for j := range cs {
			if cs[j].distTok >= 0 && (cs[k].distTok < 0 || cs[j].distTok < cs[k].distTok) {
				near++
			}
		}
		d.rankFeats(&cs[k], info, near)
	}
	rankBuf = cs
	return cs
}

// entityNamed is the entity whose fullest name is name, or -1.
func (d *doc) entityNamed(name string) int32 {
	for e := range d.ents {
		if d.entityName(int32(e)) == name {
			return int32(e)
		}
	}
	return -1
}

// rankMention adds mention m's entity to the candidates, or its evidence to
// the candidate already there.
func (d *doc) rankMention(cs []rankCand, m int32, info *rankInfo, after bool) []rankCand {
	mm := &d.ments[m]
	if mm.inQuote || mm.entity < 0 || mm.last >= info.t0 && mm.first <= info.t1 {
		return cs
	}
	e := mm.entity
	dt, ds := info.t0-mm.last, info.s0-d.toks[mm.last].sent
	if after {
		dt, ds = mm.first-info.t1, info.s1-d.toks[mm.first].sent
	}
	k := 0
	for k < len(cs) && cs[k].ent != e {
		k++
	}
	if k == len(cs) {
		if len(cs) >= rankMaxC {
			return cs
		}
		cs = append(cs, rankCand{ent: e, first: mm.fullFirst, last: mm.last, name: d.entityName(e), distTok: -1})
	}
	c := &cs[k]
	if after {
		c.nAfter++
	} else {
		c.nBefore++
	}
	if c.distTok < 0 || dt < c.distTok {
		c.distTok, c.distSent = dt, ds
		if c.rule {
			// The rules' own mention stays what is output.
		} else {
			c.first, c.last = mm.fullFirst, mm.last
		}
		c.prepBefore = mm.fullFirst > 0 && d.toks[mm.fullFirst-1].kind == kWord && d.toks[mm.fullFirst-1].flags&wPrep != 0
		c.possAfter = int(mm.last+1) < len(d.toks) && d.toks[mm.last+1].poss
		s := d.toks[mm.last].sent
		c.inQuoteSent = s >= info.s0 && s <= info.s1
		c.weak = mm.weak
	}
	c.subjLike = c.subjLike || d.subjectLike(mm)
	return cs
}

// Feature templates; a feature is a template and a small value, hashed.
const (
	ftRule     = iota + 1 // the rules' choice, by how they chose
	ftNotRule             // another candidate, by how the rules chose
	ftSent                // sentences from the quote, by quote kind
	ftTok                 // tokens from the quote, binned
	ftType                // entity type and gender
	ftEvent               // subject of a verb of saying: of the quote's cue, in its sentences, in the window
	ftSubj                // some mention opens its clause
	ftCount               // mentions in the window
	ftPrev                // the speaker of the quote before
	ftAgree               // gender against the rules' pronoun
	ftSpoke               // spoke before the window
	ftRole                // a role only the rules name
	ftWords               // words of the name
	ftOrder               // rank of the candidate by nearness
	ftPrep                // after a preposition, or possessive
	ftRuleHead            // the last word of the rules' speaker ("statement", "he")
	ftVs                  // how the rules chose, with what the candidate is
)

func rankHash(t, v uint32) uint16 {
	h := (t<<20 | v) * 0x9E3779B1
	h ^= h >> 15
	h *= 0x85EBCA6B
	return uint16(h >> (32 - rankBits))
}

func bin(n int32) uint32 {
	switch {
	case n <= 0:
		return 0
	case n <= 2:
		return 1
	case n <= 5:
		return 2
	case n <= 10:
		return 3
	case n <= 20:
		return 4
	case n <= 40:
		return 5
	}
	return 6
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// rankFeats fills c's features; k is its place by nearness.
// Only ftRule and ftRuleHead tell the rules' choice; the others describe
// the candidate alone or with how the rules chose (ftNotRule, ftVs).
func (d *doc) rankFeats(c *rankCand, info *rankInfo, k int) {
	c.nf = 0
	add := func(t, v uint32) {
		if c.nf < rankFeats {
			c.f[c.nf], c.ft[c.nf] = rankHash(t, v), uint8(t)
			c.nf++
		}
	}
	how := uint32(info.ruleKind) | b2u(info.hasCue)<<2 | b2u(info.cueAfter)<<3 | uint32(info.kind)<<4
	if c.rule {
		add(ftRule, how)
		add(ftRule, 1<<8|uint32(info.ruleKind)|bin(info.cueDist)<<2)
		add(ftRuleHead, info.ruleHead)
	}
	kind := uint32(info.kind)
	ds := uint32(15)
	if c.distTok >= 0 {
		ds = uint32(min(max(c.distSent, -2), 3) + 2)
		add(ftTok, bin(c.distTok)|b2u(c.distSent < 0)<<4)
	}
	add(ftSent, ds|kind<<4)
	typ, g := uint32(7), uint32(0)
	if c.ent >= 0 {
		en := &d.ents[c.ent]
		typ = uint32(en.typ)
		if en.gender > 0 {
			g = 1
		} else if en.gender < 0 {
			g = 2
		}
		add(ftType, typ|g<<4|b2u(en.titled)<<6|b2u(c.weak)<<7)
		if info.ruleKind == 2 {
			agree := uint32(0) // unknown
			switch {
			case info.rulePron == pHe && en.gender > 0, info.rulePron == pShe && en.gender < 0:
				agree = 1
			case info.rulePron == pHe && en.gender < 0, info.rulePron == pShe && en.gender > 0:
				agree = 2
			case info.rulePron == pIt || info.rulePron == pThey:
				agree = 3 + b2u(en.typ == tOrg)
			}
			add(ftAgree, agree)
		}
		m := &d.ments[en.best]
		add(ftWords, min(uint32(m.last-m.first), 3)|typ<<4)
	} else {
		add(ftRole, uint32(info.ruleKind))
	}
	ev := b2u(c.evCue) | b2u(c.evSame)<<1 | b2u(c.evWin)<<2
	add(ftEvent, ev)
	add(ftSubj, b2u(c.subjLike)|b2u(c.inQuoteSent)<<1)
	add(ftCount, min(uint32(c.nBefore), 3)|min(uint32(c.nAfter), 3)<<2)
	add(ftPrev, b2u(c.prevSpk)|uint32(info.ruleKind)<<2)
	add(ftSpoke, b2u(c.spokeBefore)|b2u(c.evWin)<<1)
	add(ftOrder, uint32(min(k, 4)))
	add(ftPrep, b2u(c.prepBefore)|b2u(c.possAfter)<<1)
	if !c.rule {
		// How the rules chose, against what this candidate is: a role or
		// a document the rules name may stand for an organisation near it.
		add(ftNotRule, how)
		add(ftVs, uint32(info.ruleKind)|typ<<2|ds<<5)
		add(ftVs, 1<<12|uint32(info.ruleKind)|ev<<2|b2u(c.subjLike)<<5|b2u(c.weak)<<6)
		add(ftRuleHead, 1<<16|info.ruleHead)
		add(ftVs, 2<<12|info.ruleHead<<3|typ)
	}
}
