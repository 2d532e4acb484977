package kb

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/segmentio/encoding/json"
)

// jsonRecord is one line of KB JSON lines. prior_kind is read when present
// (../shared/kb mixes sitelink counts and populations); without it a prior
// is a sitelink count.
type jsonRecord struct {
	ID          string   `json:"id"`
	Label       string   `json:"label"`
	Aliases     []string `json:"aliases"`
	Type        string   `json:"type"`
	Description *string  `json:"description"`
	Prior       *float64 `json:"prior"`
	PriorKind   *string  `json:"prior_kind"`
	Sitelinks   *float64 `json:"sitelinks"`
}

func (r *jsonRecord) entity() Entity {
	e := Entity{ID: r.ID, Label: r.Label, Aliases: r.Aliases, Type: strings.ToUpper(r.Type)}
	if r.Description != nil {
		e.Description = *r.Description
	}
	kind := ""
	if r.PriorKind != nil {
		kind = *r.PriorKind
	}
	var raw float64
	if r.Prior != nil {
		raw = *r.Prior
	}
	e.Prior = Popularity(raw, kind)
	if r.Sitelinks != nil {
		if p := Popularity(*r.Sitelinks, "sitelinks"); p > e.Prior {
			e.Prior = p
		}
	}
	if typeCode(e.Type) == 0 {
		e.Type = ""
	}
	return e
}

// ReadJSONL calls add for every record of KB JSON lines in r.
func ReadJSONL(ctx context.Context, r io.Reader, add func(Entity)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if line%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		var rec jsonRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		add(rec.entity())
	}
	return sc.Err()
}

func readJSONLFile(ctx context.Context, path string, cr *countingReader, add func(Entity)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	defer f.Close()
	cr.r = f
	var r io.Reader = cr
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("kb: %s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	if err := ReadJSONL(ctx, r, add); err != nil {
		return fmt.Errorf("kb: %s: %w", path, err)
	}
	return nil
}
