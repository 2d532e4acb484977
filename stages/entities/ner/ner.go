package ner

import (
	"math"
	"sync"

	"github.com/wirestream/wirestream/schemas"
)

// Entity types, the same strings as schemas.PER etc.
const (
	PER  = schemas.PER
	ORG  = schemas.ORG
	LOC  = schemas.LOC
	MISC = schemas.MISC
)

// Mention is one recognised name: code-point offsets into the text (end
// exclusive) and its type, one of PER, ORG, LOC, MISC.
type Mention struct {
	Start, End int
	Type       string
}

// Gazetteer answers whether a normalised alias is a known name and with
// which types (a bit set: 1<<0 PER, 1<<1 ORG, 1<<2 LOC, 1<<3 MISC).
type Gazetteer func(normalizedAlias string) (types uint8, ok bool)

// Gazetteer type bits.
const (
	GazPER uint8 = 1 << iota
	GazORG
	GazLOC
	GazMISC
)

// Tagger recognises names. It is safe for concurrent use; Tag keeps its
// scratch space in a sync.Pool.
type Tagger struct {
	model *Model
	gaz   Gazetteer
	hooks *hookCache // gaz's answers, with gaz
	pool  sync.Pool
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger of the embedded model, loaded once.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		m, err := loadEmbedded()
		if err != nil {
			defaultErr = err
			return
		}
		defaultTagger = NewTagger(m)
	})
	return defaultTagger, defaultErr
}

// NewTagger returns a tagger for m; a nil m tags by capitalisation alone.
func NewTagger(m *Model) *Tagger {
	t := &Tagger{model: m}
	t.pool.New = func() any { return new(scratch) }
	return t
}

// WithGazetteer returns a copy of t that also asks g about capitalised
// spans of up to four words that the model's own gazetteer (taken from
// ../shared/kb at training time) does not know; a hit feeds the same
// features. g receives the name normalised like kb.Normalize (ASCII names
// only) in a string valid only during the call. g may be nil. Its
// answers are kept (see hookCache): g must answer a name the same way
// every time.
func (t *Tagger) WithGazetteer(g Gazetteer) *Tagger {
	c := NewTagger(t.model)
	c.gaz = g
	if g != nil {
		c.hooks = new(hookCache)
	}
	return c
}

// Tag returns the names in text, ordered by start, non-overlapping.
// sentences are code-point spans into text (as segment produces); when nil
// the text is split into sentences crudely here.
func (t *Tagger) Tag(text string, sentences []schemas.Span) []Mention {
	return t.AppendTag(nil, text, sentences)
}

// AppendTag appends what Tag returns to dst, so that a caller that
// recycles dst tags without allocating.
func (t *Tagger) AppendTag(dst []Mention, text string, sentences []schemas.Span) []Mention {
	return t.AppendTagWords(dst, nil, text, sentences)
}

// Words are the tokens of a text that have letters, as tagging hashed
// them, for a caller that reads the text's words as well (the entities
// stage hashes their stems): ASCII holds the tokens made of ASCII letters
// only, Other the byte spans of the other tokens with a letter, in text
// order each.
type Words struct {
	ASCII []WordHash
	Other [][2]int32
}

// WordHash is a token of ASCII letters: the FNV-1a hash of its lower
// case, its byte offset and its length.
type WordHash struct {
	Low    uint64
	B, Len int32
}

// AppendTagWords is AppendTag that also sets *words (its arrays reused)
// to the Words of text, when words is not nil. A text of 2 GiB or more
// gets none.
func (t *Tagger) AppendTagWords(dst []Mention, words *Words, text string, sentences []schemas.Span) []Mention {
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	sc.reset()
	if words != nil {
		words.ASCII, words.Other = words.ASCII[:0], words.Other[:0]
		if len(text) >= math.MaxInt32 {
			words = nil
		}
	}
	sc.words = words
	lx := &fallbackLexicon
	if t.model != nil {
		lx = &t.model.lexicon
	}
	sc.sentences(text, sentences, lx.classes)
	fillInfo(sc, text, lx)
	sc.words = nil // the caller's
	sc.ments = sc.ments[:0]
	for _, s := range sc.sents {
		t.tagSentence(sc, text, lx, s[0], s[1])
	}
	datelines(sc, lx)
	scoreLines(sc, lx, text)
	dropTitleObjects(sc, lx)
	mergeSplitPersons(sc)
	personNames(sc, lx)
	splitPlacePerson(sc, lx)
	kbTypes(sc, lx, t.gaz, text)
	splitLists(sc, lx)
	numberedStreets(sc, text)
	nameAdjectives(sc, lx, text)
	companyPartners(sc)
	makerHeadings(sc, lx, text)
	productNames(sc, lx)
	platformNames(sc, lx, text)
	basedNames(sc, lx, text)
	docConsistency(sc)
	dropLowercased(sc)
	if len(sc.ments) == 0 {
		return dst
	}
	if dst == nil {
		dst = make([]Mention, 0, len(sc.ments))
	}
	for _, m := range sc.ments {
		dst = append(dst, Mention{Start: sc.toks[m.a].s, End: sc.toks[m.b-1].n, Type: typeNames[m.typ]})
	}
	return dst
}
