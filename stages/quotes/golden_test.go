package quotes

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/segmentio/encoding/json"
	"github.com/wirestream/wirestream/stages/segment"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/extract.golden.jsonl from the current Extract")

// TestGoldenOutput pins Extract's whole output (offsets, kinds, speakers,
// cues) on our own test articles, so that speed work cannot change what the
// stage says. After a deliberate change of rules, rerun with
// -update-golden, review the diff, and bump Version.
func TestGoldenOutput(t *testing.T) {
	var got bytes.Buffer
	for _, f := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(t, filepath.Join("testdata", f)) {
			paras, sents := segment.Split(g.Text)
			line, err := json.Marshal(struct {
				ID     string `json:"id"`
				Quotes any    `json:"quotes"`
			}{g.ID, Extract(g.Text, paras, sents)})
			if err != nil {
				t.Fatal(err)
			}
			got.Write(line)
			got.WriteByte('\n')
		}
	}
	path := filepath.Join("testdata", "extract.golden.jsonl")
	if *updateGolden {
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with -update-golden)", err)
	}
	gl, wl := bytes.Split(got.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
	if len(gl) != len(wl) {
		t.Fatalf("%d articles, golden file has %d", len(gl)-1, len(wl)-1)
	}
	for i := range gl {
		if !bytes.Equal(gl[i], wl[i]) {
			t.Errorf("article %d differs from the golden output:\n got %s\nwant %s", i+1, gl[i], wl[i])
		}
	}
}
