package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

// rankedQuotes runs the stage on text and returns each quote's ranker
// account and candidates.
func rankedQuotes(t *testing.T, text string) ([]schemas.Quote, []rankInfo, [][]rankCand) {
	t.Helper()
	var infos []rankInfo
	var cands [][]rankCand
	rankHook = func(d *doc, qs []schemas.Quote) {
		d.eachRanked(qs, func(_ int, info *rankInfo, cs []rankCand) {
			infos = append(infos, *info)
			cands = append(cands, append([]rankCand(nil), cs...))
		})
	}
	defer func() { rankHook = nil }()
	paras, sents := segment.Split(text)
	return Extract(text, paras, sents), infos, cands
}

// TestRankCands checks the candidates and evidence the ranker gathers for
// a quote, on sentences written for it.
func TestRankCands(t *testing.T) {
	type cand struct {
		name                  string
		rule, evCue, evSame   bool
		distSent, nBef, nAftr int32
	}
	cases := []struct {
		text     string
		kind     string
		ruleKind uint8
		hasCue   bool
		cueAfter bool
		want     []cand // candidates that must be there, with their evidence
		absent   []string
	}{
		{
			text:     `Maria Lopez runs a bakery in Leeds. "It has been a hard year for all of us," she said.`,
			kind:     schemas.KindDirect,
			ruleKind: 2, hasCue: true, cueAfter: true,
			// "she" is Maria Lopez: the subject of the quote's cue.
			want: []cand{{name: "Maria Lopez", rule: true, evCue: true, evSame: true, distSent: 1, nBef: 1},
				{name: "Leeds", distSent: 1, nBef: 1}},
		},
		{
			text:     `"We will appeal the ruling as soon as we can," said Tom Baker, a lawyer for Acme Corp.`,
			kind:     schemas.KindDirect,
			ruleKind: 1, hasCue: true, cueAfter: true,
			want: []cand{{name: "Tom Baker", rule: true, evCue: true, evSame: true, nAftr: 1},
				{name: "Acme Corp", nAftr: 1}},
		},
		{
			// The names inside the reported clause are not candidates.
			text:     `Anna Berg told reporters the Ford plant in Ohio would close next year.`,
			kind:     schemas.KindIndirect,
			ruleKind: 1, hasCue: true,
			want:   []cand{{name: "Anna Berg", rule: true, evCue: true, evSame: true, nBef: 1}},
			absent: []string{"Ohio"},
		},
	}
	for _, c := range cases {
		qs, infos, cands := rankedQuotes(t, c.text)
		if len(qs) != 1 || len(infos) != 1 {
			t.Errorf("%q: %d quotes, want 1", c.text, len(qs))
			continue
		}
		info, cs := infos[0], cands[0]
		if qs[0].Kind != c.kind || info.ruleKind != c.ruleKind || info.hasCue != c.hasCue || info.cueAfter != c.cueAfter {
			t.Errorf("%q: kind %s, rule kind %d, cue %v after %v; want %s, %d, %v, %v", c.text, qs[0].Kind,
				info.ruleKind, info.hasCue, info.cueAfter, c.kind, c.ruleKind, c.hasCue, c.cueAfter)
		}
		if info.ruleIndex != 0 || !cs[0].rule {
			t.Errorf("%q: the rules' choice is candidate %d, want the first", c.text, info.ruleIndex)
		}
		for _, w := range c.want {
			found := false
			for _, g := range cs {
				if g.name != w.name {
					continue
				}
				found = true
				got := cand{g.name, g.rule, g.evCue, g.evSame, g.distSent, g.nBefore, g.nAfter}
				if got != w {
					t.Errorf("%q: candidate %+v, want %+v", c.text, got, w)
				}
				if g.nf < 10 {
					t.Errorf("%q: %s has %d features", c.text, g.name, g.nf)
				}
			}
			if !found {
				t.Errorf("%q: no candidate %q", c.text, w.name)
			}
		}
		for _, a := range c.absent {
			for _, g := range cs {
				if g.name == a {
					t.Errorf("%q: %q from inside the quote is a candidate", c.text, a)
				}
			}
		}
	}
}

// TestRankHash: features of different templates or values share slots no
// more than random ones would (1088 features in 4096 slots keep about 955
// apart), and a feature's slot stays put.
func TestRankHash(t *testing.T) {
	seen := map[uint16]bool{}
	n := 0
	for tm := uint32(ftRule); tm <= ftVs; tm++ {
		for v := uint32(0); v < 64; v++ {
			seen[rankHash(tm, v)] = true
			n++
		}
	}
	if len(seen) < n*85/100 {
		t.Errorf("%d features take %d slots", n, len(seen))
	}
	if got := rankHash(ftRule, 5); got != rankHash(ftRule, 5) || got >= rankSize {
		t.Errorf("rankHash(ftRule, 5) = %d", got)
	}
}
