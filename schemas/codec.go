package schemas

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
)

// Fields is a set of the typed top-level fields of an Article. A stage names
// the fields it reads and writes; the others stay raw JSON, which is both
// faster (no decode, no re-encode) and lossless.
type Fields uint32

// The typed fields.
const (
	FieldID Fields = 1 << iota
	FieldSource
	FieldURL
	FieldTitle
	FieldPublishedAt
	FieldLanguage
	FieldContentType
	FieldBody
	FieldText
	FieldCaptions
	FieldParagraphs
	FieldSentences
	FieldQuotes
	FieldEntities
	FieldStages

	// Metadata is every field a publisher sets except the body.
	Metadata = FieldID | FieldSource | FieldURL | FieldTitle | FieldPublishedAt | FieldLanguage | FieldContentType
	// AllFields decodes everything into typed fields.
	AllFields Fields = 1<<iota - 1
)

var fieldNames = [...]string{
	"id", "source", "url", "title", "published_at", "language", "content_type", "body",
	"text", "captions", "paragraphs", "sentences", "quotes", "entities", "stages",
}

// fieldOf maps a top-level key to its typed field, or 0.
func fieldOf(key []byte) Fields {
	// A switch on string(key) does not allocate.
	switch string(key) {
	case "id":
		return FieldID
	case "source":
		return FieldSource
	case "url":
		return FieldURL
	case "title":
		return FieldTitle
	case "published_at":
		return FieldPublishedAt
	case "language":
		return FieldLanguage
	case "content_type":
		return FieldContentType
	case "body":
		return FieldBody
	case "text":
		return FieldText
	case "captions":
		return FieldCaptions
	case "paragraphs":
		return FieldParagraphs
	case "sentences":
		return FieldSentences
	case "quotes":
		return FieldQuotes
	case "entities":
		return FieldEntities
	case "stages":
		return FieldStages
	}
	return 0
}

// DecodeError is returned for a message that can never be decoded: it is a
// permanent failure, whatever the number of retries.
type DecodeError struct {
	Field string // the top-level field at fault, "" for the message itself
	Err   error
}

func (e *DecodeError) Error() string {
	if e.Field == "" {
		return "decode article: " + e.Err.Error()
	}
	return fmt.Sprintf("decode article: field %q: %v", e.Field, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

var (
	errNotObject = errors.New("message is not a JSON object")
	errBadUTF8   = errors.New("message is not valid UTF-8")
	errNoID      = errors.New(`missing required field "id"`)
)

// Decode reads a JSON object into a, decoding the fields in want into typed
// fields and keeping all others raw in a.Extra. The id is always decoded and
// required. The data must stay unmodified while a is in use: raw fields
// alias it.
func Decode(data []byte, a *Article, want Fields) error {
	*a = Article{}
	if !utf8.Valid(data) {
		return &DecodeError{Err: errBadUTF8}
	}
	want |= FieldID
	// One validating pass finds the top-level keys and value bounds (see
	// scan.go); a value is decoded only when its field is wanted.
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		if end, err := skipValue(data, i, 0); err == nil && skipSpace(data, end) == len(data) {
			return &DecodeError{Err: errNotObject}
		}
		return &DecodeError{Err: errSyntax}
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		i++
	} else {
		for {
			if i >= len(data) || data[i] != '"' {
				return &DecodeError{Err: errSyntax}
			}
			kend, kesc, err := skipString(data, i)
			if err != nil {
				return &DecodeError{Err: err}
			}
			keyRaw := data[i:kend]
			i = skipSpace(data, kend)
			if i >= len(data) || data[i] != ':' {
				return &DecodeError{Err: errSyntax}
			}
			i = skipSpace(data, i+1)
			vend, err := skipValue(data, i, 0)
			if err != nil {
				return &DecodeError{Err: err}
			}
			raw := data[i:vend]
			key := keyRaw[1 : len(keyRaw)-1]
			if kesc {
				key = []byte(unquote(keyRaw, true))
			}
			f := fieldOf(key)
			if f&want == 0 {
				a.Extra = append(a.Extra, RawField{Key: string(key), Value: raw})
			} else if err := a.decodeField(f, raw); err != nil {
				return &DecodeError{Field: string(key), Err: err}
			}
			i = skipSpace(data, vend)
			if i < len(data) && data[i] == ',' {
				i = skipSpace(data, i+1)
				continue
			}
			if i < len(data) && data[i] == '}' {
				i++
				break
			}
			return &DecodeError{Err: errSyntax}
		}
	}
	if skipSpace(data, i) != len(data) {
		return &DecodeError{Err: errSyntax}
	}
	if a.ID == "" {
		return &DecodeError{Field: "id", Err: errNoID}
	}
	return nil
}

func (a *Article) decodeField(f Fields, raw []byte) error {
	if len(raw) > 0 && raw[0] == 'n' { // null: leave the field unset
		return nil
	}
	if len(raw) > 0 && raw[0] == '"' {
		// Strings (body, text) are the bulk of a message: unquote them
		// directly rather than through the general decoder.
		if p := a.stringField(f); p != nil {
			*p = unquote(raw, bytes.IndexByte(raw, '\\') >= 0)
			return nil
		}
		if f == FieldText {
			a.Text = Str(unquote(raw, bytes.IndexByte(raw, '\\') >= 0))
			return nil
		}
	}
	if f == FieldParagraphs || f == FieldSentences {
		if spans, ok := parseSpans(raw); ok {
			if f == FieldParagraphs {
				a.Paragraphs = spans
			} else {
				a.Sentences = spans
			}
			return nil
		}
	}
	var dst any
	switch f {
	case FieldID:
		if len(raw) > 0 && raw[0] != '"' {
			// Producers sometimes send numeric ids; keep them as text.
			if (raw[0] >= '0' && raw[0] <= '9') || raw[0] == '-' {
				a.ID = string(raw)
				return nil
			}
		}
		dst = &a.ID
	case FieldSource:
		dst = &a.Source
	case FieldURL:
		dst = &a.URL
	case FieldTitle:
		dst = &a.Title
	case FieldPublishedAt:
		dst = &a.PublishedAt
	case FieldLanguage:
		dst = &a.Language
	case FieldContentType:
		dst = &a.ContentType
	case FieldBody:
		dst = &a.Body
	case FieldText:
		dst = &a.Text
	case FieldCaptions:
		dst = &a.Captions
	case FieldParagraphs:
		dst = &a.Paragraphs
	case FieldSentences:
		dst = &a.Sentences
	case FieldQuotes:
		dst = &a.Quotes
	case FieldEntities:
		dst = &a.Entities
	case FieldStages:
		dst = &a.Stages
	default:
		return nil
	}
	return json.Unmarshal(raw, dst)
}

// stringField returns the string field f, or nil when f is not one.
func (a *Article) stringField(f Fields) *string {
	switch f {
	case FieldID:
		return &a.ID
	case FieldSource:
		return &a.Source
	case FieldURL:
		return &a.URL
	case FieldTitle:
		return &a.Title
	case FieldPublishedAt:
		return &a.PublishedAt
	case FieldLanguage:
		return &a.Language
	case FieldContentType:
		return &a.ContentType
	case FieldBody:
		return &a.Body
	}
	return nil
}

// set reports which typed fields hold a value.
func (a *Article) set() Fields {
	var s Fields
	add := func(ok bool, f Fields) {
		if ok {
			s |= f
		}
	}
	add(a.ID != "", FieldID)
	add(a.Source != "", FieldSource)
	add(a.URL != "", FieldURL)
	add(a.Title != "", FieldTitle)
	add(a.PublishedAt != "", FieldPublishedAt)
	add(a.Language != "", FieldLanguage)
	add(a.ContentType != "", FieldContentType)
	add(a.Body != "", FieldBody)
	add(a.Text != nil, FieldText)
	add(a.Captions != nil, FieldCaptions)
	add(a.Paragraphs != nil, FieldParagraphs)
	add(a.Sentences != nil, FieldSentences)
	add(a.Quotes != nil, FieldQuotes)
	add(a.Entities != nil, FieldEntities)
	add(a.Stages != nil, FieldStages)
	return s
}

// AppendJSON appends the article as one JSON object to b: typed fields that
// hold a value, in schema order, then the raw fields that no typed field
// replaced.
func (a *Article) AppendJSON(b []byte) ([]byte, error) {
	set := a.set()
	b = append(b, '{')
	first := true
	key := func(name string) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, '"', ':')
	}
	str := func(f Fields, v string) {
		if set&f != 0 {
			key(fieldNames[bitIndex(f)])
			b = appendString(b, v)
		}
	}
	var err error
	val := func(f Fields, v any) {
		if set&f != 0 && err == nil {
			key(fieldNames[bitIndex(f)])
			b, err = json.Append(b, v, 0)
		}
	}
	str(FieldID, a.ID)
	str(FieldSource, a.Source)
	str(FieldURL, a.URL)
	str(FieldTitle, a.Title)
	str(FieldPublishedAt, a.PublishedAt)
	str(FieldLanguage, a.Language)
	str(FieldContentType, a.ContentType)
	str(FieldBody, a.Body)
	if a.Text != nil {
		str(FieldText, *a.Text)
	}
	val(FieldCaptions, a.Captions)
	spans := func(f Fields, v []Span) {
		if set&f != 0 {
			key(fieldNames[bitIndex(f)])
			b = appendSpans(b, v)
		}
	}
	spans(FieldParagraphs, a.Paragraphs)
	spans(FieldSentences, a.Sentences)
	val(FieldQuotes, a.Quotes)
	val(FieldEntities, a.Entities)
	val(FieldStages, a.Stages)
	if err != nil {
		return b, fmt.Errorf("encode article %q: %w", a.ID, err)
	}
	for _, x := range a.Extra {
		if f := fieldOf([]byte(x.Key)); f != 0 && set&f != 0 {
			continue // replaced by a stage's output
		}
		key(x.Key)
		b = append(b, x.Value...)
	}
	return append(b, '}'), nil
}

func bitIndex(f Fields) int {
	i := 0
	for f > 1 {
		f >>= 1
		i++
	}
	return i
}

// MarshalJSON implements json.Marshaler.
func (a *Article) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil) }

// UnmarshalJSON implements json.Unmarshaler, decoding every typed field.
// The input is copied, since raw fields alias it.
func (a *Article) UnmarshalJSON(data []byte) error {
	return Decode(append([]byte(nil), data...), a, AllFields)
}
