package ner

import "testing"

func TestCommonWord(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Officials", "police", "Analysts", "said", "The"} {
		if !tg.CommonWord(w) {
			t.Errorf("CommonWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Peskov", "Khrushcheva", "Leive"} {
		if tg.CommonWord(w) {
			t.Errorf("CommonWord(%q) = true, want false", w)
		}
	}
}
