package ner

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestTrainFixture(t *testing.T) {
	opts := TrainOptions{Epochs: 8, Bits: 12, KBPath: "testdata/kb.jsonl", DevPath: "testdata/train.jsonl",
		ClusterSources: []string{"testdata/train.jsonl", "testdata/kb.jsonl"}, ClusterMin: 1}
	m, err := Train(context.Background(), "testdata/train.jsonl", opts)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := ReadRecords(context.Background(), "testdata/train.jsonl", 0)
	if err != nil {
		t.Fatal(err)
	}
	// six sentences are easily learnt by heart
	if s := Evaluate(NewTagger(m), recs); s.F1 < 0.9 {
		t.Errorf("training-set F1 %.3f (%+v)", s.F1, s)
	}
	// deterministic: the same data and options give the same weights
	m2, err := Train(context.Background(), "testdata/train.jsonl", opts)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	m.WriteTo(&a)
	m2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training is not reproducible")
	}
	// and the model survives a round trip through a file
	path := filepath.Join(t.TempDir(), "m.bin.gz")
	if err := SaveModel(m, path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m3, err := ReadModel(f)
	if err != nil {
		t.Fatal(err)
	}
	if m.clusters.n == 0 || m3.clusters.n != m.clusters.n {
		t.Errorf("clusters: %d words, %d after the round trip", m.clusters.n, m3.clusters.n)
	}
	text := recs[4].Text
	if x, y := NewTagger(m).Tag(text, nil), NewTagger(m3).Tag(text, nil); !slices.Equal(x, y) {
		t.Errorf("saved model differs: %v vs %v", x, y)
	}
}

func TestTrainCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, "testdata/train.jsonl", TrainOptions{Bits: 10}); err == nil {
		t.Error("Train ignored a cancelled context")
	}
	if _, err := Train(context.Background(), "testdata/missing.jsonl", TrainOptions{Bits: 10}); err == nil {
		t.Error("Train accepted a missing file")
	}
}

func TestGazetteerFixture(t *testing.T) {
	names, words, err := buildGazetteer("testdata/kb.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	name := func(ws ...string) uint8 {
		var lows []uint64
		for _, w := range ws {
			lows = append(lows, lowerHash(w))
		}
		return names.get(fingerprint(nameHash(lows)))
	}
	for _, c := range []struct {
		words []string
		want  uint8
	}{
		{[]string{"Lisbon"}, GazLOC}, {[]string{"LISBOA"}, GazLOC}, {[]string{"HWU"}, GazORG},
		{[]string{"Harbour", "Workers", "Union"}, GazORG}, {[]string{"Jan", "Kowalski"}, GazPER},
		{[]string{"Portuguese"}, gnDemonym}, {[]string{"computer"}, 0}, {[]string{"Workers", "Union"}, 0},
	} {
		if got := name(c.words...); got != c.want {
			t.Errorf("name %q: bits %b, want %b", c.words, got, c.want)
		}
	}
	word := func(w string) uint8 { return words.get(fingerprint(mix(0x70c, lowerHash(w)))) }
	if word("Jan") != gtPerFirst|gtAny || word("Kowalski") != gtPerLast|gtAny || word("Harbour") != gtOrg|gtAny || word("Lisbon") != gtLoc|gtAny {
		t.Errorf("word roles: Jan %b Kowalski %b Harbour %b Lisbon %b", word("Jan"), word("Kowalski"), word("Harbour"), word("Lisbon"))
	}
	if _, _, err := buildGazetteer("testdata/nothing-here"); err == nil {
		t.Error("missing KB accepted")
	}
}

// sharedDir finds ../shared from the module root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "ner", "dev.jsonl")); err != nil {
		t.Skip("../shared/data/ner/dev.jsonl not present: skipping the dev-set check")
	}
	return shared
}

// TestDevSet checks the embedded model on the first GMB dev sentences
// (silver, same distribution as training).
func TestDevSet(t *testing.T) {
	shared := sharedDir(t)
	recs, err := ReadRecords(context.Background(), filepath.Join(shared, "data", "ner", "dev.jsonl"), 1000)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(loadTagger(t), recs)
	t.Logf("GMB dev (1000 sentences): P %.3f R %.3f F1 %.3f", s.Precision, s.Recall, s.F1)
	if s.F1 < 0.82 {
		t.Errorf("dev F1 %.3f below 0.82", s.F1)
	}
}
