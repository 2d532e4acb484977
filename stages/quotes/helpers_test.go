package quotes

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

// run segments text and extracts its quotes, checking the offsets on the way.
func run(t testing.TB, text string) []schemas.Quote {
	t.Helper()
	paras, sents := segment.Split(text)
	qs := Extract(text, paras, sents)
	r := []rune(text)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(r) || q.Start >= q.End || string(r[q.Start:q.End]) != q.Text {
			t.Fatalf("quote %+v: offsets do not give its text", q)
		}
		if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > len(r) || string(r[sp.Start:sp.End]) != sp.Text) {
			t.Fatalf("speaker %+v: offsets do not give its text", sp)
		}
		if c := q.Cue; c != nil && (c.Start < 0 || c.End > len(r) || string(r[c.Start:c.End]) != c.Text) {
			t.Fatalf("cue %+v: offsets do not give its text", c)
		}
	}
	return qs
}

// want is an expected quote: its words, kind and the speaker's name ("" for
// none).
type want struct {
	text, kind, speaker string
}

// sameName matches names as the scorer does: equal, or one a whole-word
// prefix or suffix of the other ("Peskov" and "Dmitry Peskov").
func sameName(a, b string) bool {
	norm := func(s string) []string {
		return strings.Fields(strings.ToLower(strings.NewReplacer(".", " ", ",", " ", "'", " ", "’", " ").Replace(s)))
	}
	x, y := norm(a), norm(b)
	if len(x) == 0 || len(y) == 0 {
		return len(x) == len(y)
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return strings.Join(y[len(y)-len(x):], " ") == strings.Join(x, " ") || strings.Join(y[:len(x)], " ") == strings.Join(x, " ")
}

func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// check compares the quotes found in text with want: every wanted quote is
// found (half its span or more) with its kind class and speaker, and nothing
// else is found.
func check(t *testing.T, text string, got []schemas.Quote, wants []want) {
	t.Helper()
	checkKinds(t, text, got, wants, true)
}

// checkKinds is check; with indirect false, indirect quotes are not judged
// (a gold set that annotates only quotes in marks).
func checkKinds(t *testing.T, text string, got []schemas.Quote, wants []want, indirect bool) {
	t.Helper()
	if !indirect {
		kept := got[:0:0]
		for _, q := range got {
			if q.Kind != schemas.KindIndirect {
				kept = append(kept, q)
			}
		}
		got = kept
	}
	used := make([]bool, len(got))
	class := func(k string) string {
		if k == schemas.KindMixed {
			return schemas.KindDirect
		}
		return k
	}
	for _, w := range wants {
		s := runeIndex(text, w.text)
		if s < 0 {
			t.Fatalf("bad test: %q not in text", w.text)
		}
		e := s + utf8.RuneCountInString(w.text)
		found := false
		for i, q := range got {
			ov := min(e, q.End) - max(s, q.Start)
			if used[i] || class(q.Kind) != class(w.kind) || ov*2 < max(e-s, q.End-q.Start) {
				continue
			}
			used[i], found = true, true
			name := ""
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			if w.speaker == "" && name != "" || w.speaker != "" && !sameName(name, w.speaker) {
				t.Errorf("%q: speaker %q, want %q", w.text, name, w.speaker)
			}
			if w.kind != schemas.KindIndirect && q.Kind != w.kind {
				t.Errorf("%q: kind %s, want %s", w.text, q.Kind, w.kind)
			}
			break
		}
		if !found {
			t.Errorf("%s quote not found: %q", w.kind, w.text)
		}
	}
	for i, q := range got {
		if !used[i] {
			t.Errorf("unexpected %s quote %q (speaker %+v)", q.Kind, q.Text, q.Speaker)
		}
	}
}

// sharedDir finds ../shared beside the repository root, or "".
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// readJSONLines calls each with every non-blank line of the file at path.
func readJSONLines(t testing.TB, path string, each func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if line := sc.Bytes(); len(bytes.TrimSpace(line)) > 0 {
			each(line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// readJSONL decodes every line of a JSON-lines file into a T.
func readJSONL[T any](t testing.TB, path string) []T {
	t.Helper()
	var out []T
	readJSONLines(t, path, func(line []byte) {
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	})
	return out
}
