package kb

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/internal/shared"
)

// sharedDir finds ../shared relative to the repository root (the folder
// with go.mod), or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(shared.Path(t, "kb"))
}

func TestDefaultKBParses(t *testing.T) {
	ents, err := DefaultEntities()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if seen[e.ID] {
			t.Errorf("%s twice in default.tsv", e.ID)
		}
		seen[e.ID] = true
	}
	k, err := Open()
	if err != nil {
		t.Fatal(err)
	}
	// Names news uses, and the entity the default KB must give first.
	for _, tc := range []struct{ name, id string }{
		{"Donald Trump", "Q22686"}, {"Trump", "Q22686"}, {"Vladimir Putin", "Q7747"},
		{"Barack Obama", "Q76"}, {"Shinzo Abe", "Q132345"}, {"Germany", "Q183"},
		{"Russia", "Q159"}, {"U.S.", "Q30"}, {"United States", "Q30"}, {"America", "Q30"},
		{"Syria", "Q858"}, {"Israel", "Q801"}, {"Turkey", "Q43"}, {"Ukraine", "Q212"},
		{"Moscow", "Q649"}, {"Washington", "Q61"}, {"Hamburg", "Q1055"}, {"New York", "Q60"},
		{"White House", "Q35525"}, {"the White House", "Q35525"}, {"State Department", "Q789915"},
		{"AP", "Q40469"}, {"Associated Press", "Q40469"}, {"U.N.", "Q1065"}, {"United Nations", "Q1065"},
		{"Congress", "Q11268"}, {"G-20", "Q19771"}, {"Islamic State", "Q2429253"},
		{"Britain", "Q145"}, {"Georgia", "Q230"},
	} {
		c := k.Lookup(Normalize(tc.name))
		if len(c) == 0 || c[0].ID != tc.id {
			t.Errorf("default KB: %q -> %+v, want %s first", tc.name, c, tc.id)
		}
	}
}

// TestDefaultKBAgreesWithShared checks every default entity that
// ../shared/kb also holds: same type, and a label or alias in common.
func TestDefaultKBAgreesWithShared(t *testing.T) {
	shared := sharedDir(t)
	ents, err := DefaultEntities()
	if err != nil {
		t.Fatal(err)
	}
	mine := map[string]Entity{}
	for _, e := range ents {
		mine[e.ID] = e
	}
	files, _ := filepath.Glob(filepath.Join(shared, "kb", "*.jsonl"))
	found := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			line := sc.Bytes()
			// cheap pre-filter before decoding 230k lines
			i := strings.Index(string(line[:min(len(line), 40)]), `"id":"`)
			if i < 0 {
				continue
			}
			rest := string(line[i+6 : min(len(line), i+30)])
			id := rest[:strings.IndexByte(rest+`"`, '"')]
			e, ok := mine[id]
			if !ok {
				continue
			}
			var o jsonRecord
			if err := json.Unmarshal(line, &o); err != nil {
				t.Fatal(err)
			}
			found++
			if o.Type != e.Type {
				t.Errorf("%s %q: type %s here, %s in ../shared/kb", id, e.Label, e.Type, o.Type)
			}
			names := map[string]bool{Normalize(e.Label): true}
			for _, a := range e.Aliases {
				names[Normalize(a)] = true
			}
			ok = names[Normalize(o.Label)]
			for _, a := range o.Aliases {
				ok = ok || names[Normalize(a)]
			}
			if !ok {
				t.Errorf("%s: label %q here, %q (aliases %v) in ../shared/kb", id, e.Label, o.Label, o.Aliases)
			}
		}
		fh.Close()
	}
	t.Logf("%d of %d default entities checked against ../shared/kb", found, len(ents))
	if found < len(ents)/2 {
		t.Errorf("only %d default entities found in ../shared/kb", found)
	}
}
