package bench

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	for _, tc := range []struct {
		in   []time.Duration
		p    float64
		want time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{ms(1, 2, 3, 4), 100, 4 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 95, 10 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9 * time.Millisecond},
	} {
		if got := percentile(tc.in, tc.p); got != tc.want {
			t.Errorf("percentile(%v, %v) = %v, want %v", tc.in, tc.p, got, tc.want)
		}
	}
}

func TestMedian(t *testing.T) {
	if median(nil) != 0 || median([]float64{3, 1, 2}) != 2 || median([]float64{4, 1, 3, 2}) != 2.5 {
		t.Fatal("median")
	}
}

func TestMergeRunsTakesMedians(t *testing.T) {
	var rows []Row
	for _, v := range []float64{10, 30, 20} {
		r := newRow("stage alone", "segment", "text", 1)
		r.V[MRate] = v
		rows = append(rows, r)
	}
	other := newRow("stage alone", "segment", "text", 2)
	other.V[MRate] = 99
	rows = append(rows, other)
	got := mergeRuns(rows)
	if len(got) != 2 || got[0].V[MRate] != 20 || got[0].Runs != 3 || got[1].V[MRate] != 99 {
		t.Fatalf("merged %+v", got)
	}
	if !math.IsNaN(got[0].V[MP99]) {
		t.Fatal("an unset figure became a number")
	}
}

func TestSynthesizeSizes(t *testing.T) {
	text := sampleArticle(0)
	page := &schemas.Article{ID: "h", ContentType: schemas.TextHTML,
		Body: "<html><body><nav>menu</nav><article><p>One para of news.</p><p class=\"x\">Two, with \"quotes\".</p></article></body></html>"}
	for _, size := range []int{200, 1000, 4096, 20000} {
		got := Synthesize([]*schemas.Article{text, page}, size)
		for _, a := range got {
			if n := len(a.Body); n < size/2 || n > size+size/2+200 {
				t.Errorf("%s at %d: body of %d bytes", a.ContentType, size, n)
			}
		}
		if !strings.HasPrefix(got[0].Body, "LONDON (Wire)") {
			t.Errorf("text at %d lost its lead: %.40q", size, got[0].Body)
		}
		h := got[1].Body
		if !strings.HasPrefix(h, "<html><body><nav>menu</nav>") || !strings.HasSuffix(h, "</article></body></html>") || strings.Count(h, "<p") < 1 {
			t.Errorf("html at %d lost its furniture: %q", size, h)
		}
	}
	if got := Synthesize([]*schemas.Article{text}, 0); got[0] != text {
		t.Error("size 0 changed the articles")
	}
	if text.Body != sampleArticle(0).Body {
		t.Error("Synthesize changed its input")
	}
}

func TestMessagesUniqueIDs(t *testing.T) {
	c := Corpus{Name: "t", Articles: []*schemas.Article{sampleArticle(0), sampleArticle(500)}}
	msgs := c.Messages(5, "p", 1<<20)
	if len(msgs) != 5 {
		t.Fatalf("%d messages", len(msgs))
	}
	for i, m := range msgs {
		var a schemas.Article
		if err := schemas.Decode(m, &a, schemas.FieldBody); err != nil {
			t.Fatal(err)
		}
		if want := "p" + string(rune('0'+i)); a.ID != want || a.Body == "" {
			t.Errorf("message %d: id %q", i, a.ID)
		}
	}
	if c.Messages(3, "p", 100) != nil {
		t.Error("articles over the max payload were kept")
	}
}

// TestRunStageCountsAndErrors runs a stage that refuses one article in
// three and checks the counts and that every phase was timed.
func TestRunStageCountsAndErrors(t *testing.T) {
	st := stages.Func{StageName: "picky", StageVersion: "picky/1", Reads: schemas.FieldBody,
		Fn: func(_ context.Context, a *schemas.Article) error {
			if strings.HasSuffix(a.ID, "2") {
				return stages.Permanent(errors.New("no"))
			}
			a.SetText(strings.ToUpper(a.Body))
			return nil
		}}
	c := Corpus{Articles: []*schemas.Article{{ID: "a0", Body: "x"}, {ID: "a1", Body: "y"}, {ID: "a2", Body: "z"}}}
	inputs, err := Prepare(context.Background(), []stages.Stage{st, Nop}, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs[0]) != 3 || len(inputs[1]) != 2 {
		t.Fatalf("prepared %d and %d inputs, want 3 and 2", len(inputs[0]), len(inputs[1]))
	}
	if !strings.Contains(string(inputs[1][0]), `"text":"X"`) {
		t.Fatalf("second stage input lacks the first's output: %s", inputs[1][0])
	}
	s := RunStage(context.Background(), st, inputs[0], 2, 0)
	if s.Articles+s.Errors < 3 || s.Errors == 0 || s.Articles == 0 || s.Workers != 2 {
		t.Fatalf("stat %+v", s)
	}
	if s.Bytes == 0 || s.UsPerArticle() < 0 || s.PerSec() <= 0 {
		t.Fatalf("figures %+v", s)
	}
}

func TestRatiosNameTheTargets(t *testing.T) {
	rep := &Report{}
	add := func(section, name, input string, w int, m Metric, v float64) {
		r := newRow(section, name, input, w)
		r.V[m] = v
		rep.Rows = append(rep.Rows, r)
	}
	add("stage alone", "clean", "html", 1, MRate, 100)
	seg := newRow("stage alone", "segment", "html", 1)
	seg.V[MUsStage], seg.V[MUsCodec] = 30, 10
	rep.Rows = append(rep.Rows, seg)
	add("stage alone", wholeCodecName("segment"), "html", 1, MUsCodec, 60)
	add("transport", "do-nothing hop (Runner)", "x", 1, MRate, 8000)
	add("transport", "do-nothing hop, sync publish", "x", 1, MRate, 4000)
	add("end to end", "full speed", "html", 1, MRate, 60)
	add("end to end", "half max rate", "html", 1, MP99, 12)
	got := strings.Join(rep.Ratios(), "\n")
	for _, want := range []string{"sync-publish hop: 2.00", "ceiling ÷ 4 hops): 0.03", "clean alone: 0.60", "max rate: 12.0 ms", "segment: stage ÷ its JSON codec cost: 3.00", "segment: stage ÷ whole-article segmentio codec: 0.50"} {
		if !strings.Contains(got, want) {
			t.Errorf("ratios lack %q:\n%s", want, got)
		}
	}
}

// TestRunWholeCodec: the yardstick decodes every field (an unknown one is
// dropped by the plain struct) and reports a refused input.
func TestRunWholeCodec(t *testing.T) {
	in := [][]byte{[]byte(`{"id":"a","text":"Hi.","sentences":[{"start":0,"end":3}],"x":1}`)}
	s, err := RunWholeCodec(context.Background(), in, 0)
	if err != nil || s.Articles != 1 || s.Bytes != int64(len(in[0])) || s.UsCodec() < 0 {
		t.Fatalf("stat %+v, err %v", s, err)
	}
	if _, err := RunWholeCodec(context.Background(), [][]byte{[]byte(`{"id":`)}, 0); err == nil {
		t.Fatal("malformed input measured without error")
	}
}
