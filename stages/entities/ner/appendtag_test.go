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

// AppendTagWords tags as AppendTag does and hands over the tokens with
// letters: those of ASCII letters hashed as the features hash them, the
// others by their spans.
func TestAppendTagWords(t *testing.T) {
	tg := loadTagger(t)
	text := "Officials in Zürich said Maria Costa met U.S. envoys, 3 of them."
	var w Words
	got := tg.AppendTagWords(nil, &w, text, nil)
	if want := tg.Tag(text, nil); !slices.Equal(got, want) {
		t.Errorf("AppendTagWords = %v, want %v", got, want)
	}
	var ascii, other []string
	for _, h := range w.ASCII {
		word := text[h.B : h.B+h.Len]
		if h.Low != lowerHash(word) {
			t.Errorf("%q hashed %x, want %x", word, h.Low, lowerHash(word))
		}
		ascii = append(ascii, word)
	}
	for _, sp := range w.Other {
		other = append(other, text[sp[0]:sp[1]])
	}
	if want := []string{"Officials", "in", "said", "Maria", "Costa", "met", "envoys", "of", "them"}; !slices.Equal(ascii, want) {
		t.Errorf("ASCII words %q, want %q", ascii, want)
	}
	if want := []string{"Zürich", "U.S."}; !slices.Equal(other, want) {
		t.Errorf("other words %q, want %q", other, want)
	}
	// a second text reuses the arrays and replaces the words
	tg.AppendTagWords(nil, &w, "Rome", nil)
	if len(w.ASCII) != 1 || len(w.Other) != 0 {
		t.Errorf("second text: %d, %d words, want 1, 0", len(w.ASCII), len(w.Other))
	}
}
