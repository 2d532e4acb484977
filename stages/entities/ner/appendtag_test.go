package ner

import (
	"slices"
	"testing"
)

// AppendTag appends exactly what Tag returns, after what dst holds.
func TestAppendTag(t *testing.T) {
	tg := loadTagger(t)
	text := "Officials in Lisbon said Maria Costa met envoys of the European Union on Monday."
	want := tg.Tag(text, nil)
	if len(want) == 0 {
		t.Fatal("no mentions to compare")
	}
	prefix := []Mention{{Start: 1, End: 2, Type: MISC}}
	got := tg.AppendTag(slices.Clip(prefix), text, nil)
	if !slices.Equal(got[:1], prefix) || !slices.Equal(got[1:], want) {
		t.Errorf("AppendTag = %v, want %v then %v", got, prefix, want)
	}
	if got := tg.AppendTag(nil, "no names here.", nil); got != nil {
		t.Errorf("AppendTag(nil) without names = %v, want nil", got)
	}
}
