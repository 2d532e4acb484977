package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchRows returns the table lines of `worker bench` output, by section.
func benchRows(out string) map[string][]string {
	rows := map[string][]string{}
	for _, l := range strings.Split(out, "\n") {
		f := strings.Fields(l)
		if len(f) < 3 {
			continue
		}
		switch {
		case f[0] == "stage" && f[1] == "alone" && strings.Contains(l, "segmentio"):
			// the whole-article codec yardstick of one stage's input
			rows["yardstick"] = append(rows["yardstick"], l)
		case f[0] == "stage" && f[1] == "alone":
			rows["stage"] = append(rows["stage"], l)
		case f[0] == "transport":
			rows["transport"] = append(rows["transport"], l)
		case f[0] == "end" && f[1] == "to" && f[2] == "end":
			rows["e2e"] = append(rows["e2e"], l)
		}
	}
	return rows
}

// whatCell is name as the whole "what" cell of a row (the column is
// right-aligned, two spaces apart), not inside a longer one such as
// "json codec (segmentio, whole article): clean input".
func whatCell(name string) string { return " " + name + "  " }

func countWith(lines []string, words ...string) int {
	n := 0
	for _, l := range lines {
		ok := true
		for _, w := range words {
			if !strings.Contains(l, w) {
				ok = false
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// TestBenchTable runs the whole bench on tiny samples against an embedded
// server and checks that the table has every row: each stage on text and
// HTML, the codec, the four transport figures, and both end-to-end
// batches for both inputs, with no error.
func TestBenchTable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	code, out, errs := runCLI(t, ctx, nil, nil, "bench",
		"--size", "800", "--workers", "1", "--stage-time", "1ms", "--msgs", "40",
		"--e2e-max", "12", "--rate", "40", "--rate-time", "100ms", "--storage", "memory")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if strings.Contains(out, "error:") {
		t.Fatalf("errors in the report:\n%s", out)
	}
	rows := benchRows(out)
	for _, name := range append(stageNames(), "json codec (nop stage)") {
		for _, in := range []string{"samples text", "samples html"} {
			if countWith(rows["stage"], whatCell(name), in) != 1 {
				t.Errorf("want one stage-alone row for %s on %s:\n%s", name, in, out)
			}
			if !strings.HasPrefix(name, "json codec") && countWith(rows["yardstick"], name+" input", in) != 1 {
				t.Errorf("want one whole-article codec row for the %s input on %s:\n%s", name, in, out)
			}
		}
	}
	for _, name := range []string{"async publish", "consume+ack", "do-nothing hop (Runner)", "do-nothing hop, sync publish"} {
		if countWith(rows["transport"], name) != 1 {
			t.Errorf("want one transport row %q:\n%s", name, out)
		}
	}
	for _, in := range []string{"samples text", "samples html"} {
		if countWith(rows["e2e"], "full speed", in) != 1 || countWith(rows["e2e"], "offered 40/s", in) != 1 {
			t.Errorf("want full-speed and fixed-rate rows for %s:\n%s", in, out)
		}
	}
	for _, want := range []string{"machine: ", "GOMAXPROCS", "load average", "ratios", "ceiling ÷ 4 hops", "p99"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestBenchCorpusNoNATS measures the stages alone on a --corpus file.
func TestBenchCorpusNoNATS(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), nil, nil, "bench", "--no-nats",
		"--corpus", "testdata/inputs/articles.jsonl", "--workers", "1,2", "--stage-time", "1ms")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	rows := benchRows(out)
	if len(rows["transport"])+len(rows["e2e"]) != 0 {
		t.Errorf("--no-nats measured the transport:\n%s", out)
	}
	for _, name := range stageNames() {
		if countWith(rows["stage"], whatCell(name), "corpus text") != 2 {
			t.Errorf("want %s on the corpus with 1 and 2 workers:\n%s", name, out)
		}
		if countWith(rows["yardstick"], name+" input", "corpus text") != 1 {
			t.Errorf("want the whole-article codec of the %s input once (1 worker):\n%s", name, out)
		}
	}
}

func TestParseWorkers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		bad  bool
	}{
		{"1,2,4", "[1 2 4]", false},
		{" 3 ", "[3]", false},
		{"0", "", true},
		{"1,x", "", true},
	} {
		got, err := parseWorkers(tc.in)
		if (err != nil) != tc.bad {
			t.Errorf("%q: error %v", tc.in, err)
			continue
		}
		if !tc.bad && fmt.Sprint(got) != tc.want {
			t.Errorf("%q: got %v, want %s", tc.in, got, tc.want)
		}
	}
}
