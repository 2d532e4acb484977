package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/internal/shared"
)

type seedDoc struct {
	Text      string   `json:"text"`
	Captions  []string `json:"captions"`
	Sentences []string `json:"sentences"`
}

func loadSeed(t *testing.T) seedDoc {
	t.Helper()
	path := filepath.Join(shared.Dir(t), "data", "seed", "voa-trump-putin.gold.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	var d seedDoc
	line, _, _ := strings.Cut(string(data), "\n")
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if d.Text == "" {
		t.Fatalf("%s: no text", path)
	}
	return d
}

// TestSeedArticle checks the seed article's segmentation with assertions
// about kinds of boundaries, written from reading the text.
func TestSeedArticle(t *testing.T) {
	d := loadSeed(t)
	paras, sents := Split(d.Text)
	if err := checkSpans(d.Text, paras, sents); err != nil {
		t.Fatal(err)
	}
	ps := spanStrings(d.Text, paras)
	ss := spanStrings(d.Text, sents)
	if len(ps) != strings.Count(strings.TrimSpace(d.Text), "\n\n")+1 {
		t.Errorf("got %d paragraphs for %d blank-line separated blocks", len(ps), strings.Count(d.Text, "\n\n")+1)
	}
	for i, s := range ss {
		first := []rune(s)[0]
		// Every sentence opens with a capital or an opening quotation mark.
		if !unicode.IsUpper(first) && first != '"' && first != '\u201c' {
			t.Errorf("sentence %d opens with %q: %q", i, first, s)
		}
		// A sentence that is only an attribution means a quote was cut off
		// from its speaker (`"...," Kalugin said.`).
		if w := strings.Fields(s); len(w) <= 3 && speechVerbs[strings.TrimRight(w[len(w)-1], ".")] {
			t.Errorf("sentence %d is a bare attribution: %q", i, s)
		}
		// No sentence ends on an abbreviation that the next one continues.
		for _, abbr := range []string{"U.S.", "U.N.", "Jan.", "Sept.", "Nov.", "Mr.", "Dr."} {
			if strings.HasSuffix(s, " "+abbr) && i+1 < len(ss) && !starters[strings.Fields(ss[i+1])[0]] {
				t.Errorf("sentence %d ends on %q before %q", i, abbr, ss[i+1])
			}
		}
	}
	// Each sentence that ends in a closing quotation mark has its
	// terminal punctuation inside the marks.
	for _, s := range ss {
		if strings.HasSuffix(s, `"`) || strings.HasSuffix(s, "\u201d") {
			if r := []rune(s); !strings.ContainsRune(".?!", r[len(r)-2]) {
				t.Errorf("quote-final sentence without a terminator inside the marks: %q", s)
			}
		}
	}
	// Headings without a period are one-sentence paragraphs.
	for _, p := range ps {
		if !strings.ContainsAny(p[len(p)-1:], `.?!"`) {
			n := 0
			for _, s := range ss {
				if strings.Contains(p, s) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("heading %q split into %d sentences", p, n)
			}
		}
	}
	// Phenomena of this article: "U.S." before a lower-case or capitalised
	// word it qualifies, quote-final sentences, several sentences in one
	// paragraph of quotation.
	for _, want := range []string{"the U.S. elections.", "the U.S. needs", "U.S.-Russia", "All 17 U.S. intelligence",
		`"wholly appropriate."`, `"impossible position."`} {
		if !containsWithin(ss, want) {
			t.Errorf("no sentence contains %q whole", want)
		}
	}
	// Against the gold sentences when the file has them: boundary for
	// boundary.
	if len(d.Sentences) > 0 {
		if len(ss) != len(d.Sentences) {
			t.Errorf("got %d sentences, gold has %d", len(ss), len(d.Sentences))
		}
		for i := 0; i < len(ss) && i < len(d.Sentences); i++ {
			if ss[i] != strings.TrimSpace(d.Sentences[i]) {
				t.Errorf("sentence %d:\n got %q\nwant %q", i, ss[i], d.Sentences[i])
				break
			}
		}
	}
}

// TestSeedCaptions: captions carry dates in AP style ("Jan. 28, 2017",
// "Sept. 28, 2015") and titles ("U.S. President"); each caption is one
// sentence.
func TestSeedCaptions(t *testing.T) {
	d := loadSeed(t)
	if len(d.Captions) == 0 {
		t.Skip("seed has no captions")
	}
	for _, c := range d.Captions {
		if got := sentenceStrings(t, c); len(got) != 1 {
			t.Errorf("caption split into %d: %s", len(got), quoteAll(got))
		}
	}
}

func containsWithin(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
