package quotes

import "testing"

// hasDoubleMark must agree with isDoubleMark, which it short-cuts.
func TestHasDoubleMarkAgrees(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		want, _ := isDoubleMark(r)
		if got := hasDoubleMark("ab " + string(r) + " cd"); got != want {
			t.Errorf("%U: hasDoubleMark %v, isDoubleMark %v", r, got, want)
		}
	}
	if hasDoubleMark("it's ‘single’ only") {
		t.Error("single marks are not double")
	}
}
