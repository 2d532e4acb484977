// Command runquotes reads JSON lines with "text", runs segment.Split and
// quotes.Extract, and writes the articles back with paragraphs, sentences
// and quotes: a way to score the stage on a gold file's own text.
//
//	go run ./stages/quotes/internal/runquotes < GOLD > PRED
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/quotes"
	"github.com/wirestream/wirestream/stages/segment"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var buf []byte
	for in.Scan() {
		line := in.Bytes()
		if len(line) == 0 {
			continue
		}
		var a schemas.Article
		if err := schemas.Decode(line, &a, schemas.FieldID|schemas.FieldText); err != nil {
			fmt.Fprintln(os.Stderr, "runquotes:", err)
			os.Exit(1)
		}
		text := a.TextOrEmpty()
		a.Paragraphs, a.Sentences = segment.Split(text)
		a.Quotes = quotes.Extract(text, a.Paragraphs, a.Sentences)
		var err error
		buf, err = a.AppendJSON(buf[:0])
		if err != nil {
			fmt.Fprintln(os.Stderr, "runquotes:", err)
			os.Exit(1)
		}
		out.Write(buf)
		out.WriteByte('\n')
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "runquotes:", err)
		os.Exit(1)
	}
}
