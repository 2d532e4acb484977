package entities

import "testing"

// A trade word at the end makes a name a firm's, however its first words
// read ("Dick Clark Productions", "Ostrel Airways").
func TestFirmTradeEnds(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Dick Clark Productions", true},
		{"Ostrel Airways", true},
		{"Velmora Pharmaceuticals", true},
		{"Brell Studios", true},
		{"Mira Records", true},
		{"Productions", false},
		{"Dick Clark", false},
		{"Ostrel Airport", false},
	} {
		if got := endsLikeCompany(c.name); got != c.want {
			t.Errorf("endsLikeCompany(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
