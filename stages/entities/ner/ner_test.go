package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	if tg.model == nil {
		t.Fatal("Default returned no model")
	}
	return tg
}

// found renders mentions as "TYPE:surface" for comparison.
func found(text string, ms []Mention) []string {
	r := []rune(text)
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Type + ":" + string(r[m.Start:m.End])
	}
	return out
}

func TestTagNews(t *testing.T) {
	tg := loadTagger(t)
	cases := []struct {
		name, text string
		want       []string // each must be found exactly
		not        []string // surfaces that must not be a mention, any type
	}{
		{"title before person", "Russian President Vladimir Putin met German Chancellor Angela Merkel in Berlin on Friday.",
			[]string{"PER:Vladimir Putin", "PER:Angela Merkel", "LOC:Berlin"},
			[]string{"President Vladimir Putin", "Russian President Vladimir Putin", "Chancellor Angela Merkel", "Friday"}},
		{"possessive", "Putin's spokesman Dmitry Peskov said the Kremlin would respond.",
			[]string{"PER:Putin", "PER:Dmitry Peskov", "ORG:Kremlin"},
			[]string{"Putin's", "Putin'"}},
		{"list of places", "Leaders will meet in Antalya, Turkey, next month.",
			[]string{"LOC:Antalya", "LOC:Turkey"},
			[]string{"Antalya, Turkey"}},
		// GMB tags "U.N." LOC and ORG about equally often, so only its
		// span is asserted
		{"dotted acronyms", "Officials from the U.S. and the U.N. met in Geneva.",
			[]string{"LOC:U.S.", "*:U.N.", "LOC:Geneva"},
			[]string{"U.S", "Officials"}},
		{"title object", "Officials said Secretary of State Hillary Clinton arrived in Cairo.",
			[]string{"PER:Hillary Clinton", "LOC:Cairo"}, []string{"State Hillary Clinton", "State"}},
		// a KB name the training news never saw
		{"known name", "Fighters loyal to the Islamic State group attacked the town.",
			[]string{"*:Islamic State"}, nil},
		// an all-caps headline is read in its true case
		{"headline", "PUTIN AND MERKEL MEET IN BERLIN AS TALKS ON UKRAINE RESUME",
			[]string{"PER:PUTIN", "PER:MERKEL", "LOC:BERLIN", "LOC:UKRAINE"},
			[]string{"MEET", "TALKS", "RESUME", "MERKEL MEET"}},
		{"hyphenated group", "The G-20 summit opened on Sunday.",
			[]string{"ORG:G-20"}, []string{"The G-20", "G"}},
		{"organisation heads", "A spokesman for the State Department said the National Security Council met at the White House.",
			[]string{"ORG:State Department", "ORG:National Security Council", "ORG:White House"},
			[]string{"the State Department"}},
		{"list of organisations", "Officials at the State Department and National Security Council disagreed.",
			[]string{"ORG:State Department", "ORG:National Security Council"},
			[]string{"State Department and National Security Council"}},
		{"lower-case article", "Nina Khrushcheva, a professor at the New School in New York, said the KGB had changed.",
			[]string{"PER:Nina Khrushcheva", "ORG:New School", "LOC:New York", "ORG:KGB"},
			[]string{"the New School"}},
		{"sentence-initial words", "Officials said the AP had obtained the letter. Witnesses saw smoke over Aleppo.",
			[]string{"ORG:AP", "LOC:Aleppo"}, []string{"Officials", "Witnesses"}},
		{"abbreviated titles", "Secretary of State John Kerry flew to Geneva with Sen. John McCain and Rep. Nancy Pelosi.",
			[]string{"PER:John Kerry", "LOC:Geneva", "PER:John McCain", "PER:Nancy Pelosi"},
			[]string{"State", "Sen. John McCain", "Rep. Nancy Pelosi", "Secretary"}},
		{"company suffixes", "Apple Inc. and Microsoft Corp. reported higher profits.",
			[]string{"ORG:Apple Inc.", "ORG:Microsoft Corp."}, []string{"Apple Inc. and Microsoft Corp."}},
		{"company and seat", "Paxar said it had acquired Kellner Trading Co Ltd of Osaka for 12 mln dlrs.",
			[]string{"*:Kellner Trading Co Ltd", "LOC:Osaka"}, []string{"Kellner Trading Co Ltd of Osaka"}},
		{"company form ends a sentence", "It bought Erskine Resources Ltd. Terms were not disclosed.",
			[]string{"ORG:Erskine Resources Ltd."}, []string{"Erskine Resources Ltd. Terms", "Terms"}},
		{"surname after full name", "Senator Tom Cotton spoke first. Later, Cotton said he was pleased.",
			[]string{"PER:Tom Cotton", "PER:Cotton"}, []string{"Later", "Senator"}},
		{"long title", "Senate Majority Leader Mitch McConnell said Republicans supported it.",
			[]string{"PER:Mitch McConnell"}, []string{"Senate Majority Leader Mitch McConnell", "Leader Mitch McConnell"}},
		{"dateline", "MOSCOW (AP) — Officials said the talks had failed.",
			[]string{"LOC:MOSCOW", "ORG:AP"}, []string{"Officials"}},
		// the dated dateline of wire copy, tagged a place even where the
		// model read a person
		{"dated dateline", "BRUSSELS 1996-08-22\nThe commission met on Thursday.",
			[]string{"LOC:BRUSSELS"}, nil},
		{"three-word dateline", "RIO DE JANEIRO 1996-08-22\nPolice said.",
			[]string{"LOC:RIO DE JANEIRO"}, nil},
		// a capitalised word the article also writes in lower case is a
		// common word, whatever the sentence alone suggests
		{"common word written lower case elsewhere", "Sorghum prices rose in Kansas. Farmers said the sorghum harvest was large.",
			[]string{"LOC:Kansas"}, []string{"Sorghum"}},
		{"common word opening a sentence", "Cinema attendance fell in France. Owners said the cinema trade was weak.",
			[]string{"LOC:France"}, []string{"Cinema"}},
		// the last two names of a list are two names
		{"end of a list", "Sites such as Google, Twitter and Spotify went down.",
			[]string{"*:Google", "*:Twitter", "*:Spotify"}, []string{"Twitter and Spotify"}},
		// "St." is no person's title: it opens places and teams
		{"saint in a place name", "The team moved to St. Louis last year and later played in St. Petersburg.",
			[]string{"*:St. Louis", "*:St. Petersburg"}, []string{"Louis", "Petersburg"}},
		{"acronym opening a sentence", "NATO, the alliance, met in Brussels.",
			[]string{"ORG:NATO", "LOC:Brussels"}, nil},
		{"two-word dateline", "NEW YORK, March 3 (Reuters) - Shares fell.",
			[]string{"LOC:NEW YORK", "ORG:Reuters"}, nil},
		{"honorific", "Mr. Obama and Prime Minister Shinzo Abe spoke by phone.",
			[]string{"PER:Obama", "PER:Shinzo Abe"}, []string{"Mr. Obama", "Prime Minister Shinzo Abe"}},
		{"particle name", "The leader of al-Qaida was killed, officials in Pakistan said.",
			[]string{"ORG:al-Qaida", "LOC:Pakistan"}, []string{"The"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := found(c.text, tg.Tag(c.text, nil))
			for _, w := range c.want {
				if strings.HasPrefix(w, "*:") {
					if !slices.ContainsFunc(got, func(g string) bool { return strings.HasSuffix(g, w[1:]) }) {
						t.Errorf("missing span %q in %q", w[2:], got)
					}
					continue
				}
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				for _, g := range got {
					if g[strings.IndexByte(g, ':')+1:] == n {
						t.Errorf("unwanted mention %q in %q", n, got)
					}
				}
			}
		})
	}
}

func TestTagOffsetsAreCodePoints(t *testing.T) {
	tg := loadTagger(t)
	text := "«Ça suffit», a dit Emmanuel Macron à Paris. Zürich’s mayor Corine Mauch agreed."
	got := found(text, tg.Tag(text, nil))
	for _, w := range []string{"PER:Emmanuel Macron", "LOC:Paris", "PER:Corine Mauch"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, g := range got {
		if strings.Contains(g, "’") {
			t.Errorf("possessive kept: %q", g)
		}
	}
}

func TestTagUsesSentenceSpans(t *testing.T) {
	tg := loadTagger(t)
	// Without the spans the crude splitter sees one sentence; with them the
	// second sentence starts at "Reuters", whose tokens must still be found.
	text := "He left for Boston on Monday\nReuters reported that Gazprom shares fell."
	spans := []schemas.Span{{Start: 0, End: 28}, {Start: 29, End: len([]rune(text))}}
	got := found(text, tg.Tag(text, spans))
	for _, w := range []string{":Boston", ":Reuters", ":Gazprom"} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasSuffix(g, w) }) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	// garbage spans must not break anything
	for _, bad := range [][]schemas.Span{{{Start: 50, End: 10}}, {{Start: -5, End: 1000}}, {}} {
		checkMentions(t, text, tg.Tag(text, bad))
	}
}

func TestModelRoundTrip(t *testing.T) {
	tg := loadTagger(t)
	var buf bytes.Buffer
	if _, err := tg.model.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	text := "Japanese Prime Minister Shinzo Abe met Barack Obama at the White House in Washington."
	a, b := tg.Tag(text, nil), NewTagger(m).Tag(text, nil)
	if !slices.Equal(a, b) {
		t.Errorf("reloaded model tags differently: %v vs %v", a, b)
	}
	if _, err := ReadModel(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("ReadModel accepted garbage")
	}
}

func TestFallbackWithoutModel(t *testing.T) {
	tg := NewTagger(nil)
	text := "He met delegates of the Bank of England in London."
	got := found(text, tg.Tag(text, nil))
	if !slices.Contains(got, "ORG:Bank of England") {
		t.Errorf("fallback: got %q", got)
	}
}

// checkMentions asserts the output contract: valid, ordered,
// non-overlapping code-point spans with known types.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	n := len([]rune(text))
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > n {
			t.Fatalf("bad span %+v (prev end %d, len %d) in %q", m, prev, n, text)
		}
		if typeIndex(m.Type) < 0 {
			t.Fatalf("bad type %q", m.Type)
		}
		prev = m.End
	}
}

func FuzzTag(f *testing.F) {
	tg, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Russian President Vladimir Putin met U.S. officials in Antalya, Turkey.",
		"G-20 al-Qaida O'Brien U.S.A. Mr. X.", "", " . ", "\xff\xfeA B", "É. Ü-Ö 'A' \"B\" (C) [D]",
		"A.B.C.D.E.F.G.H.I.J.K", "...A...", "Mr.Mr.Mr. Jr.",
	} {
		f.Add(s, 0, 5)
	}
	f.Fuzz(func(t *testing.T, text string, s0, s1 int) {
		checkMentions(t, text, tg.Tag(text, nil))
		checkMentions(t, text, tg.Tag(text, []schemas.Span{{Start: s0, End: s1}, {Start: s1, End: s1 + 40}}))
	})
}

func TestConcurrentTag(t *testing.T) {
	tg := loadTagger(t)
	texts := []string{
		"Russian President Vladimir Putin met German Chancellor Angela Merkel in Berlin.",
		"A spokesman for the State Department said the National Security Council met.",
		"Officials said the AP had obtained the letter.",
	}
	want := make([][]Mention, len(texts))
	for i, s := range texts {
		want[i] = tg.Tag(s, nil)
	}
	done := make(chan error)
	for g := range 4 {
		go func() {
			for k := range 50 {
				i := (g + k) % len(texts)
				if got := tg.Tag(texts[i], nil); !slices.Equal(got, want[i]) {
					done <- fmt.Errorf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestTypeIndices: the type index constants the rules test mentions by
// name the strings of typeNames they stand for.
func TestTypeIndices(t *testing.T) {
	for _, c := range []struct {
		i    int
		want string
	}{{perType, PER}, {orgType, ORG}, {locType, LOC}} {
		if typeNames[c.i] != c.want {
			t.Errorf("typeNames[%d] = %q, want %q", c.i, typeNames[c.i], c.want)
		}
	}
}
