package schemas_test

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"

	"github.com/wirestream/wirestream/internal/shared"
)

// Every JSON example in the repository's examples/ is a raw article (or a
// JSON lines file of them), or an IPTC ninjs document that `worker publish`
// maps to one; ninjs documents are checked against the IPTC schema in
// ../shared/ninjs when it is there.
func TestExamplesValidate(t *testing.T) {
	root := filepath.Join(shared.Root(t), "examples")
	ninjs := ninjsSchema(t)
	var n int
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		switch strings.ToLower(filepath.Ext(p)) {
		case ".jsonl", ".ndjson":
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 64<<20)
			line := 0
			for sc.Scan() {
				line++
				if len(bytes.TrimSpace(sc.Bytes())) == 0 {
					continue
				}
				if err := schemas.Validate(schemas.RawArticleSchema, sc.Bytes()); err != nil {
					t.Errorf("%s:%d: %v", rel, line, err)
				}
				n++
			}
			if sc.Err() != nil {
				t.Errorf("%s: %v", rel, sc.Err())
			}
		case ".json":
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			var probe map[string]json.RawMessage
			if err := json.Unmarshal(data, &probe); err != nil {
				t.Errorf("%s: %v", rel, err)
				return nil
			}
			n++
			_, hasBody := probe["body"]
			_, hasURI := probe["uri"]
			switch {
			case hasBody:
				if err := schemas.Validate(schemas.RawArticleSchema, data); err != nil {
					t.Errorf("%s: %v", rel, err)
				}
			case hasURI:
				if ninjs == nil {
					t.Logf("%s: ninjs document not checked: ../shared/ninjs is absent", rel)
					return nil
				}
				v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
				if err != nil {
					t.Errorf("%s: %v", rel, err)
				} else if err := ninjs.Validate(v); err != nil {
					t.Errorf("%s: not valid ninjs: %v", rel, err)
				}
			default:
				t.Errorf("%s: neither a raw article (no body) nor a ninjs document (no uri)", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no JSON examples found under examples/")
	}
}

// ninjsSchema compiles the IPTC ninjs 2.2 schema from ../shared, or returns
// nil when the shared directory is not beside the repository.
func ninjsSchema(t *testing.T) *jsonschema.Schema {
	p := filepath.Join(shared.Root(t), "..", "shared", "ninjs", "ninjs-schema_2.2.json")
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	c := jsonschema.NewCompiler()
	// ninjs refers to the GeoJSON schema online for place geometry; tests
	// run offline and the samples have no geometry, so any remote schema
	// it names is taken as "anything".
	c.UseLoader(anyRemote{})
	const url = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile ninjs schema: %v", err)
	}
	return s
}

type anyRemote struct{}

func (anyRemote) Load(string) (any, error) { return map[string]any{}, nil }
