// Command cleanrun runs the clean stage over JSON lines (stdin to stdout),
// for scoring with ../shared/eval/score.py before cmd/worker exists.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/clean"
)

func main() {
	st := clean.New()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var a schemas.Article
		if err := schemas.Decode(in.Bytes(), &a, schemas.AllFields); err != nil {
			fmt.Fprintln(os.Stderr, "decode:", err)
			os.Exit(1)
		}
		if err := st.Process(context.Background(), &a); err != nil {
			fmt.Fprintln(os.Stderr, a.ID, err)
			continue
		}
		b, err := a.AppendJSON(nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, "encode:", err)
			os.Exit(1)
		}
		out.Write(append(b, '\n'))
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
