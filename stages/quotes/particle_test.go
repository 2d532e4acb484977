package quotes

import "testing"

// particleName on words of every length around its hyphen test.
func TestParticleName(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"al-Jaafari", true}, {"el-Sisi", true}, {"abu-Bakr", true}, {"xy-Z", true}, {"abc-D", true},
		{"al-jaafari", false}, {"a-Bcdef", false}, {"well-Known", false}, {"xy-", false}, {"abc-", false},
		{"xyz", false}, {"ab", false}, {"Al-Jaafari", false}, {"al–Jaafari", false}, {"ab-cd-Ef", false},
	} {
		d := doc{src: c.word}
		d.decode(c.word)
		if got := d.particleName(0, int32(len(d.r))); got != c.want {
			t.Errorf("%q: %v, want %v", c.word, got, c.want)
		}
	}
}
