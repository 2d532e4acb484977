package segment

import (
	"reflect"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

func TestTokens(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Putin's spokesman said.", []string{"Putin", "'s", "spokesman", "said", "."}},
		{"Mr. Lee met U.S. officials on Jan. 28.", []string{"Mr.", "Lee", "met", "U.S.", "officials", "on", "Jan.", "28", "."}},
		{"It cost $1.5 billion, or 3.14%.", []string{"It", "cost", "$", "1.5", "billion", ",", "or", "3.14", "%", "."}},
		{`"We can't," she said...`, []string{`"`, "We", "can't", ",", `"`, "she", "said", "..."}},
		{"U.S.-Russia talks at the G-20 (Hamburg) \u2014 maybe.", []string{"U.S.", "-", "Russia", "talks", "at", "the", "G-20", "(", "Hamburg", ")", "\u2014", "maybe", "."}},
		{"Mail a@b.com or see www.example.com.", []string{"Mail", "a@b.com", "or", "see", "www.example.com", "."}},
		{"Z\u00fcrich\u2019s caf\u00e9 opened at 10:30 a.m.", []string{"Z\u00fcrich", "\u2019s", "caf\u00e9", "opened", "at", "10:30", "a.m."}},
	}
	for _, c := range cases {
		n := len([]rune(c.text))
		toks := Tokens(c.text, schemas.Span{Start: 0, End: n})
		var got []string
		r := []rune(c.text)
		for _, tk := range toks {
			if string(r[tk.Start:tk.End]) != tk.Text {
				t.Errorf("%q: token %+v does not match its offsets", c.text, tk)
			}
			got = append(got, tk.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", c.text, quoteAll(got), quoteAll(c.want))
		}
	}
}

func TestTokensOfSentences(t *testing.T) {
	text := "Caf\u00e9 owners met. \u00dcnal's shop (est. 1990) closed."
	_, sents := Split(text)
	if len(sents) != 2 {
		t.Fatalf("sentences %v", sents)
	}
	toks := Tokens(text, sents[1])
	if toks[0].Text != "\u00dcnal" || toks[0].Start != sents[1].Start {
		t.Errorf("first token %+v, sentence %v", toks[0], sents[1])
	}
	if last := toks[len(toks)-1]; last.Text != "." || last.End != sents[1].End || last.Kind != Punct {
		t.Errorf("last token %+v, sentence %v", last, sents[1])
	}
	kinds := map[string]TokenKind{}
	for _, tk := range toks {
		kinds[tk.Text] = tk.Kind
	}
	if kinds["1990"] != Number || kinds["est."] != Word || kinds["("] != Punct {
		t.Errorf("kinds %v", kinds)
	}
}

func TestTokensAllMatchesTokens(t *testing.T) {
	text := "Caf\u00e9 owners met.\n\n\u00dcnal's shop (est. 1990) closed. \u201cWhy?\u201d he asked."
	_, sents := Split(text)
	all := TokensAll(text, sents)
	if len(all) != len(sents) {
		t.Fatalf("got %d token lists for %d sentences", len(all), len(sents))
	}
	for i, s := range sents {
		if want := Tokens(text, s); !reflect.DeepEqual(all[i], want) {
			t.Errorf("sentence %d: TokensAll %+v, Tokens %+v", i, all[i], want)
		}
	}
}
