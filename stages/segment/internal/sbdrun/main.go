// Command sbdrun reads JSON lines with "id" and "text" on stdin and writes
// {"id","text","paragraphs","sentences"} lines on stdout, for scoring the
// segmenter with ../shared/eval/score.py without the worker binary:
//
//	go run ./stages/segment/internal/sbdrun < ../shared/data/sbd/golden_rules_en.jsonl > /tmp/sbd_out.jsonl
//	python3 ../shared/eval/score.py sbd ../shared/data/sbd/golden_rules_en.jsonl /tmp/sbd_out.jsonl
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/segment"
)

type in struct {
	ID   any    `json:"id"`
	Text string `json:"text"`
}

type out struct {
	ID         any            `json:"id"`
	Text       string         `json:"text"`
	Paragraphs []schemas.Span `json:"paragraphs"`
	Sentences  []schemas.Span `json:"sentences"`
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var a in
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			fmt.Fprintf(os.Stderr, "line %d: %v\n", n, err)
			os.Exit(1)
		}
		p, s := segment.Split(a.Text)
		if err := enc.Encode(out{a.ID, a.Text, p, s}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
