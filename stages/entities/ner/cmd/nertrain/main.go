// Command nertrain trains the NER model from ../shared/data/ner and writes
// it where the package embeds it:
//
//	go run ./stages/entities/ner/cmd/nertrain \
//	    -train ../shared/data/ner/train.jsonl -dev ../shared/data/ner/dev.jsonl -kb ../shared/kb \
//	    -out stages/entities/ner/model/ner.bin.gz
package main

import (
	"context"
	"flag"
	"os"
	"os/signal"

	"github.com/wirestream/wirestream/stages/entities/ner"
	"go.uber.org/zap"
)

func main() {
	train := flag.String("train", "../shared/data/ner/train.jsonl", "training JSON lines")
	dev := flag.String("dev", "../shared/data/ner/dev.jsonl", "dev JSON lines for epoch selection (empty: none)")
	kb := flag.String("kb", "../shared/kb", "KB JSON lines (file or folder) for the gazetteer (empty: none)")
	out := flag.String("out", "stages/entities/ner/model/ner.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 0, "epochs (0: default)")
	bits := flag.Int("bits", 0, "log2 feature buckets (0: default)")
	maxS := flag.Int("max", 0, "use only the first N sentences (0: all)")
	flag.Parse()
	log, _ := zap.NewDevelopment()
	defer log.Sync()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m, err := ner.Train(ctx, *train, ner.TrainOptions{
		Epochs: *epochs, Bits: uint8(*bits), DevPath: *dev, KBPath: *kb, MaxSentences: *maxS, Logger: log,
	})
	if err != nil {
		log.Fatal("train", zap.Error(err))
	}
	if err := ner.SaveModel(m, *out); err != nil {
		log.Fatal("save", zap.Error(err))
	}
	log.Info("model written", zap.String("path", *out))
}
