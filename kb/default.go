package kb

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// defaultTSV is the default KB: news-salient entities written by hand as
// facts (see the header of the file for its columns).
//
//go:embed default.tsv
var defaultTSV []byte

var defaultOnce struct {
	sync.Once
	t   *Table
	err error
}

// DefaultEntities parses the embedded default KB.
func DefaultEntities() ([]Entity, error) { return ParseTSV(defaultTSV) }

// DefaultTable returns the default KB, built once from the embedded facts.
func DefaultTable() (*Table, error) {
	defaultOnce.Do(func() {
		ents, err := DefaultEntities()
		if err != nil {
			defaultOnce.err = err
			return
		}
		var b bytes.Buffer
		if err := Write(&b, ents); err != nil {
			defaultOnce.err = err
			return
		}
		defaultOnce.t, defaultOnce.err = NewTable(b.Bytes())
	})
	return defaultOnce.t, defaultOnce.err
}

// ParseTSV reads the default KB's format: one entity a line, tab-separated
// QID, type, label, aliases (separated by "|"), approximate sitelink
// count, description; "#" starts a comment line.
func ParseTSV(data []byte) ([]Entity, error) {
	var out []Entity
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			return nil, fmt.Errorf("kb: default.tsv:%d: want at least 5 fields, got %d", n, len(f))
		}
		e := Entity{ID: f[0], Type: f[1], Label: f[2]}
		if typeCode(e.Type) == 0 || !strings.HasPrefix(e.ID, "Q") {
			return nil, fmt.Errorf("kb: default.tsv:%d: bad id or type", n)
		}
		if f[3] != "" {
			e.Aliases = strings.Split(f[3], "|")
		}
		sl, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, fmt.Errorf("kb: default.tsv:%d: prior: %w", n, err)
		}
		e.Prior = Popularity(sl, "sitelinks")
		if len(f) > 5 {
			e.Description = f[5]
		}
		out = append(out, e)
	}
	return out, sc.Err()
}
