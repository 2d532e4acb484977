package kb

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"U.S.", "us"},
		{"US", "us"},
		{"U.N.", "un"},
		{"G-20", "g20"},
		{"G20", "g20"},
		{"the White House", "white house"},
		{"The New School", "new school"},
		{"Shinzō Abe", "shinzo abe"},
		{"São Paulo", "sao paulo"},
		{"Washington, D.C.", "washington dc"},
		{"  Côte d'Ivoire ", "cote divoire"},
		{"AT&T", "at t"},
		{"Россия", "россия"},
		{"the", "the"},
		{"...", ""},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripLegalSuffix(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ford motor co", "ford motor"},
		{"volkswagen ag", "volkswagen"},
		{"lucky stores inc", "lucky stores"},
		{"morgan stanley and co inc", "morgan stanley"},
		{"smith and co", "smith"},
		{"procter and gamble co", "procter and gamble"},
		{"boeing", ""},
		{"inc", ""},
	} {
		if got := StripLegalSuffix(tc.in); got != tc.want {
			t.Errorf("StripLegalSuffix(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func table(t testing.TB, ents []Entity) *Table {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, ents); err != nil {
		t.Fatal(err)
	}
	tb, err := NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestTableRoundTrip(t *testing.T) {
	ents := []Entity{
		{ID: "Q30", Label: "United States", Aliases: []string{"U.S.", "USA", "America"}, Type: LOC, Description: "country", Prior: 0.9},
		{ID: "Q1223", Label: "Washington", Type: LOC, Prior: 0.6},
		{ID: "Q61", Label: "Washington, D.C.", Aliases: []string{"Washington"}, Type: LOC, Prior: 0.8},
		{ID: "Q44294", Label: "Ford Motor Company", Aliases: []string{"Ford"}, Type: ORG, Prior: 0.05},
		{ID: "", Label: "no id"},
	}
	tb := table(t, ents)
	if tb.Len() != 4 {
		t.Fatalf("Len = %d, want 4", tb.Len())
	}
	c := tb.Lookup("us")
	if len(c) != 1 || c[0].ID != "Q30" || c[0].IsLabel {
		t.Fatalf("Lookup(us) = %+v", c)
	}
	c = tb.Lookup("washington")
	if len(c) != 2 || c[0].ID != "Q61" || c[1].ID != "Q1223" || c[0].IsLabel || !c[1].IsLabel {
		t.Fatalf("Lookup(washington) = %+v, want Q61 (alias) then Q1223 (label)", c)
	}
	if c := tb.Lookup("ford motor"); len(c) != 1 || c[0].ID != "Q44294" {
		t.Fatalf("a company is found without its legal suffix: %+v", c)
	}
	if c := tb.Lookup("nowhere"); len(c) != 0 {
		t.Fatalf("Lookup(nowhere) = %+v", c)
	}
	i, ok := tb.ByID("Q30")
	if !ok {
		t.Fatal("ByID(Q30) not found")
	}
	e := tb.Entity(i)
	if e.Label != "United States" || e.Type != LOC || e.Description != "country" || len(e.Aliases) != 3 || e.Prior != 0.9 {
		t.Fatalf("Entity = %+v", e)
	}
	if _, ok := tb.ByID("Q5"); ok {
		t.Fatal("ByID(Q5) found")
	}
}

func TestTableRejectsCorruptData(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, []Entity{{ID: "Q1", Label: "Universe", Type: MISC}}); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	if _, err := NewTable(data[:len(data)-1]); err == nil {
		t.Error("truncated file accepted")
	}
	bad := append([]byte("XXXX"), data[4:]...)
	if _, err := NewTable(bad); err == nil {
		t.Error("bad magic accepted")
	}
}

func TestEmptyTable(t *testing.T) {
	tb := table(t, nil)
	if c := tb.Lookup("x"); len(c) != 0 {
		t.Fatal(c)
	}
}

func TestBuildJSONLAndLayering(t *testing.T) {
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "a.kb")
	var last int64
	if err := BuildFile(ctx, []string{"testdata/kb-a.jsonl"}, out, func(n int64) { last = n }); err != nil {
		t.Fatal(err)
	}
	if size, err := InputSize([]string{"testdata/kb-a.jsonl"}); err != nil || last != size {
		t.Errorf("progress ended at %d, want the input size %d (%v)", last, size, err)
	}
	k, err := Open(out, "testdata/kb-b.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if k.Layers() != 3 {
		t.Fatalf("Layers = %d, want default + 2", k.Layers())
	}
	// Paris: the capital (11M people) before the Texas town; the upper
	// layer's record (with its alias) wins for Q90.
	c := k.Lookup("paris")
	if len(c) < 2 || c[0].ID != "Q90" {
		t.Fatalf("Lookup(paris) = %+v", c)
	}
	if c[0].Description != "capital and largest city of France" {
		t.Errorf("Q90 record not from the top layer: %q", c[0].Description)
	}
	if c := k.Lookup("city of light"); len(c) != 1 || c[0].ID != "Q90" {
		t.Errorf("alias of the top layer: %+v", c)
	}
	if got := k.Types("new york"); got != 1<<2 {
		t.Errorf("Types(new york) = %b, want LOC only", got)
	}
	if got := k.Types("ford"); got != 1<<1 {
		t.Errorf("Types(ford) = %b, want ORG only", got)
	}
	if got := k.Types("nobody"); got != 0 {
		t.Errorf("Types(nobody) = %b", got)
	}
	e, ok := k.Get("Q44294")
	if !ok || e.Type != ORG || len(e.Aliases) != 1 {
		t.Errorf("Get(Q44294) = %+v, %v", e, ok)
	}
	// The default layer is underneath: Vladimir Putin is linkable.
	if c := k.Lookup(Normalize("Vladimir Putin")); len(c) == 0 || c[0].ID != "Q7747" {
		t.Errorf("default layer missing: %+v", c)
	}
	// A folder of *.jsonl is read whole.
	dir := t.TempDir()
	for _, f := range []string{"kb-a.jsonl", "kb-b.jsonl"} {
		data, _ := os.ReadFile(filepath.Join("testdata", f))
		os.WriteFile(filepath.Join(dir, f), data, 0o644)
	}
	tb, err := OpenTable(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := os.Stat("testdata/kb-a.jsonl")
	b, _ := os.Stat("testdata/kb-b.jsonl")
	if size, _ := InputSize([]string{dir}); size != a.Size()+b.Size() {
		t.Errorf("InputSize(folder) = %d, want %d", size, a.Size()+b.Size())
	}
	if tb.Len() != 5 {
		t.Errorf("folder: %d entities, want 5", tb.Len())
	}
}

func TestBuildWikidataDump(t *testing.T) {
	raw, err := os.ReadFile("testdata/wikidata-mini.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gz := filepath.Join(dir, "latest-all.json.gz")
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(raw)
	w.Close()
	if err := os.WriteFile(gz, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"testdata/wikidata-mini.json", gz} {
		out := filepath.Join(dir, "wd.kb")
		if err := BuildFile(context.Background(), []string{in}, out, nil); err != nil {
			t.Fatal(in, err)
		}
		tb, err := OpenTable(out)
		if err != nil {
			t.Fatal(err)
		}
		if tb.Len() != 4 {
			t.Errorf("%s: kept %d items, want 4 (Putin, Moscow, AP, WWII)", in, tb.Len())
		}
		want := map[string]struct {
			id, typ string
		}{
			"putin":            {"Q7747", PER},
			"moskva":           {"Q649", LOC},
			"ap":               {"Q40469", ORG},
			"second world war": {"Q362", MISC},
		}
		for key, w := range want {
			c := tb.Lookup(key)
			if len(c) != 1 || c[0].ID != w.id || c[0].Type != w.typ {
				t.Errorf("%s: Lookup(%q) = %+v, want %s %s", in, key, c, w.id, w.typ)
			}
		}
		putin := tb.Lookup("vladimir putin")[0]
		moscow := tb.Lookup("moscow")[0]
		if putin.Prior != Popularity(3, "sitelinks") || moscow.Prior != Popularity(2, "sitelinks") {
			t.Errorf("priors from sitelinks: %v %v", putin.Prior, moscow.Prior)
		}
		if putin.Description != "President of Russia" {
			t.Errorf("description %q", putin.Description)
		}
		for _, key := range []string{"seulement en francais", "some protein", "unclassified thing", "instance of"} {
			if c := tb.Lookup(key); len(c) != 0 {
				t.Errorf("%s: %q should be skipped: %+v", in, key, c)
			}
		}
	}
}

func TestBuildCancelled(t *testing.T) {
	var lines strings.Builder
	for i := 0; i < 10000; i++ {
		lines.WriteString(`{"id":"Q1","label":"x","type":"LOC"}` + "\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ReadJSONL(ctx, strings.NewReader(lines.String()), func(Entity) {}); err == nil {
		t.Fatal("cancelled read succeeded")
	}
}

func TestPopularityOrdersAcrossKinds(t *testing.T) {
	// a big country, a million-city and a village; a famous person and an
	// obscure one; unknown gets the floor
	if !(Popularity(3e8, "population") > Popularity(1e6, "population") &&
		Popularity(1e6, "population") > Popularity(1000, "population")) {
		t.Error("population order")
	}
	if !(Popularity(300, "sitelinks") > Popularity(10, "sitelinks")) {
		t.Error("sitelink order")
	}
	if Popularity(0, "") != 0.05 || Popularity(1e12, "population") != 1 {
		t.Error("bounds")
	}
}

// A name shared by more entities than MaxCandidates keeps the most
// popular ones, in the file and in every look-up.
func TestLookupCapsCandidates(t *testing.T) {
	var ents []Entity
	for i := 0; i < MaxCandidates+16; i++ {
		ents = append(ents, Entity{ID: "Q" + strings.Repeat("1", i+1), Label: "Springfield", Type: LOC,
			Prior: float32(i) / 100})
	}
	tb := table(t, ents)
	got := tb.Lookup("springfield")
	if len(got) != MaxCandidates {
		t.Fatalf("%d candidates, want %d", len(got), MaxCandidates)
	}
	for i, c := range got {
		if want := float32(MaxCandidates+15-i) / 100; c.Prior != want {
			t.Errorf("candidate %d prior %v, want %v (most popular first)", i, c.Prior, want)
		}
	}
	k := New(tb, table(t, []Entity{{ID: "Q9", Label: "Springfield", Type: LOC, Prior: 0.99}}))
	if got := k.Lookup("springfield"); len(got) != MaxCandidates || got[0].ID != "Q9" {
		t.Errorf("layered: %d candidates, first %v", len(got), got[0].ID)
	}
}

func TestStripAdminKind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"buenos aires province", "buenos aires"},
		{"hubei province", "hubei"},
		{"orange county", ""},
		{"province", ""},
		{"cordoba", ""},
	} {
		if got := StripAdminKind(tc.in); got != tc.want {
			t.Errorf("StripAdminKind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	tb := table(t, []Entity{{ID: "Q1", Label: "Córdoba Province", Type: LOC}, {ID: "Q2", Label: "Orange County", Type: LOC}})
	if got := tb.Lookup("cordoba"); len(got) != 1 || got[0].ID != "Q1" || got[0].IsLabel {
		t.Errorf("cordoba: %+v", got)
	}
	if got := tb.Lookup("orange"); len(got) != 0 {
		t.Errorf("orange: %+v", got)
	}
}

// TestNormalizeASCIIPath: the byte-by-byte path for ASCII names gives
// what the Unicode path gives, over every ASCII byte in varied company.
func TestNormalizeASCIIPath(t *testing.T) {
	var names []string
	for c := 0; c < 128; c++ {
		b := string(rune(c))
		names = append(names, b, "A"+b+"b", " the "+b+"x ", "The U.S."+b, b+b+"G-20"+b)
	}
	names = append(names, "", "the", "the ", "The White House", "  Ford  Motor  Co. ", "O'Neil's", "AT&T Inc", "the the")
	for _, s := range names {
		fast := string(appendNormalizedASCII(nil, 0, s))
		slow := string(appendNormalizedRunes(nil, 0, s))
		if fast != slow {
			t.Errorf("%q: ASCII path %q, Unicode path %q", s, fast, slow)
		}
	}
}

// IsLegalSuffix's quick test by length and first byte never turns a
// legal suffix away.
func TestIsLegalSuffix(t *testing.T) {
	for w := range legalSuffixes {
		if !IsLegalSuffix(w) {
			t.Errorf("IsLegalSuffix(%q) = false", w)
		}
	}
	for _, w := range []string{"", "c", "Co", "corporations", "cor", "motor", "industries", "x", "ags", "groupe",
		"gas", "lord", "abc", "sam", "hold", "incor", "plcs", "limits"} {
		if IsLegalSuffix(w) != legalSuffixes[w] {
			t.Errorf("IsLegalSuffix(%q) = %v", w, !legalSuffixes[w])
		}
	}
}
