// Command nertrain trains the NER model from ../shared and writes it where
// the package embeds it (run from the repo root):
//
//	go run ./stages/entities/ner/cmd/nertrain
//
// It is ner.RunTrain, which `worker ner train` runs too; see its flags.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/wirestream/wirestream/stages/entities/ner"
	"go.uber.org/zap"
)

func main() {
	log, _ := zap.NewDevelopment()
	defer log.Sync()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := ner.RunTrain(ctx, os.Args[1:], log); err != nil {
		log.Fatal("ner train", zap.Error(err))
	}
}
