package ner

import (
	"os"
	"slices"
	"testing"
)

// gazSpansRef is gazSpans as it was before it kept the span ends in a
// bit window (the reference TestGazSpansMatchesRef holds it to). It
// returns, per token of the segment [sb, se), the longest
// gazetteer name covering it: its type bits, and the token's place in it
// (bits 8-9: 1 begin, 2 inside, 3 last; 0 single) and length (bits 10-11).
//
// hook, when set, is asked about spans the embedded tables do not know
// (text is then the text the tokens index).
func gazSpansRef(sc *scratch, lx *lexicon, sb, se int, hook Gazetteer, hc *hookCache, text string) []uint16 {
	n := se - sb
	sc.gz = grow(sc.gz, n)
	clear(sc.gz)
	if lx.names == nil || lx.names.n == 0 {
		return sc.gz
	}
	sc.lows = grow(sc.lows, n)
	for i := range n {
		sc.lows[i] = sc.info[sb+i].low
	}
	for s := 0; s < n; s++ {
		if !sc.info[sb+s].hasUpper {
			continue
		}
		// A KB name starts and ends with words of KB names: probing the
		// table (a cache miss each) or the hook only for such spans saves
		// most probes.
		if sc.info[sb+s].gaz&gtAny == 0 && sc.info[sb+s].hasUpper {
			continue
		}
		for l := min(maxGazWords, n-s); l >= 1; l-- {
			if coveredBy(sc.gz[s:s+l], l) {
				// a longer name found from an earlier start covers these
				// words: no name here or shorter could change their marks
				break
			}
			last := &sc.info[sb+s+l-1]
			if !last.hasUpper && last.kind != kindDigit {
				continue
			}
			if last.gaz&gtAny == 0 && last.hasUpper {
				continue
			}
			nh := nameHash(sc.lows[s : s+l])
			v := lx.names.get(fingerprint(nh))
			if v == 0 && hook != nil && l <= maxHookWords && worthAsking(sc.info[sb+s:sb+s+l], sb+s == sc.sentFrom) {
				v = askHook(sc, text, sb+s, sb+s+l, hook, hc, nh)
			}
			if v == 0 {
				continue
			}
			lb := uint16(min(l, 3))
			for k := s; k < s+l; k++ {
				if old := sc.gz[k]; old != 0 && old>>10 >= lb {
					continue // a longer name already covers it
				}
				var pos uint16
				switch {
				case l == 1:
					pos = 0
				case k == s:
					pos = 1
				case k == s+l-1:
					pos = 3
				default:
					pos = 2
				}
				// the country bit is for the rules, not a feature
				sc.gz[k] = uint16(v&^gnCountry) | pos<<8 | lb<<10
			}
			break
		}
	}
	return sc.gz
}

// refTexts are sentences written for the rewrite tests (names the KB
// knows, numbers ending names, a headline in capitals), and the wire
// story of the benchmark.
func refTexts() []string {
	texts := []string{
		"Joe Biden met Emmanuel Macron in New York City on Tuesday.",
		"The Bank of England raised rates, and the European Central Bank held them.",
		"United Nations Secretary-General Antonio Guterres spoke in Geneva and Paris.",
		"Apollo 11 landed in 1969; NASA said the Kennedy Space Center would host it.",
		"Visitors to Taipei 101 and Plaza 66 rode Line 1 from the airport.",
		"Officials in Los Angeles County and San Francisco said the Golden State Warriors won.",
		"President Donald Trump and Vladimir Putin met in Helsinki, Finland, last July.",
		"He flew from Rio de Janeiro to Buenos Aires with the Wall Street Journal reporter.",
		"THE WORLD HEALTH ORGANIZATION SAID NEW ZEALAND AND SOUTH KOREA ACTED EARLY.",
		"Shares of Apple Inc and Microsoft Corp rose on the New York Stock Exchange.",
		"Anna Maria Kowalska-Nowak of Warsaw University joined Royal Dutch Shell in The Hague.",
	}
	if b, err := os.ReadFile("testdata/wire.txt"); err == nil {
		texts = append(texts, string(b))
	}
	return texts
}

// eachSegment prepares each text as AppendTagWords does and calls fn
// for each segment [sb, se) of each sentence [from, to), its words
// completed as tagSentence completes them.
func eachSegment(lx *lexicon, texts []string, fn func(sc *scratch, text string, from, to, sb, se int)) {
	for _, text := range texts {
		sc := new(scratch)
		sc.reset()
		sc.sentences(text, nil, lx.classes)
		fillInfo(sc, text, lx)
		for _, st := range sc.sents {
			sc.sentFrom = st[0]
			sc.segs = segments(sc.segs[:0], sc.info, st[0], st[1])
			for _, sg := range sc.segs {
				completeRange(sc, text, lx, max(st[0], sg[0]-1), min(st[1], sg[1]+1), sg[0], sg[1])
				fn(sc, text, st[0], st[1], sg[0], sg[1])
			}
		}
	}
}

// TestGazSpansMatchesRef: gazSpans marks every segment of a text as
// gazSpansRef does, with and without a hook (which knows a few spans of
// its own, so that the hook path is taken).
func TestGazSpansMatchesRef(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := &tg.model.lexicon
	hook := func(key string) (uint8, bool) {
		switch key {
		case "kowalska nowak", "warsaw university", "emmanuel macron in new york", "apollo 11":
			return GazORG, true
		}
		return 0, false
	}
	marked := 0
	for _, h := range []Gazetteer{nil, hook} {
		hc := new(hookCache)
		eachSegment(lx, refTexts(), func(sc *scratch, text string, from, to, sb, se int) {
			got := slices.Clone(gazSpans(sc, lx, sb, se, h, hc, text))
			want := gazSpansRef(sc, lx, sb, se, h, hc, text)
			if !slices.Equal(got, want) {
				t.Fatalf("%q tokens [%d,%d): gz %x, the reference's %x", text, sb, se, got, want)
			}
			for _, g := range got {
				if g != 0 {
					marked++
				}
			}
		})
	}
	if marked < 40 {
		t.Errorf("only %d tokens marked: the texts do not exercise the gazetteer", marked)
	}
}
