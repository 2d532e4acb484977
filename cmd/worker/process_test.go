package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

func TestProcessSamplesAllStages(t *testing.T) {
	in := sampleArticles(t)
	code, out, errs := runCLI(t, context.Background(), strings.NewReader(joinLines(in)), nil, "process")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := splitLines(out)
	if len(lines) != len(in) {
		t.Fatalf("%d output lines for %d inputs", len(lines), len(in))
	}
	for i, l := range lines {
		a := checkArticle(t, l)
		want := peekArticleID(in[i])
		if a.ID != want {
			t.Errorf("line %d: id %q, want %q (input order)", i+1, a.ID, want)
		}
		var got []string
		for _, p := range a.Stages {
			got = append(got, p.Stage)
		}
		if strings.Join(got, ",") != strings.Join(stageNames(), ",") {
			t.Errorf("%s: provenance %v, want every registered stage %v", a.ID, got, stageNames())
		}
		if a.Text == nil || strings.TrimSpace(*a.Text) == "" {
			t.Errorf("%s: no clean text", a.ID)
		}
	}
}

func TestProcessStagesFlag(t *testing.T) {
	in := sampleArticles(t)[:2]
	code, out, errs := runCLI(t, context.Background(), strings.NewReader(joinLines(in)), nil, "process", "--stages", "clean")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, l := range splitLines(out) {
		a := checkArticle(t, l)
		if len(a.Stages) != 1 || a.Stages[0].Stage != "clean" || a.Sentences != nil {
			t.Errorf("%s: ran more than clean: %+v", a.ID, a.Stages)
		}
	}
	if code, _, _ := runCLI(t, context.Background(), nil, nil, "process", "--stages", "clean,nosuchstage"); code != 2 {
		t.Errorf("unknown stage: exit %d, want 2", code)
	}
}

// upper is a trivial stage: the text is the body in capitals.
var upper = stages.Func{StageName: "upper", StageVersion: "upper/1", Reads: schemas.FieldBody | schemas.FieldText,
	Fn: func(_ context.Context, a *schemas.Article) error {
		if strings.Contains(a.Body, "PANIC") {
			panic("told to")
		}
		if strings.Contains(a.Body, "FAIL") {
			return stages.Permanent(errors.New("told to fail"))
		}
		a.SetText(strings.ToUpper(a.Body))
		return nil
	}}

func TestProcessKeepsOrderUnderParallelism(t *testing.T) {
	var in strings.Builder
	const n = 500
	for i := range n {
		// Bodies of very different sizes finish out of order.
		fmt.Fprintf(&in, `{"id":"a%d","body":"%s","x":{"keep":[%d]}}`+"\n", i, strings.Repeat("word ", (i*7919)%3000), i)
	}
	var out, errs bytes.Buffer
	failed, err := processLines(context.Background(), []stages.Stage{upper}, 8, strings.NewReader(in.String()), &out, &errs)
	if err != nil || failed != 0 {
		t.Fatalf("failed=%d err=%v: %s", failed, err, errs.String())
	}
	lines := splitLines(out.String())
	if len(lines) != n {
		t.Fatalf("%d lines, want %d", len(lines), n)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"a%d",`, i)) {
			t.Fatalf("line %d is out of order: %.40s", i, l)
		}
		if !strings.Contains(l, fmt.Sprintf(`"x":{"keep":[%d]}`, i)) {
			t.Fatalf("line %d lost its unknown field: %.200s", i, l)
		}
	}
}

func TestProcessReportsFailedLinesAndGoesOn(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"ok1","body":"one"}`,
		`{"id":"broken",`,
		``,
		`{"id":"boom","body":"PANIC"}`,
		`{"body":"no id"}`,
		`{"id":"no","body":"FAIL"}`,
		`{"id":"ok2","body":"two"}`,
	}, "\n")
	var out, errs bytes.Buffer
	failed, err := processLines(context.Background(), []stages.Stage{upper}, 3, strings.NewReader(in), &out, &errs)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 4 {
		t.Errorf("failed = %d, want 4\n%s", failed, errs.String())
	}
	lines := splitLines(out.String())
	if len(lines) != 2 || !strings.Contains(lines[0], `"ok1"`) || !strings.Contains(lines[1], `"ok2"`) {
		t.Errorf("good lines not written in order: %q", lines)
	}
	for _, want := range []string{"line 2 (id ?)", "line 4 (id boom)", "panic", "line 5 (id ?)", "line 6 (id no)", "told to fail"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs.String())
		}
	}
	// Through the CLI the exit status tells that lines failed.
	code, _, _ := runCLI(t, context.Background(), strings.NewReader(`{"id":"x",`+"\n"), nil, "process", "--stages", "clean")
	if code != 1 {
		t.Errorf("exit %d with a failed line, want 1", code)
	}
}

// A JSON line may hold a whole page: 64 MB lines must be read whole.
func TestProcessReadsHugeLines(t *testing.T) {
	body := strings.Repeat("abcdefgh", 64<<20/8)
	in := `{"id":"small","body":"s"}` + "\n" + `{"id":"huge","body":"` + body + `"}` + "\n" + `{"id":"after","body":"a"}`
	var out, errs bytes.Buffer
	failed, err := processLines(context.Background(), []stages.Stage{upper}, 2, strings.NewReader(in), &out, &errs)
	if err != nil || failed != 0 {
		t.Fatalf("failed=%d err=%v: %.500s", failed, err, errs.String())
	}
	lines := splitLines(out.String())
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	if !strings.Contains(lines[1], strings.ToUpper(body[:1000])) || len(lines[1]) < 2*len(body) {
		t.Errorf("huge line not processed whole: %d bytes out", len(lines[1]))
	}
}

func TestLineReader(t *testing.T) {
	in := "\xEF\xBB\xBFfirst\r\nsecond\n\nlast-no-newline"
	lr := newLineReader(strings.NewReader(in))
	var got []string
	var nums []int
	for {
		b, n, err := lr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
		nums = append(nums, n)
	}
	want := []string{"first", "second", "", "last-no-newline"}
	if strings.Join(got, "|") != strings.Join(want, "|") || fmt.Sprint(nums) != "[1 2 3 4]" {
		t.Fatalf("got %q %v, want %q [1 2 3 4]", got, nums, want)
	}
}

// BenchmarkProcessSamples measures `worker process` with every registered
// stage on the bundled samples (articles/s across all cores).
func BenchmarkProcessSamples(b *testing.B) {
	sel, err := selectStages(nil)
	if err != nil {
		b.Fatal(err)
	}
	sts, err := buildStages(sel, stageOptions{})
	if err != nil {
		b.Fatal(err)
	}
	in := joinLines(sampleArticles(b))
	n := len(splitLines(in))
	b.ResetTimer()
	for b.Loop() {
		failed, err := processLines(context.Background(), sts, runtime.GOMAXPROCS(0), strings.NewReader(in), io.Discard, io.Discard)
		if err != nil || failed != 0 {
			b.Fatalf("failed=%d err=%v", failed, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// --kb reaches the entities stage: a KB layer naming a fictional person of
// the samples links her; a missing KB is an error before any line is read.
func TestProcessKBFlag(t *testing.T) {
	in := sampleMentioning(t, "Grace Mutua")
	code, out, errs := runCLI(t, context.Background(), strings.NewReader(in), nil, "process", "--kb", "testdata/kb/fictional.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a := checkArticle(t, splitLines(out)[0])
	linked := false
	for _, e := range a.Entities {
		if e.Link != nil && *e.Link == "Q999000111" {
			linked = true
		}
	}
	if !linked {
		t.Errorf("the --kb entity was not linked: %+v", a.Entities)
	}
	code, _, errs = runCLI(t, context.Background(), strings.NewReader(in), nil, "process", "--kb", "testdata/kb/missing.jsonl")
	if code != 1 || !strings.Contains(errs, "missing.jsonl") {
		t.Errorf("missing KB: exit %d: %s", code, errs)
	}
}

// sampleMentioning returns the bundled sample article that mentions name, as
// one JSON line.
func sampleMentioning(t testing.TB, name string) string {
	t.Helper()
	for _, l := range sampleArticles(t) {
		if strings.Contains(string(l), name) {
			return string(l) + "\n"
		}
	}
	t.Fatalf("no sample mentions %s", name)
	return ""
}
