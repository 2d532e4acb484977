package kb

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Progress is told the number of input bytes read so far (compressed
// bytes for a compressed dump), so a progress bar can use the summed input
// file sizes as its total.
type Progress func(done int64)

// countingReader reports bytes read to a Progress, about every MiB.
type countingReader struct {
	r        io.Reader
	n, last  int64
	progress Progress
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.progress != nil && c.n-c.last >= 1<<20 {
		c.last = c.n
		c.progress(c.n)
	}
	return n, err
}

// BuildFile builds a KB file at out from inputs: KB JSON lines files,
// folders of *.jsonl, or Wikidata JSON dumps (*.json, *.json.gz,
// *.json.bz2). The file is written beside out and renamed into place, so a
// reader never sees half a KB. progress may be nil.
func BuildFile(ctx context.Context, inputs []string, out string, progress func(done int64)) error {
	ents, err := collect(ctx, inputs, progress)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".kb-*")
	if err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := Write(tmp, ents); err != nil {
		tmp.Close()
		return fmt.Errorf("kb: write %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	return os.Rename(tmp.Name(), out)
}

// Build writes the KB built from inputs (as BuildFile) to w.
func Build(ctx context.Context, inputs []string, w io.Writer, progress func(done int64)) error {
	ents, err := collect(ctx, inputs, progress)
	if err != nil {
		return err
	}
	return Write(w, ents)
}

// BuildBytes returns the KB built from inputs, in memory.
func BuildBytes(ctx context.Context, inputs []string, progress func(done int64)) ([]byte, error) {
	var b bytes.Buffer
	if err := Build(ctx, inputs, &b, progress); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// isDump tells a Wikidata dump from KB JSON lines by its name.
func isDump(name string) bool {
	n := strings.ToLower(name)
	for _, ext := range []string{".json", ".json.gz", ".json.bz2"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

// collect reads every input into one list of entities, deduplicated by id
// (a later input's record replaces an earlier one's).
func collect(ctx context.Context, inputs []string, progress Progress) ([]Entity, error) {
	var files []string
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		if st.IsDir() {
			m, err := filepath.Glob(filepath.Join(in, "*.jsonl"))
			if err != nil {
				return nil, err
			}
			sort.Strings(m)
			if len(m) == 0 {
				return nil, fmt.Errorf("kb: no *.jsonl in %s", in)
			}
			files = append(files, m...)
		} else {
			files = append(files, in)
		}
	}
	var ents []Entity
	index := map[string]int{}
	add := func(e Entity) {
		if e.ID == "" || e.Label == "" || e.Type == "" {
			return
		}
		if i, ok := index[e.ID]; ok {
			ents[i] = e
			return
		}
		index[e.ID] = len(ents)
		ents = append(ents, e)
	}
	var base int64
	for _, f := range files {
		cr := &countingReader{progress: progress}
		if progress != nil {
			b := base
			cr.progress = func(n int64) { progress(b + n) }
		}
		var err error
		if isDump(f) {
			err = readDumpFile(ctx, f, cr, add)
		} else {
			err = readJSONLFile(ctx, f, cr, add)
		}
		if err != nil {
			return nil, err
		}
		base += cr.n
	}
	if progress != nil {
		progress(base)
	}
	return ents, nil
}

// InputSize is the total size in bytes of what BuildFile will read from
// inputs (a folder counts its *.jsonl files): the total of a progress bar
// fed by BuildFile's progress callback.
func InputSize(inputs []string) (int64, error) {
	var total int64
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil {
			return 0, fmt.Errorf("kb: %w", err)
		}
		if !st.IsDir() {
			total += st.Size()
			continue
		}
		m, err := filepath.Glob(filepath.Join(in, "*.jsonl"))
		if err != nil {
			return 0, err
		}
		for _, f := range m {
			if fs, err := os.Stat(f); err == nil {
				total += fs.Size()
			}
		}
	}
	return total, nil
}
