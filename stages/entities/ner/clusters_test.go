package ner

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// clusterText writes sentences of one pattern with interchangeable words
// in three slots: surnames, places and weekdays.
func clusterText(n int) (text string, surnames, places, days []string) {
	for i := range 30 {
		surnames = append(surnames, fmt.Sprintf("Kow%cl%c", 'a'+i%26, 'a'+i/26))
		places = append(places, fmt.Sprintf("Porto%c%c", 'a'+i%26, 'a'+i/26))
	}
	days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	verbs := []string{"said", "told reporters", "added", "warned"}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range n {
		fmt.Fprintf(&b, "Mr %s %s in %s on %s .\n", surnames[rng.IntN(30)], verbs[rng.IntN(4)], places[rng.IntN(30)], days[rng.IntN(5)])
		fmt.Fprintf(&b, "On %s , officials in %s met %s .\n", days[rng.IntN(5)], places[rng.IntN(30)], surnames[rng.IntN(30)])
	}
	return b.String(), surnames, places, days
}

func TestLearnClustersSeparatesSlots(t *testing.T) {
	text, surnames, places, days := clusterText(2000)
	c := newCorpus()
	c.addText(text, nil)
	tb, st := learnClusters(c, 3)
	if st.Words < 65 {
		t.Fatalf("only %d words clustered", st.Words)
	}
	coarse := func(w string) uint8 {
		v := tb.get(clusterKey(w))
		if v == 0 || v&0xf == 0 {
			t.Fatalf("%q: cluster %#x", w, v)
		}
		return v >> 4
	}
	// a coarse class never mixes two slots: the bigram likelihood is
	// higher with surnames, places and days in classes of their own
	slot := map[uint8]string{}
	for name, ws := range map[string][]string{"surname": surnames, "place": places, "day": days} {
		for _, w := range ws {
			if o, ok := slot[coarse(w)]; ok && o != name {
				t.Errorf("%s %q shares coarse class %d with a %s", name, w, coarse(w), o)
			}
			slot[coarse(w)] = name
		}
	}
}

func TestClusterKeyIsCaseSensitive(t *testing.T) {
	if clusterKey("Bush") == clusterKey("bush") || clusterKey("Bush") != clusterKey("Bush") {
		t.Error("clusterKey must tell Bush from bush and nothing else")
	}
}

func TestReadCorpusFields(t *testing.T) {
	dir := t.TempDir()
	lines := `{"text": "Alpha beta"}
{"label": "Gamma", "aliases": ["Delta"], "description": "epsilon zeta"}
{"content_type": "text/plain", "body": "eta\ntheta"}
{"content_type": "text/html", "body": "<p>iota</p>"}
`
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readCorpus(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Alpha", "beta", "Gamma", "Delta", "epsilon", "eta", "theta"} {
		if _, ok := c.ids[clusterKey(w)]; !ok {
			t.Errorf("%q not read", w)
		}
	}
	if _, ok := c.ids[clusterKey("iota")]; ok {
		t.Error("an HTML page was read as text")
	}
	// one boundary before the text and one after each of its 6 lines
	if c.count[boundaryID] != 7 {
		t.Errorf("%d boundaries, want 7", c.count[boundaryID])
	}
}

func TestCompleteInfoLooksUpClusters(t *testing.T) {
	ct := newFPTable()
	ct.add(clusterKey("Kowalczyk"), 0x53)
	lx := &lexicon{classes: buildClasses(nil), clusters: ct.freeze()}
	text := "Mr Kowalczyk met Kowalczyk-Nowak and KOWALCZYK ."
	sc := new(scratch)
	sc.sentences(text, nil, lx.classes)
	fillInfo(sc, text, lx)
	completeInfo(sc, text, lx, 0, len(sc.toks))
	got := map[string]uint8{}
	for i, tk := range sc.toks {
		got[text[tk.b:tk.e]] = sc.info[i].clus
	}
	if got["Kowalczyk"] != 0x53 || got["KOWALCZYK"] != 0 || got["Mr"] != 0 {
		t.Errorf("clusters %v", got)
	}
}
