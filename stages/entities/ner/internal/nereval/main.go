// Command nereval runs the tagger over the texts of a gold NER file and
// writes predictions in the shape ../shared/eval/score.py ner reads: one
// JSON line per record with "id", "text" and "entities", each entity one
// mention.
//
//	go run ./stages/entities/ner/internal/nereval -gold ../shared/data/ner/dev.jsonl -out /tmp/ner_dev.jsonl
//	python3 ../shared/eval/score.py ner ../shared/data/ner/dev.jsonl /tmp/ner_dev.jsonl
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/segmentio/encoding/json"
	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type entity struct {
	Type     string    `json:"type"`
	Mentions []mention `json:"mentions"`
}

type pred struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Entities []entity `json:"entities"`
}

func main() {
	gold := flag.String("gold", "", "gold JSON lines (../shared/data/ner/*.jsonl)")
	out := flag.String("out", "", "predictions to write")
	model := flag.String("model", "", "model file (default: the embedded model)")
	noMisc := flag.Bool("no-misc", false, "drop MISC predictions (for gold sets without MISC, e.g. UNER)")
	noSents := flag.Bool("no-sentences", false, "ignore the gold sentence spans")
	useKB := flag.Bool("kb", false, "give the tagger the default KB as Gazetteer hook (as the entities stage does)")
	flag.Var(&kbPaths, "kb-path", "KB layered over the default for the hook (repeatable; implies -kb)")
	flag.Parse()
	if err := run(*gold, *out, *model, *noMisc, *noSents, *useKB || len(kbPaths) > 0); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

type paths []string

func (p *paths) String() string     { return strings.Join(*p, ",") }
func (p *paths) Set(v string) error { *p = append(*p, v); return nil }

var kbPaths paths

// hookFor asks the KB which types a normalised name can have, as the
// entities stage does.
func hookFor(k *kb.KB) ner.Gazetteer {
	return func(key string) (uint8, bool) {
		var bits uint8
		for _, c := range k.Lookup(key) {
			switch c.Type {
			case kb.PER:
				bits |= ner.GazPER
			case kb.ORG:
				bits |= ner.GazORG
			case kb.LOC:
				bits |= ner.GazLOC
			case kb.MISC:
				bits |= ner.GazMISC
			}
		}
		return bits, bits != 0
	}
}

func run(goldPath, outPath, modelPath string, noMisc, noSents, useKB bool) error {
	var t *ner.Tagger
	if modelPath != "" {
		f, err := os.Open(modelPath)
		if err != nil {
			return err
		}
		m, err := ner.ReadModel(f)
		f.Close()
		if err != nil {
			return err
		}
		t = ner.NewTagger(m)
	} else {
		var err error
		if t, err = ner.Default(); err != nil {
			return err
		}
	}
	if useKB {
		k, err := kb.Open(kbPaths...)
		if err != nil {
			return err
		}
		t = t.WithGazetteer(hookFor(k))
	}
	recs, err := ner.ReadRecords(context.Background(), goldPath, 0)
	if err != nil {
		return err
	}
	f, err := os.Create(outPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, r := range recs {
		rs := []rune(r.Text)
		p := pred{ID: r.ID, Text: r.Text, Entities: []entity{}}
		sents := r.Sentences
		if noSents {
			sents = nil
		}
		for _, m := range t.Tag(r.Text, sents) {
			if noMisc && m.Type == ner.MISC {
				continue
			}
			p.Entities = append(p.Entities, entity{Type: m.Type, Mentions: []mention{{m.Start, m.End, string(rs[m.Start:m.End])}}})
		}
		b, err := json.Marshal(p)
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
