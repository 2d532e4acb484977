// Command elpred runs segment and entities over JSON lines of texts
// ({"id","text",...}) and writes {"id","text","entities"} lines for
// ../shared/eval/score.py el|ner, until `worker process` covers this.
//
//	go run ./stages/entities/internal/elpred --kb ../shared/kb < GOLD > PRED
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages/entities"
	"github.com/wirestream/wirestream/stages/segment"
)

type kbFlags []string

func (k *kbFlags) String() string     { return strings.Join(*k, ",") }
func (k *kbFlags) Set(v string) error { *k = append(*k, v); return nil }

func main() {
	var kbs kbFlags
	flag.Var(&kbs, "kb", "KB path layered over the default (repeatable)")
	flag.Parse()
	t0 := time.Now()
	st, err := entities.New(entities.WithKB(kbs...))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "stage ready in %v\n", time.Since(t0))
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		var in struct {
			ID     string          `json:"id"`
			Text   string          `json:"text"`
			Quotes []schemas.Quote `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		_, sents := segment.Split(in.Text)
		ents := st.Annotate(in.Text, sents)
		entities.LinkSpeakers(ents, in.Quotes)
		b, _ := json.Marshal(map[string]any{"id": in.ID, "text": in.Text, "entities": ents, "quotes": in.Quotes})
		w.Write(b)
		w.WriteByte('\n')
	}
}
