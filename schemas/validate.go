package schemas

import (
	"bytes"
	"embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/segmentio/encoding/json"
)

// The JSON Schema files, named "<schema>.json" after the constants
// RawArticleSchema, ArticleSchema and DLQSchema.
//
//go:embed article.raw.v1.json article.v1.json dlq.v1.json
var schemaFiles embed.FS

// SchemaNames lists every schema this package holds.
var SchemaNames = []string{RawArticleSchema, ArticleSchema, DLQSchema}

// SchemaJSON returns the JSON Schema document of the named schema
// ("article.v1", ...), for tools that want to publish or inspect it.
func SchemaJSON(name string) ([]byte, error) {
	return schemaFiles.ReadFile(name + ".json")
}

// schemaURL is the $id each file declares; $refs resolve against it.
func schemaURL(name string) string {
	return "https://wirestream.dev/schemas/" + name + ".json"
}

var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	// Formats are annotations only in 2020-12 by default; the contract says
	// published_at and provenance times are RFC 3339, so check them.
	c.AssertFormat()
	for _, name := range SchemaNames {
		data, err := SchemaJSON(name)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		if err := c.AddResource(schemaURL(name), doc); err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
	}
	out := make(map[string]*jsonschema.Schema, len(SchemaNames))
	for _, name := range SchemaNames {
		s, err := c.Compile(schemaURL(name))
		if err != nil {
			return nil, fmt.Errorf("compile schema %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// Validate checks one JSON document against the named schema. The error
// lists every violation with its JSON pointer.
func Validate(name string, doc []byte) error {
	v, err := decodeForValidation(doc)
	if err != nil {
		return err
	}
	return ValidateValue(name, v)
}

// ValidateValue checks a value decoded from JSON (maps, slices, strings,
// json.Number or float64, bool, nil) against the named schema.
func ValidateValue(name string, v any) error {
	all, err := compiled()
	if err != nil {
		return err
	}
	s, ok := all[name]
	if !ok {
		return fmt.Errorf("unknown schema %q", name)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// decodeForValidation keeps numbers as json.Number so that the validator
// sees 3 and 3.0 as the JSON author wrote them (integer checks).
func decodeForValidation(doc []byte) (any, error) {
	var v any
	rest, err := json.Parse(doc, &v, json.UseNumber)
	if err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		return nil, fmt.Errorf("not JSON: data after the value")
	}
	return v, nil
}
