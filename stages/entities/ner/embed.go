package ner

import (
	"bytes"
	_ "embed"
)

// modelData is the trained model, made by cmd/nertrain (see doc.go).
//
//go:embed model/ner.bin.gz
var modelData []byte

func loadEmbedded() (*Model, error) { return ReadModel(bytes.NewReader(modelData)) }
