// Package schemas holds the message types of the pipeline and their JSON
// Schemas. A message is decoded into the typed fields a stage reads; every
// other field (upstream output, a producer's own fields) is kept as raw JSON
// and written back untouched, so producers and consumers evolve separately.
package schemas

// Version names of the JSON Schemas in this package.
const (
	RawArticleSchema = "article.raw.v1"
	ArticleSchema    = "article.v1"
	DLQSchema        = "dlq.v1"
)

// Content types of Article.Body.
const (
	TextPlain = "text/plain"
	TextHTML  = "text/html"
)

// Span is a range of code points in Article.Text, end exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is a span with its text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Speaker is the mention a quote is attributed to.
type Speaker struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Name is the fullest name of the speaker in the article.
	Name string `json:"name"`
	// Ref is the ref of the speaker's entity in Article.Entities, or nil.
	Ref *string `json:"ref"`
}

// Quote kinds.
const (
	KindDirect   = "direct"
	KindMixed    = "mixed"
	KindIndirect = "indirect"
)

// Quote is a quotation: its words without the marks, who said it, and how.
type Quote struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Speaker *Speaker `json:"speaker"`
	Cue     *Mention `json:"cue"`
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Entity is a named thing of the article with all its mentions.
type Entity struct {
	Ref  string `json:"ref"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Link is a Wikidata QID, or nil when the entity is not in the KB.
	Link     *string   `json:"link"`
	Score    float64   `json:"score"`
	Mentions []Mention `json:"mentions"`
	// CaptionMentions are its mentions in the captions, each with its
	// caption's index and offsets into that caption: a photo's caption
	// often names what the body does not (the place, the other leader).
	// Mentions keeps the contract that its offsets index Text.
	CaptionMentions []CaptionMention `json:"caption_mentions,omitempty"`
}

// CaptionMention is a mention in Captions[Caption], in code points of
// that caption.
type CaptionMention struct {
	Caption int    `json:"caption"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

// Provenance records one stage run on the article.
type Provenance struct {
	Stage      string  `json:"stage"`
	Version    string  `json:"version"`
	At         string  `json:"at"`
	DurationMS float64 `json:"duration_ms"`
}

// Article is the message that flows through the pipeline. Stage outputs are
// nil until their stage ran; a stage that finds nothing sets an empty,
// non-nil slice so consumers can tell "none" from "not run".
type Article struct {
	ID          string `json:"id"`
	Source      string `json:"source,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	PublishedAt string `json:"published_at,omitempty"`
	Language    string `json:"language,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Body        string `json:"body,omitempty"`

	Text       *string      `json:"text,omitempty"`
	Captions   []string     `json:"captions,omitempty"`
	Paragraphs []Span       `json:"paragraphs,omitempty"`
	Sentences  []Span       `json:"sentences,omitempty"`
	Quotes     []Quote      `json:"quotes,omitempty"`
	Entities   []Entity     `json:"entities,omitempty"`
	Stages     []Provenance `json:"stages,omitempty"`

	// Extra holds every field that was not decoded into a typed field, as
	// raw JSON, in input order. It is written back after the typed fields.
	Extra []RawField `json:"-"`
}

// RawField is one undecoded top-level field.
type RawField struct {
	Key   string
	Value []byte
}

// TextOrEmpty returns the clean text, or "" when the clean stage has not run.
func (a *Article) TextOrEmpty() string {
	if a.Text == nil {
		return ""
	}
	return *a.Text
}

// SetText sets the clean text.
func (a *Article) SetText(s string) { a.Text = &s }

// Str returns a pointer to s, for the nullable string fields.
func Str(s string) *string { return &s }
