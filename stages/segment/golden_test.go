package segment

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/internal/shared"
)

// TestGoldenRules guards the English Golden Rules of sentence segmentation
// (../shared/data/sbd): every rule whose expected sentences are substrings
// of its text must come out exactly. Rules that expect lines joined inside
// a sentence (not substrings: the clean stage's job) are only logged.
func TestGoldenRules(t *testing.T) {
	path := filepath.Join(shared.Dir(t), "data", "sbd", "golden_rules_en.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("golden rules not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			Rule      int      `json:"rule"`
			Name      string   `json:"name"`
			Text      string   `json:"text"`
			Sentences []string `json:"sentences"`
			Exact     bool     `json:"exact_substrings"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		got := sentenceStrings(t, r.Text)
		want := make([]string, len(r.Sentences))
		for i, s := range r.Sentences {
			want[i] = strings.TrimSpace(s)
		}
		if reflect.DeepEqual(got, want) {
			continue
		}
		if !r.Exact {
			t.Logf("rule %d (%s), not substrings: got %s", r.Rule, r.Name, quoteAll(got))
			continue
		}
		t.Errorf("rule %d (%s)\n got %s\nwant %s", r.Rule, r.Name, quoteAll(got), quoteAll(want))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
