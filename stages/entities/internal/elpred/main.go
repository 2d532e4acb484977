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
	cfgJSON := flag.String("cfg", "", "JSON object overriding linking weights (entities.Config fields)")
	flag.Parse()
	cfg := entities.DefaultConfig()
	if *cfgJSON != "" {
		if err := json.Unmarshal([]byte(*cfgJSON), &cfg); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	t0 := time.Now()
	st, err := entities.New(entities.WithKB(kbs...), entities.WithConfig(cfg))
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
			Quotes json.RawMessage `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		// quotes in the pipeline's shape get their speaker refs; gold
		// quotes with a plain speaker string are left out
		var quotes []schemas.Quote
		if len(in.Quotes) > 0 && json.Unmarshal(in.Quotes, &quotes) != nil {
			quotes = nil
		}
		_, sents := segment.Split(in.Text)
		ents := st.Annotate(in.Text, sents)
		entities.LinkSpeakers(in.Text, ents, quotes)
		b, _ := json.Marshal(map[string]any{"id": in.ID, "text": in.Text, "entities": ents, "quotes": quotes})
		w.Write(b)
		w.WriteByte('\n')
	}
}
