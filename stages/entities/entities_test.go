package entities

import (
	"bytes"
	"context"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// fakeNER finds the given names wherever they occur (longest first, no
// overlaps), so linking and coreference are tested apart from recognition.
type fakeNER map[string]string // surface -> type

func (f fakeNER) Tag(text string, _ []schemas.Span) []ner.Mention {
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	taken := make([]bool, len(text))
	var out []ner.Mention
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n)
			free := true
			for j := i; j < i+len(n); j++ {
				free = free && !taken[j]
			}
			if !free {
				continue
			}
			for j := i; j < i+len(n); j++ {
				taken[j] = true
			}
			s := utf8.RuneCountInString(text[:i])
			out = append(out, ner.Mention{Start: s, End: s + utf8.RuneCountInString(n), Type: f[n]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func newStage(t *testing.T, f fakeNER, k *kb.KB) *Stage {
	t.Helper()
	opts := []Option{WithRecognizer(f)}
	if k != nil {
		opts = append(opts, WithKnowledgeBase(k))
	}
	s, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// linkCase: in text, the entity with the mention name links to want ("" for NIL).
type linkCase struct{ text, name, want string }

// checkLinks runs the stage on each case's text.
func checkLinks(t *testing.T, s *Stage, cases []linkCase) {
	t.Helper()
	for _, tc := range cases {
		if got := link(find(s.Annotate(tc.text, nil), tc.name)); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// mentionCase: in text, the mention links to want ("" for NIL), or is
// no mention at all when want is "-".
type mentionCase struct{ text, mention, want string }

// checkMentions runs the stage on each case's text.
func checkMentions(t *testing.T, s *Stage, cases []mentionCase) {
	t.Helper()
	for _, tc := range cases {
		ents := s.Annotate(tc.text, nil)
		e := find(ents, tc.mention)
		switch {
		case tc.want == "-" && e != nil:
			t.Errorf("%q: unexpected mention %q", tc.text, tc.mention)
		case tc.want != "-" && e == nil:
			t.Errorf("%q: no mention %q in %v", tc.text, tc.mention, mentionTexts(ents))
		case tc.want != "-" && link(e) != tc.want:
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.mention, link(e), tc.want)
		}
	}
}

func mentionTexts(ents []schemas.Entity) []string {
	var out []string
	for _, e := range ents {
		for _, m := range e.Mentions {
			out = append(out, m.Text)
		}
	}
	return out
}

// testKB is a KB of just these entities.
func testKB(t *testing.T, ents []kb.Entity) *kb.KB {
	t.Helper()
	var b bytes.Buffer
	if err := kb.Write(&b, ents); err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return kb.New(tb)
}

// find returns the entity having a mention with this text.
func find(ents []schemas.Entity, mention string) *schemas.Entity {
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if m.Text == mention {
				return &ents[i]
			}
		}
		for _, m := range ents[i].CaptionMentions {
			if m.Text == mention {
				return &ents[i]
			}
		}
	}
	return nil
}

func link(e *schemas.Entity) string {
	if e == nil || e.Link == nil {
		return ""
	}
	return *e.Link
}

func TestCoreferenceAndLinking(t *testing.T) {
	type want struct {
		mention, name, typ, link string
		mentions                 int
	}
	for _, tc := range []struct {
		name string
		text string
		ner  fakeNER
		want []want
	}{
		{
			name: "surnames after full names",
			text: "President Donald Trump will meet Vladimir Putin in Hamburg. Trump wants a full meeting. " +
				"Putin's spokesman Dmitry Peskov said the protocol was secondary, Peskov added.",
			ner: fakeNER{"Donald Trump": "PER", "Trump": "PER", "Vladimir Putin": "PER", "Putin": "PER",
				"Hamburg": "LOC", "Dmitry Peskov": "PER", "Peskov": "PER"},
			want: []want{
				{"Trump", "Donald Trump", "PER", "Q22686", 2},
				{"Putin", "Vladimir Putin", "PER", "Q7747", 2},
				{"Hamburg", "Hamburg", "LOC", "Q1055", 1},
				{"Peskov", "Dmitry Peskov", "PER", "", 2},
			},
		},
		{
			name: "a short form before the full name",
			text: "Kalugin spoke first. Oleg Kalugin, a former KGB general, said more.",
			ner:  fakeNER{"Kalugin": "PER", "Oleg Kalugin": "PER", "KGB": "ORG"},
			want: []want{{"Kalugin", "Oleg Kalugin", "PER", "", 2}},
		},
		{
			name: "one country under three names",
			text: "The United States said the U.S. would act. America has allies.",
			ner:  fakeNER{"United States": "LOC", "U.S.": "LOC", "America": "LOC"},
			want: []want{{"America", "United States", "LOC", "Q30", 3}},
		},
		{
			name: "acronym after the full name",
			text: "The National Security Council met. The NSC urged restraint.",
			ner:  fakeNER{"National Security Council": "ORG", "NSC": "ORG"},
			want: []want{{"NSC", "National Security Council", "ORG", "", 2}},
		},
		{
			name: "a company without its legal suffix",
			text: "Paxar Corp said it bought a distributor of Paxar products.",
			ner:  fakeNER{"Paxar Corp": "ORG", "Paxar": "ORG"},
			want: []want{{"Paxar", "Paxar Corp", "ORG", "", 2}},
		},
		{
			name: "two people with one surname stay apart from a place",
			text: "Barack Obama and Vladimir Putin met in Moscow. Obama left Moscow on Monday.",
			ner:  fakeNER{"Barack Obama": "PER", "Vladimir Putin": "PER", "Moscow": "LOC", "Obama": "PER"},
			want: []want{
				{"Obama", "Barack Obama", "PER", "Q76", 2},
				{"Moscow", "Moscow", "LOC", "Q649", 2},
			},
		},
		{
			name: "the KB type wins over a tagging slip",
			text: "The U.N. and the White House spoke about Islamic State.",
			ner:  fakeNER{"U.N.": "LOC", "White House": "LOC", "Islamic State": "LOC"},
			want: []want{
				{"U.N.", "United Nations", "ORG", "Q1065", 1},
				{"White House", "White House", "ORG", "Q35525", 1},
				{"Islamic State", "Islamic State", "ORG", "Q2429253", 1},
			},
		},
		{
			name: "a title or an administration makes a person",
			text: "Bonds of the kind the Carter administration sold. Sen. Graham disagreed.",
			ner:  fakeNER{"Carter": "LOC", "Graham": "ORG"},
			want: []want{
				{"Carter", "Jimmy Carter", "PER", "Q23685", 1},
				{"Graham", "Graham", "PER", "", 1},
			},
		},
		{
			name: "places inside compounds",
			text: "The Moscow-based firm and a Hong Kong-based fund met Texas-born managers; the firm is self-based.",
			ner:  fakeNER{},
			want: []want{
				{"Moscow", "Moscow", "LOC", "Q649", 1},
				{"Hong Kong", "Hong Kong", "LOC", "Q8646", 1},
				{"Texas", "Texas", "LOC", "Q1439", 1},
			},
		},
		{
			name: "the first word of a company name",
			text: "Dow Chemical Co said profits rose. Dow expects more. General Motors Corp and General Mills differ.",
			ner:  fakeNER{"Dow Chemical Co": "ORG", "Dow": "PER", "General Motors Corp": "ORG", "General": "ORG"},
			want: []want{
				{"Dow", "Dow Chemical Co", "ORG", "", 2},
				{"General", "General", "ORG", "", 1},
			},
		},
		{
			name: "a company's first word that speaks is the company, not its town",
			text: "Hanover Insurance Co raised its dividend. Hanover said sales rose. Texas Instruments Inc has a plant in Texas.",
			ner:  fakeNER{"Hanover Insurance Co": "ORG", "Hanover": "LOC", "Texas Instruments Inc": "ORG", "Texas": "LOC"},
			want: []want{
				{"Hanover", "Hanover Insurance Co", "ORG", "", 2},
				{"Texas", "Texas", "LOC", "Q1439", 1},
			},
		},
		{
			name: "a possessive that lost its apostrophe",
			text: "Texaco Inc shares rose. Texacos bond issue was cut. Filipino Philippine exports rose; the Philippines said.",
			ner:  fakeNER{"Texaco Inc": "ORG", "Texacos": "LOC", "Philippine": "MISC", "Philippines": "LOC"},
			want: []want{
				// "Texacos" joins the entity but is no mention of it (see
				// TestLostApostrophePossessives)
				{"Texaco Inc", "Texaco Inc", "ORG", "", 1},
				{"Philippines", "Philippines", "LOC", "Q928", 1},
			},
		},
		{
			name: "single letters are not linked",
			text: "Its Class B shares rose.",
			ner:  fakeNER{"B": "ORG"},
			want: []want{{"B", "B", "ORG", "", 1}},
		},
		{
			name: "a hyphen for a space",
			text: "Exports to West-Germany rose while the G-20 met.",
			ner:  fakeNER{"West-Germany": "LOC", "G-20": "ORG"},
			want: []want{
				{"West-Germany", "West Germany", "LOC", "Q713750", 1},
				{"G-20", "G20", "ORG", "Q19771", 1},
			},
		},
		{
			name: "nationality adjectives stay unlinked",
			text: "Russian officials met German diplomats.",
			ner:  fakeNER{"Russian": "MISC", "German": "MISC"},
			want: []want{{"Russian", "Russian", "MISC", "", 1}},
		},
		{
			name: "a company and its seat read as one name",
			text: "It sold the unit to Ozaki Trading Co Ltd of Osaka last week.",
			ner:  fakeNER{"Ozaki Trading Co Ltd of Osaka": "ORG"},
			want: []want{
				{"Ozaki Trading Co Ltd", "Ozaki Trading Co Ltd", "ORG", "", 1},
				{"Osaka", "Osaka", "LOC", "Q35765", 1},
			},
		},
		{
			name: "coordinated institutions read as one name",
			text: "Officials at the State Department and National Security Council urged restraint.",
			ner:  fakeNER{"State Department and National Security Council": "ORG"},
			want: []want{
				{"State Department", "United States Department of State", "ORG", "Q789915", 1},
				{"National Security Council", "National Security Council", "ORG", "", 1},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := newStage(t, tc.ner, nil).Annotate(tc.text, nil)
			for _, w := range tc.want {
				e := find(ents, w.mention)
				if e == nil {
					t.Errorf("no entity with mention %q in %+v", w.mention, ents)
					continue
				}
				if e.Name != w.name || e.Type != w.typ || link(e) != w.link || len(e.Mentions) != w.mentions {
					t.Errorf("%q: got name %q type %s link %q with %d mentions, want %q %s %q %d",
						w.mention, e.Name, e.Type, link(e), len(e.Mentions), w.name, w.typ, w.link, w.mentions)
				}
				for i := 1; i < len(e.Mentions); i++ {
					if e.Mentions[i].Start < e.Mentions[i-1].Start {
						t.Errorf("%q: mentions not sorted", w.mention)
					}
				}
				for _, m := range e.Mentions {
					if got := string([]rune(tc.text)[m.Start:m.End]); got != m.Text {
						t.Errorf("mention %q at %d:%d reads %q", m.Text, m.Start, m.End, got)
					}
				}
			}
			for i, e := range ents {
				if e.Ref != "e"+strconv.Itoa(i+1) {
					t.Errorf("refs out of order: %s at %d", e.Ref, i)
				}
			}
		})
	}
}

// TestContextDisambiguates: the more popular Paris loses when the article
// speaks of Texas.
func TestContextDisambiguates(t *testing.T) {
	var b bytes.Buffer
	err := kb.Write(&b, []kb.Entity{
		{ID: "Q90", Label: "Paris", Type: kb.LOC, Description: "capital of France", Prior: kb.Popularity(11e6, "population")},
		{ID: "Q830149", Label: "Paris", Type: kb.LOC, Description: "city in Lamar County, Texas", Prior: kb.Popularity(25000, "population")},
		{ID: "Q1439", Label: "Texas", Type: kb.LOC, Description: "state of the United States", Prior: 0.8},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"Paris": "LOC", "Texas": "LOC"}, kb.New(tb))
	for _, tc := range []struct{ text, want string }{
		{"Paris hosted the summit of European leaders.", "Q90"},
		{"Storms hit Paris, Texas, and the rest of Lamar County on Sunday.", "Q830149"},
	} {
		if got := link(find(s.Annotate(tc.text, nil), "Paris")); got != tc.want {
			t.Errorf("%q: Paris -> %q, want %s", tc.text, got, tc.want)
		}
	}
}

func TestLinkSpeakers(t *testing.T) {
	text := `Putin's spokesman Dmitry Peskov said "no." Nina Khrushcheva spoke. "Never," she said. The White House said "fine."`
	s := newStage(t, fakeNER{"Putin": "PER", "Dmitry Peskov": "PER", "Nina Khrushcheva": "PER", "White House": "ORG"}, nil)
	ents := s.Annotate(text, nil)
	rs := []rune(text)
	at := func(sub string) (int, int) {
		i := strings.Index(string(rs), sub)
		st := utf8.RuneCountInString(string(rs)[:i])
		return st, st + utf8.RuneCountInString(sub)
	}
	ps, pe := at("Dmitry Peskov")
	hs, he := at("she")
	ws, we := at("White House")
	cue := &schemas.Mention{Start: 0, End: 4, Text: "said"}
	quotes := []schemas.Quote{
		{Start: 1, End: 2, Text: "no.", Kind: "direct", Speaker: &schemas.Speaker{Start: ps, End: pe, Text: "Dmitry Peskov", Name: "Dmitry Peskov"}, Cue: cue},
		{Text: "Never,", Kind: "direct", Speaker: &schemas.Speaker{Start: hs, End: he, Text: "she", Name: "Nina Khrushcheva"}},
		{Text: "fine.", Kind: "direct", Speaker: &schemas.Speaker{Start: ws, End: we, Text: "White House", Name: "White House"}},
		{Text: "pull-aside", Kind: "direct"},
		{Text: "x", Kind: "indirect", Speaker: &schemas.Speaker{Start: -1, End: -1, Text: "he", Name: "Someone Unknown", Ref: schemas.Str("e99")}},
		{Text: "y", Kind: "indirect", Speaker: &schemas.Speaker{Start: ps - 18, End: pe, Text: "Putin's spokesman Dmitry Peskov", Name: "Dmitry Peskov"}},
	}
	LinkSpeakers(text, ents, quotes)
	wantRef := []string{find(ents, "Dmitry Peskov").Ref, find(ents, "Nina Khrushcheva").Ref, find(ents, "White House").Ref}
	for i, w := range wantRef {
		if quotes[i].Speaker.Ref == nil || *quotes[i].Speaker.Ref != w {
			t.Errorf("quote %d: ref %v, want %s", i, quotes[i].Speaker.Ref, w)
		}
	}
	if quotes[2].Speaker.Name != "White House" || quotes[0].Speaker.Name != "Dmitry Peskov" {
		t.Errorf("names: %q %q", quotes[0].Speaker.Name, quotes[2].Speaker.Name)
	}
	if quotes[0].Cue != cue || quotes[0].Text != "no." || quotes[0].Start != 1 {
		t.Error("other quote fields changed")
	}
	if quotes[3].Speaker != nil || quotes[4].Speaker.Ref != nil {
		t.Error("a quote without a known speaker got one")
	}
	if r := quotes[5].Speaker.Ref; r == nil || *r != wantRef[0] {
		t.Errorf("a role before the name: ref %v, want Peskov's %s", r, wantRef[0])
	}
	// the head of "U.S. officials" is not the United States
	us := newStage(t, fakeNER{"U.S.": "LOC"}, nil)
	text2 := "U.S. officials said the talks went well."
	e2 := us.Annotate(text2, nil)
	q2 := []schemas.Quote{{Text: "the talks went well", Kind: "indirect",
		Speaker: &schemas.Speaker{Start: 0, End: 14, Text: "U.S. officials", Name: "U.S. officials"}}}
	LinkSpeakers(text2, e2, q2)
	if q2[0].Speaker.Ref != nil || q2[0].Speaker.Name != "U.S. officials" {
		t.Errorf("U.S. officials -> %+v", q2[0].Speaker)
	}
}

func TestSpeakerNameBecomesCanonical(t *testing.T) {
	text := "Trump said he would go. Donald Trump arrived later."
	s := newStage(t, fakeNER{"Trump": "PER", "Donald Trump": "PER"}, nil)
	ents := s.Annotate(text, nil)
	q := []schemas.Quote{{Text: "he would go", Kind: "indirect", Speaker: &schemas.Speaker{Start: 0, End: 5, Text: "Trump", Name: "Trump"}}}
	LinkSpeakers(text, ents, q)
	if q[0].Speaker.Name != "Donald Trump" || q[0].Speaker.Ref == nil {
		t.Errorf("speaker %+v", q[0].Speaker)
	}
}

func TestProcess(t *testing.T) {
	s := newStage(t, fakeNER{}, nil)
	a := &schemas.Article{ID: "x"}
	if err := s.Process(context.Background(), a); err == nil {
		t.Fatal("no text accepted")
	}
	a.SetText("nothing to see here")
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Entities == nil || len(a.Entities) != 0 {
		t.Fatalf("want empty non-nil entities, got %#v", a.Entities)
	}
	if s.Name() != "entities" || !strings.HasPrefix(s.Version(), "entities/") {
		t.Error(s.Name(), s.Version())
	}
}

func TestNonASCIIOffsets(t *testing.T) {
	text := "Le président Emmanuel Macron a reçu Shinzō Abe à Paris. Macron a parlé."
	s := newStage(t, fakeNER{"Emmanuel Macron": "PER", "Shinzō Abe": "PER", "Paris": "LOC", "Macron": "PER"}, nil)
	ents := s.Annotate(text, nil)
	abe := find(ents, "Shinzō Abe")
	if link(abe) != "Q132345" {
		t.Errorf("Abe: %+v", abe)
	}
	if m := find(ents, "Macron"); m == nil || len(m.Mentions) != 2 || link(m) != "Q3052772" {
		t.Errorf("Macron: %+v", m)
	}
}

// TestCompanyIsNotItsTown: a name with a legal form is a company, so its
// short form is not linked to the town it is named after.
func TestCompanyIsNotItsTown(t *testing.T) {
	var b bytes.Buffer
	err := kb.Write(&b, []kb.Entity{
		{ID: "Q34218", Label: "Burlington", Type: kb.LOC, Description: "city in Vermont", Prior: kb.Popularity(45000, "population")},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"Burlington Industries Inc": "ORG", "Burlington": "LOC"}, kb.New(tb))
	ents := s.Annotate("Burlington Industries Inc said it would sell a plant. Burlington said sales rose. Burlington shares fell.", nil)
	e := find(ents, "Burlington")
	if e == nil || e.Type != "ORG" || e.Link != nil || len(e.Mentions) != 3 {
		t.Fatalf("Burlington: %+v", e)
	}
}

// TestGazetteerBits: kb.Types and the tagger's gazetteer share one bit order.
func TestGazetteerBits(t *testing.T) {
	if ner.GazPER != 1 || ner.GazORG != 2 || ner.GazLOC != 4 || ner.GazMISC != 8 {
		t.Fatal("ner gazetteer bits changed: update gazetteer()")
	}
	k, err := kb.Open()
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer(k)
	if bits, ok := g(kb.Normalize("Vladimir Putin")); !ok || bits != ner.GazPER {
		t.Errorf("Putin: %b %v", bits, ok)
	}
	if bits, ok := g(kb.Normalize("Georgia")); !ok || bits != ner.GazLOC {
		t.Errorf("Georgia: %b %v", bits, ok)
	}
	if _, ok := g("no such name"); ok {
		t.Error("unknown name found")
	}
}

// TestLettersAreNotNames: a KB entity named "B" is not what "Class B" means.
func TestLettersAreNotNames(t *testing.T) {
	var b bytes.Buffer
	if err := kb.Write(&b, []kb.Entity{{ID: "Q9", Label: "B", Type: kb.ORG, Prior: 0.9}}); err != nil {
		t.Fatal(err)
	}
	tb, err := kb.NewTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := newStage(t, fakeNER{"B": "ORG"}, kb.New(tb))
	if e := find(s.Annotate("Its Class B shares rose.", nil), "B"); e == nil || e.Link != nil {
		t.Fatalf("B: %+v", e)
	}
}
