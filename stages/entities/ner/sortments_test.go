package ner

import (
	"slices"
	"testing"
)

// sortMents must give what slices.SortFunc by start gives, whatever the
// shape of the input: ordered, an unordered tail, in-place changes, ties.
func TestSortMents(t *testing.T) {
	cases := []struct {
		name string
		in   []span
	}{
		{"empty", nil},
		{"one", []span{{3, 4, 0}}},
		{"ordered", []span{{0, 2, 0}, {5, 6, 1}, {9, 11, 2}}},
		{"tail appended", []span{{0, 2, 0}, {5, 6, 1}, {9, 11, 2}, {7, 8, 3}, {1, 2, 1}}},
		{"tail after all", []span{{0, 2, 0}, {5, 6, 1}, {20, 21, 0}, {12, 13, 3}}},
		{"tail before all", []span{{4, 5, 0}, {6, 7, 1}, {0, 1, 2}}},
		{"tie with the run", []span{{0, 2, 0}, {5, 6, 1}, {5, 7, 2}}},
		{"tie in the tail", []span{{0, 2, 0}, {8, 9, 1}, {3, 4, 2}, {3, 5, 0}}},
		{"changed in place", []span{{0, 2, 0}, {9, 10, 1}, {4, 5, 2}, {12, 13, 0}, {11, 12, 1}}},
	}
	long := []span{}
	for i := 100; i > 0; i-- {
		long = append(long, span{i, i + 1, i & 3})
	}
	cases = append(cases, struct {
		name string
		in   []span
	}{"long reversed", long})
	for _, c := range cases {
		want := slices.Clone(c.in)
		slices.SortFunc(want, func(x, y span) int { return x.a - y.a })
		sc := &scratch{ments: slices.Clone(c.in)}
		sc.sortMents()
		if !slices.Equal(sc.ments, want) {
			t.Errorf("%s: got %v, want %v", c.name, sc.ments, want)
		}
	}
}
