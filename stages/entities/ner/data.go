package ner

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/segmentio/encoding/json"
	"github.com/wirestream/wirestream/schemas"
)

// Record is one line of the NER data files in ../shared/data/ner: a text,
// optional sentence spans, and gold mentions (code points, end exclusive).
type Record struct {
	ID        string          `json:"id"`
	Text      string          `json:"text"`
	Sentences []schemas.Span  `json:"sentences"`
	Mentions  []RecordMention `json:"mentions"`
}

// RecordMention is one gold mention of a Record.
type RecordMention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Type    string `json:"type"`
	GMBType string `json:"gmb_type,omitempty"` // GMB's own class, in train/dev only
}

// ReadRecords reads a JSON-lines file of Records; max > 0 stops after max.
func ReadRecords(ctx context.Context, path string, max int) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, r)
		if max > 0 && len(out) >= max {
			break
		}
		if line%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return out, sc.Err()
}

func typeIndex(t string) int {
	for i, n := range typeNames {
		if n == t {
			return i
		}
	}
	return -1
}

// jsonlFiles is path itself, or when it is a folder its *.jsonl files,
// sorted.
func jsonlFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return []string{path}, err
	}
	files, err := filepath.Glob(filepath.Join(path, "*.jsonl"))
	slices.Sort(files)
	return files, err
}

// eachJSONLine calls fn with every non-empty line of a JSON-lines file.
func eachJSONLine(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(sc.Bytes()) > 0 {
			if err := fn(sc.Bytes()); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}
