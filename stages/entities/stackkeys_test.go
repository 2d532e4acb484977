package entities

import (
	"math/rand/v2"
	"testing"

	"github.com/wirestream/wirestream/kb"
)

// isLegalSuffixWord is kb.IsLegalSuffix(kb.Normalize(w)), the code it
// replaced, and companyEndsWord is its former self, on words written for
// them and random ones.
func TestIsLegalSuffixWordMatchesRef(t *testing.T) {
	ref := func(w string) bool { return kb.IsLegalSuffix(kb.Normalize(w)) }
	words := []string{"Inc", "Inc.", "INC", "Corp.", "Co", "co.", "Ltd", "L.t.d.", "GmbH", "S.A.", "Plc", "A.G.",
		"Holdings", "Company", "Comp", "Incorporated", "Bank", "", ".", "the", "The Co", "Cie", "AB", "Äb", "ＡＧ",
		"Co-", "-Co", "Corp,", "Limited's", "company’s", "Groupe", "GROUP", "sa", "S.p.A.", "nv", "N.V."}
	r := rand.New(rand.NewPCG(9, 9))
	alphabet := []rune("aAbBcCgGiInNlLoOpPrRsStTdD .-'’,Äé ")
	for range 20000 {
		n := r.IntN(14)
		w := make([]rune, n)
		for i := range w {
			w[i] = alphabet[r.IntN(len(alphabet))]
		}
		words = append(words, string(w))
	}
	// longer than the stack buffer: the append moves to the heap
	words = append(words, "Incorporated Incorporated Incorporated Incorporated")
	// companyEndsWord as it was, normalising to a string
	refEnds := func(w string) bool {
		k := kb.Normalize(w)
		return kb.IsLegalSuffix(k) || firmForms[k] || companyEnds[k] || isCompanyNoun(k)
	}
	words = append(words, "Bancorp", "Airlines", "Carmaker", "Drugmaker's", "Industries", "Partners")
	for _, w := range words {
		if got, want := isLegalSuffixWord(w), ref(w); got != want {
			t.Errorf("isLegalSuffixWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := companyEndsWord(w), refEnds(w); got != want {
			t.Errorf("companyEndsWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// getBytes answers as get does, computes a key once, and keeps a copy of
// the key, not the caller's buffer.
func TestKeyCacheGetBytes(t *testing.T) {
	var c keyCache[int]
	calls := 0
	count := func(k string) int { calls++; return len(k) + 100 }
	buf := []byte("moscow")
	if got := c.getBytes(buf, count); got != 106 || calls != 1 {
		t.Fatalf("first getBytes = %d after %d calls", got, calls)
	}
	if got := c.get("moscow", count); got != 106 || calls != 1 {
		t.Fatalf("get after getBytes = %d after %d calls, want a cached 106", got, calls)
	}
	copy(buf, "kyiv!!") // the caller reuses its buffer
	if got := c.get("moscow", count); got != 106 || calls != 1 {
		t.Fatalf("get(moscow) after the buffer changed = %d after %d calls", got, calls)
	}
	if got := c.getBytes(buf[:4], count); got != 104 || calls != 2 {
		t.Fatalf("getBytes(kyiv) = %d after %d calls", got, calls)
	}
	if got := c.getBytes(nil, count); got != 100 || calls != 3 {
		t.Fatalf("getBytes(nil) = %d after %d calls", got, calls)
	}
}

// A KB type question the stage's cache has answered costs no allocation:
// the normalised name stays on the stack.
func TestOrgOrPlaceCachedAllocs(t *testing.T) {
	k, err := kb.Open()
	if err != nil {
		t.Fatal(err)
	}
	types := new(keyCache[uint8])
	for _, name := range []string{"Nippon Telegraph and Telephone", "Ministry of Finance", "Bank of Japan", "Xq Zzyzx"} {
		typ, ok := orgOrPlace(k, types, name)
		bits := k.Types(kb.Normalize(name))
		wantOK := bits&kbPER == 0 && bits&(kbORG|kbLOC) != 0
		if ok != wantOK {
			t.Errorf("orgOrPlace(%q) = %q, %v; KB types %08b", name, typ, ok, bits)
		}
		if n := testing.AllocsPerRun(100, func() { orgOrPlace(k, types, name) }); n != 0 {
			t.Errorf("orgOrPlace(%q) cached: %v allocations, want 0", name, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { isLegalSuffixWord("Inc.") }); n != 0 {
		t.Errorf("isLegalSuffixWord: %v allocations, want 0", n)
	}
}
