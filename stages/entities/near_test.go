package entities

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/stages/entities/ner"
)

// The rules that read a name's neighbours from the tagger's words
// (nearWords) answer as the rules that read the text: checked on every
// span of one to three words of sentences with the separators, quotes,
// hyphens and non-ASCII bytes the fast paths must hand back to the text.
func TestNearWordsAnswerAsText(t *testing.T) {
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := nearTexts
	var words ner.Words
	fast := 0
	for _, text := range texts {
		tagger.AppendTagWords(nil, &words, text, nil)
		ws := words.ASCII
		cur := nearCursor{ws: ws}
		for i := range ws {
			for n := 1; n <= 3 && i+n <= len(ws); n++ {
				s, e := int(ws[i].B), int(ws[i+n-1].B+ws[i+n-1].Len)
				nw := cur.around(text, s, e)
				if nw.before.Len > 0 || nw.after.Len > 0 {
					fast++
				}
				name := text[s:e]
				if got, want := personContextNear(text, s, e, &nw), personContext(text, s, e); got != want {
					t.Errorf("%q in %q: personContextNear %v, personContext %v", name, text, got, want)
				}
				if got, want := cueTypeNear(text, s, e, &nw), cueType(text, s, e); got != want {
					t.Errorf("%q in %q: cueTypeNear %q, cueType %q", name, text, got, want)
				}
				if got, want := personCueNear(text, s, e, &nw), personCue(text, s, e); got != want {
					t.Errorf("%q in %q: personCueNear %v, personCue %v", name, text, got, want)
				}
				for _, typ := range []string{"ORG", "LOC"} {
					if got, want := nameFragmentNear(text, s, e, typ, false, false, &nw), nameFragment(text, s, e, typ, false, false); got != want {
						t.Errorf("%q in %q: nameFragmentNear %v, nameFragment %v", name, text, got, want)
					}
				}
				if w, ok := nw.afterWord(text); ok && isReportingVerb(w) != speaksNext(text[e:]) {
					t.Errorf("%q in %q: after word %q, speaksNext %v", name, text, w, speaksNext(text[e:]))
				}
				gw, gs := wordBeforeNear(text, s, &nw)
				if ww, wsb := wordBefore(text, s); gw != ww || gs != wsb {
					t.Errorf("%q in %q: wordBeforeNear %q %d, wordBefore %q %d", name, text, gw, gs, ww, wsb)
				}
				if got, want := wordAfterNear(text, e, &nw), wordAfter(text, e); got != want {
					t.Errorf("%q in %q: wordAfterNear %q, wordAfter %q", name, text, got, want)
				}
			}
		}
	}
	if fast < 100 {
		t.Errorf("the tagger's words were next to %d spans only: the fast paths went untested", fast)
	}
}

// nearTexts are sentences for the nearWords tests: separators, quotes,
// hyphens, "the" and non-ASCII bytes around and inside names.
var nearTexts = []string{
	"Mr Halvorsen said he would stay, and drugmaker Novartis said shares of Mattel rose.",
	"(Dr Quenby) told reporters the start-up Veltra, a maker of chips, was born in Oslo.",
	"“Sen. Arlow met Gov Brandt in the U.S. capital; the x-ray firm Kestrel died out.",
	"Okafor, 54, and Marr said he left. Stake in Dunmore Co of Colorado fell — Pell said.",
	"The Carter administration, which Smith married into, saidx nothing; Jones saidé.",
	"Shares of Orvane jumped after Lindqvist reported gains at Tessaly Bank Monday.",
	"CEO Anna Brisk of Fenwick & Co. announced that Paulsen Holdings' board met in Zürich.",
	"The Hague and the Reuters office told THE Times that Van der Berg left.",
	"President Ostrovich met Secretary Chancellorship Delmarvalous and Mr Abernathy-Lyle.",
	"Brannock shares fell, Ardent sharesx rose and Tolvane share prices held; Quill shares.",
}

// add makes the same mentions with the tagger's words as without them
// (where it reads the text alone): keys, words, cues and fragments, for
// every span of one to three words of the sentences, non-ASCII ones too.
func TestAddWithWordsAsWithout(t *testing.T) {
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	near, plainNames := 0, 0
	for _, text := range nearTexts {
		var found []ner.Mention
		cp := func(b int) int { return utf8.RuneCountInString(text[:b]) }
		var words ner.Words
		tagger.AppendTagWords(nil, &words, text, nil)
		for i, w := range words.ASCII {
			for n := 1; n <= 3 && i+n <= len(words.ASCII); n++ {
				e := words.ASCII[i+n-1]
				found = append(found, ner.Mention{Start: cp(int(w.B)), End: cp(int(e.B + e.Len)), Type: []string{"ORG", "LOC", "PER", "MISC"}[(i+n)%4]})
			}
		}
		with, without := getDoc(text), getDoc(text)
		with.tagWords, with.haveWords = words, true
		with.add(found)
		without.add(found)
		if len(with.ms) != len(without.ms) {
			t.Fatalf("%q: %d mentions with the tagger's words, %d without", text, len(with.ms), len(without.ms))
		}
		for i := range with.ms {
			with.isFragment(i)
			without.isFragment(i)
			a, b := with.ms[i], without.ms[i]
			if a.near.before.Len > 0 || a.near.after.Len > 0 {
				near++
			}
			if cw := with.coreW[i]; cw >= 0 {
				// a plain name's words, as the tagger hashed them, stem
				// as its core does
				for j, w := range with.tagWords.ASCII[cw : int(cw)+len(a.core)] {
					h, ok := wordStem(text, w)
					h2, ok2 := contentStem(a.core[j])
					if h != h2 || ok != ok2 {
						t.Errorf("%q: word %q of %q stems to %x %v, its core word to %x %v", text, wordOf(text, w), a.text, h, ok, h2, ok2)
					}
				}
			}
			a.near, b.near = nearWords{}, nearWords{}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%q: with the tagger's words %+v, without %+v", text, a, b)
			}
		}
		for _, cw := range with.coreW {
			if cw >= 0 {
				plainNames++
			}
		}
		putDoc(with)
		putDoc(without)
	}
	// the fast paths were taken: most spans have words around them, and
	// most are plain
	if near < 100 || plainNames < 100 {
		t.Errorf("the tagger's words were next to %d mentions and made %d plain names only", near, plainNames)
	}
}
