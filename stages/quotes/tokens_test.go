package quotes

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

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

// nonWord8 must agree with the byte classes at every position of a word.
func TestNonWord8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			w := uint64(0x6161616161616161) // "aaaaaaaa"
			w = w&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			m := nonWord8(w)
			if got, want := m>>(8*pos+7)&1 == 1, asciiClass[c] != clWord; got != want {
				t.Errorf("byte %#x at %d: non-word %v, want %v", c, pos, got, want)
			}
			if m&^(1<<(8*pos+7)) != 0 {
				t.Errorf("byte %#x at %d marks the letters around it: %#x", c, pos, m)
			}
		}
	}
}

// Every lexicon and list word is found with its flags and lists whatever
// its case, and words near it are not.
func TestLexTable(t *testing.T) {
	lex, lists := lexTableNow(), listKeys()
	want := func(w string) lexVal { return lexVal{lexicon[w], lists[w]} }
	words := maps.Clone(lists)
	for w := range lexicon {
		words[w] = 0
	}
	if len(words) < len(lexicon)+100 {
		t.Fatalf("%d words in the lexicon and lists: the lists are not filled", len(words))
	}
	for w := range words {
		w0, w1 := packBytes([]byte(w))
		if got := lex.get(w0, w1, len(w), []byte(w)); got != want(w) {
			t.Errorf("%q: %+v, want %+v", w, got, want(w))
		}
		up := strings.ToUpper(w)
		if len(up) == len(w) && len(w) <= 16 && isASCII(w) {
			// At the text's end and inside it: the two ways of packing.
			for _, src := range []string{up, up + " and the rest of a sentence"} {
				a, b := packLowerASCII(src, 0, len(w))
				if got := lex.get(a, b, len(w), nil); got != want(w) {
					t.Errorf("%q in %q: %+v, want %+v", w, src, got, want(w))
				}
			}
		}
		for _, near := range []string{w + "x", "x" + w, w[:len(w)-1]} {
			a, b := packBytes([]byte(near))
			if got := lex.get(a, b, len(near), []byte(near)); got != want(near) {
				t.Errorf("%q: %+v, want %+v", near, got, want(near))
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The byte-wise fast path of tokenize gives the tokens of the rune-wise one,
// and every word carries the lexicon flags and list bits of its lower-cased
// text.
func TestTokenizePaths(t *testing.T) {
	texts := []string{
		"Mr. Smith, the U.S. Sen. J. Doe's aide, said: \"AT&T can't—won't—pay.\"",
		"O’Neil’s café-owner said ‘it’s fine’ and ``maybe'' then 'no' — Zürich's mayor.",
		"The officials' plans. Jones's 4.5% rise (e.g. in Q3) at 10:30 a.m.",
		"THE FBI'S VIEW, O'SULLIVAN", "x-", "a.", "A.", "U.S", "'s", "it's", "don\u2019t", "e\u0301t\u00e9", "done.\u00e9", "a'\u00e9",
	}
	for _, file := range []string{"articles.jsonl", "blind.jsonl"} {
		for _, g := range readGold(t, filepath.Join("testdata", file)) {
			texts = append(texts, g.Text)
		}
	}
	for _, s := range texts {
		checkTokenize(t, s)
	}
}

func FuzzTokenizePaths(f *testing.F) {
	for _, s := range []string{"U.S. Sen. Smith's", "can't won’t Zoë's x-y", "AT&T's ``a'' ‘b’", "a.b.c. D. e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokenize(t, s) })
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	var d doc
	d.decode(text)
	lists := listKeys()
	for _, single := range []int{0, len(d.r)} {
		got, _, _ := tokenize(d.r, text, d.boff, nil, nil, nil, single)
		tk := tokenizer{r: d.r, src: text, boff: d.boff, singleTo: single, lex: lexTableNow()}
		var want []token
		for i := 0; i < len(d.r); {
			want, i = tk.runeToken(want, i)
		}
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("%q: token %d is %+v, rune-wise %+v", text, i, got[i], want[i])
				}
			}
			t.Fatalf("%q: %d tokens, rune-wise %d", text, len(got), len(want))
		}
		for _, tok := range got {
			if tok.kind != kWord {
				continue
			}
			// A word never ends with a period of its own: one there is
			// the abbreviation's, part of the key.
			n := int(tok.e - tok.s)
			if d.r[tok.e-1] == '.' {
				n--
			}
			if n > lexTableNow().maxRunes {
				continue // too long to be looked up
			}
			w := lowerRunes(d.r[tok.s:tok.e])
			if tok.flags != lexicon[w] || tok.lists != lists[w] {
				t.Fatalf("%q: word %q flags %#x lists %#x, want %#x %#x", text, w, tok.flags, tok.lists, lexicon[w], lists[w])
			}
		}
	}
}

// lowerRunes lower-cases rune by rune, as the lexicon keys are made.
func lowerRunes(r []rune) string {
	var b []byte
	for _, c := range r {
		b = utf8.AppendRune(b, lowerRune(c))
	}
	return string(b)
}

// A list key that tokenizes to one token that is no word could match such a
// token, which doc.in never does.
func TestListKeysAreWords(t *testing.T) {
	for w := range listKeys() {
		var d doc
		d.decode(w)
		toks, _, _ := tokenize(d.r, w, d.boff, nil, nil, nil, 0)
		if len(toks) == 1 && toks[0].kind != kWord || strings.ContainsAny(w[:1], "'’‘`\"“”") {
			t.Errorf("list key %q is not a word", w)
		}
	}
}

// A word carries the bit of every list holding it, and only those.
func TestWordLists(t *testing.T) {
	text := "Vladimir Putin, Jr. and Mary of Moscow met the Department in a Statement last Week."
	var d doc
	d.src = text // as Extract sets it: wordKey reads an ASCII word from the source
	d.decode(text)
	d.toks, _, _ = tokenize(d.r, text, d.boff, nil, nil, nil, 0)
	for k := range d.toks {
		key := string(d.wordKey(int32(k)))
		for _, l := range wordLists {
			if got, want := d.in(int32(k), l.bit), (*l.list)[key]; got != want {
				t.Errorf("%q in list %#x: %v, want %v", key, l.bit, got, want)
			}
		}
	}
	for _, c := range []struct {
		word string
		bit  uint32
	}{{"Vladimir", lMale}, {"Mary", lFemale}, {"Moscow", lPlace}, {"Department", lGenericOrg}, {"Week", lTimeNoun}} {
		k := slices.IndexFunc(d.toks, func(t token) bool { return string(d.r[t.s:t.e]) == c.word })
		if k < 0 || !d.in(int32(k), c.bit) {
			t.Errorf("%q is not marked %#x", c.word, c.bit)
		}
	}
}

// decode gives the runes of the text and their byte offsets, ASCII runs of
// any length and alignment included.
func TestDecode(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "é", "aé", "abcdefgé", "abcdefghé xyz", "ab\xffcdefghijk", "日本語 text of more than eight bytes ’ok’"} {
		for _, pre := range []string{"", "x", "ééé"} {
			text := pre + s
			var d doc
			d.decode(text)
			var wantR []rune
			var wantOff []int32
			for b, c := range text {
				wantR, wantOff = append(wantR, c), append(wantOff, int32(b))
			}
			wantOff = append(wantOff, int32(len(text)))
			if !slices.Equal(d.r, wantR) || !slices.Equal(d.boff, wantOff) {
				t.Errorf("%q: runes %q offsets %v, want %q %v", text, d.r, d.boff, wantR, wantOff)
			}
		}
	}
}
