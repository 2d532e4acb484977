package ner

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"go.uber.org/zap"
)

// DefaultModelPath is where the embedded model lives, from the repo root.
const DefaultModelPath = "stages/entities/ner/model/ner.bin.gz"

// RunTrain is the `worker ner train` command: it parses args, trains on
// ../shared/data/ner (paths relative to the repo root by default) and
// writes the model file that the package embeds.
//
//	worker ner train [-train F] [-dev F] [-kb DIR] [-out F] [-epochs N] [-bits B] [-max N]
func RunTrain(ctx context.Context, args []string, log *zap.Logger) error {
	fs := flag.NewFlagSet("ner train", flag.ContinueOnError)
	train := fs.String("train", "../shared/data/ner/train.jsonl", "training JSON lines")
	dev := fs.String("dev", "../shared/data/ner/dev.jsonl", "dev JSON lines: the best epoch on it is kept (empty: the last)")
	kbPath := fs.String("kb", "../shared/kb", "KB JSON lines (file or folder) for the gazetteer (empty: none)")
	out := fs.String("out", DefaultModelPath, "model file to write")
	epochs := fs.Int("epochs", 0, "epochs (0: default)")
	bits := fs.Int("bits", 0, "log2 of the feature buckets (0: default)")
	maxS := fs.Int("max", 0, "use only the first N training sentences (0: all)")
	runs := fs.Int("runs", 0, "training runs averaged into the model (0: default)")
	seed := fs.Uint64("seed", 0, "shuffling seed (0: default)")
	capsEvery := fs.Int("caps-every", 0, "train on an upper-cased copy of every N-th sentence (0: default, <0: none)")
	clusters := fs.String("clusters", strings.Join(DefaultClusterSources, ","), "unlabelled text of the word clusters: comma-separated JSON-lines files or folders (empty: no clusters)")
	clusterMin := fs.Int("cluster-min", 0, "occurrences for a word to be clustered (0: default 2)")
	clusterCache := fs.String("cluster-cache", "", "read the cluster table from this file if it exists, else write it there")
	keep := fs.Bool("keep-gmb-types", false, "train on the GMB tags as they are (no relabel to gold conventions)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *bits < 0 || *bits > 24 {
		return fmt.Errorf("ner train: -bits %d out of range", *bits)
	}
	if log == nil {
		log = zap.NewNop()
	}
	var sources []string
	if *clusters != "" {
		sources = strings.Split(*clusters, ",")
	}
	start := time.Now()
	m, err := Train(ctx, *train, TrainOptions{
		Epochs: *epochs, Bits: uint8(*bits), DevPath: *dev, KBPath: *kbPath, MaxSentences: *maxS, KeepGMBTypes: *keep, Seed: *seed, Runs: *runs, CapsEvery: *capsEvery, Logger: log,
		ClusterSources: sources, ClusterMin: *clusterMin, ClusterCache: *clusterCache,
	})
	if err != nil {
		return err
	}
	if err := SaveModel(m, *out); err != nil {
		return err
	}
	log.Info("ner model written", zap.String("path", *out), zap.Duration("took", time.Since(start)))
	return nil
}
