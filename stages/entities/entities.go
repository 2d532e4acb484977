// Package entities is the entities stage: it finds the names of an article
// (the ner subpackage), groups the mentions of one thing within the
// article (in-document coreference), links each group to the knowledge
// base or leaves it NIL, and ties every quote's speaker to its entity.
//
// The pure entry points are (*Stage).Annotate (text in, entities out) and
// LinkSpeakers (entities and quotes in, quotes' speaker.ref filled).
package entities

import (
	"context"
	"errors"
	"math"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// Name and Version of the stage; bump Version whenever the output for the
// same input may change.
const (
	Name    = "entities"
	Version = "entities/1.8.33"
)

// Recognizer finds name mentions; *ner.Tagger is the real one, tests use
// fakes.
type Recognizer interface {
	Tag(text string, sentences []schemas.Span) []ner.Mention
}

// Stage links the named entities of an article.
type Stage struct {
	kb  *kb.KB
	rec Recognizer
	cfg Config
	// descs caches the KB descriptions' word stems across articles
	descs *descCache
	// lookups caches the KB's answers by key across articles
	lookups *lookupCache
	// types caches the KB's types of the names linking and joinConnected
	// ask about
	types *keyCache[uint8]
	// typos caches typoKey's answers by name key across articles
	typos *keyCache[string]
}

// Option configures New.
type Option func(*options)

type options struct {
	kbPaths []string
	kb      *kb.KB
	rec     Recognizer
	cfg     *Config
}

// WithKB layers KB paths (built files, KB JSON lines, folders of *.jsonl)
// over the default KB, in order.
func WithKB(paths ...string) Option {
	return func(o *options) { o.kbPaths = append(o.kbPaths, paths...) }
}

// WithKnowledgeBase uses k as it is (no default layer added).
func WithKnowledgeBase(k *kb.KB) Option { return func(o *options) { o.kb = k } }

// WithRecognizer replaces the default NER tagger.
func WithRecognizer(r Recognizer) Option { return func(o *options) { o.rec = r } }

// WithConfig replaces the linking weights and thresholds.
func WithConfig(c Config) Option { return func(o *options) { o.cfg = &c } }

// New returns the stage with the default KB (plus WithKB layers) and the
// embedded NER model.
func New(opts ...Option) (*Stage, error) {
	var o options
	for _, f := range opts {
		f(&o)
	}
	s := &Stage{kb: o.kb, rec: o.rec, cfg: DefaultConfig(), descs: &descCache{}, lookups: &lookupCache{}, types: &keyCache[uint8]{}, typos: &keyCache[string]{}}
	if o.cfg != nil {
		s.cfg = *o.cfg
	}
	if s.kb == nil {
		k, err := kb.Open(o.kbPaths...)
		if err != nil {
			return nil, err
		}
		s.kb = k
	}
	// the KB's label filter (see typoKey) is built now, not on the first
	// article: for a large KB it is tens of milliseconds
	s.kb.MayBeLabel("")
	if s.rec == nil {
		t, err := ner.Default()
		if err != nil {
			return nil, err
		}
		s.rec = t.WithGazetteer(gazetteer(s.kb))
	}
	return s, nil
}

// gazetteer lets the tagger ask the KB which types a name can have. The
// answers are kept like the KB's candidates (see lookupCache): a large
// KB's answer is a few cache misses, and news repeats its names.
func gazetteer(k *kb.KB) ner.Gazetteer {
	types := new(keyCache[uint8])
	// kb.Types uses the same bit order as ner's Gaz* constants
	return func(key string) (uint8, bool) {
		bits := types.get(key, k.Types)
		return bits, bits != 0
	}
}

// KB is the stage's knowledge base.
func (s *Stage) KB() *kb.KB { return s.kb }

func (*Stage) Name() string    { return Name }
func (*Stage) Version() string { return Version }

// Fields: text, sentences and captions are read, entities written,
// quotes' speakers updated (every other quote field is written back as
// read).
func (*Stage) Fields() schemas.Fields {
	return schemas.FieldID | schemas.FieldText | schemas.FieldSentences | schemas.FieldParagraphs |
		schemas.FieldCaptions | schemas.FieldQuotes | schemas.FieldEntities
}

// Process sets Entities (non-nil) and fills the quotes' speaker refs.
func (s *Stage) Process(ctx context.Context, a *schemas.Article) error {
	if err := stages.RequireText(a, Name); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.rec == nil || s.kb == nil {
		return errors.New("entities: stage not built with New")
	}
	if len(a.Captions) == 0 {
		a.Entities = s.annotate(*a.Text, a.Sentences, a.Quotes)
	} else {
		text, sents, spans := withCaptions(*a.Text, a.Sentences, a.Captions)
		a.Entities = splitCaptionMentions(s.annotate(text, sents, a.Quotes), utf8.RuneCountInString(*a.Text), spans)
	}
	LinkSpeakers(*a.Text, a.Entities, a.Quotes)
	return nil
}

// appendTagger is a Recognizer that can append to a recycled slice.
type appendTagger interface {
	AppendTag(dst []ner.Mention, text string, sentences []schemas.Span) []ner.Mention
}

// wordTagger is an appendTagger that also hands over the words of the
// text as it hashed them (see contextWords).
type wordTagger interface {
	AppendTagWords(dst []ner.Mention, words *ner.Words, text string, sentences []schemas.Span) []ner.Mention
}

// Annotate returns the entities of text; sentences may be nil.
func (s *Stage) Annotate(text string, sentences []schemas.Span) []schemas.Entity {
	return s.annotate(text, sentences, nil)
}

// AnnotateQuoted is Annotate that also takes the quotes' named speakers
// for names (see speakerNames).
func (s *Stage) AnnotateQuoted(text string, sentences []schemas.Span, quotes []schemas.Quote) []schemas.Entity {
	return s.annotate(text, sentences, quotes)
}

func (s *Stage) annotate(text string, sentences []schemas.Span, quotes []schemas.Quote) []schemas.Entity {
	d := getDoc(text)
	defer putDoc(d)
	var ms []ner.Mention
	if wt, ok := s.rec.(wordTagger); ok && len(text) < math.MaxInt32 {
		d.tagBuf = wt.AppendTagWords(d.tagBuf[:0], &d.tagWords, text, sentences)
		d.haveWords = true
	} else if at, ok := s.rec.(appendTagger); ok {
		d.tagBuf = at.AppendTag(d.tagBuf[:0], text, sentences)
	} else {
		d.tagBuf = append(d.tagBuf[:0], s.rec.Tag(text, sentences)...)
	}
	if len(quotes) > 0 {
		cw, _ := s.rec.(commonWorder)
		d.tagBuf = speakerNames(d.tagBuf, text, d.runeByte, quotes, cw, s.kb.Types)
	}
	ms = d.tagBuf
	d.descs, d.lookups, d.types, d.typos = s.descs, s.lookups, s.types, s.typos
	ms, d.cutAt = cutPossessors(text, d.runeByte, ms, s.kb, d.cutAt[:0])
	d.splitBuf = splitMentions(d.splitBuf, text, d.runeByte, ms, s.kb)
	d.splitBuf = joinParticles(text, d.runeByte, d.splitBuf, s.kb)
	d.splitBuf = joinConnected(text, d.runeByte, d.splitBuf, s.kb, s.types)
	d.splitBuf = trimTickers(text, d.runeByte, d.splitBuf)
	d.splitBuf = partyStates(text, d.runeByte, d.splitBuf, s.kb)
	d.roleBuf = tidyNames(d.roleBuf, text, d.runeByte, d.splitBuf, s.kb)
	d.splitBuf, d.roleBuf = d.roleBuf, d.splitBuf
	d.add(compoundPlaces(text, d.runeByte, d.splitBuf, s.kb))
	d.cluster()
	d.link(s.kb, &s.cfg)
	d.listTypes()
	return d.entities()
}
