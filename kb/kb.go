package kb

import (
	"context"
	"fmt"
	"os"
	"sync"
)

// KB is a stack of tables: the default KB at the bottom, each opened path
// above it. A look-up searches every layer; for an id held by several
// layers the topmost record wins and the prior is the highest one seen,
// so a layer can correct or extend the ones below.
type KB struct {
	layers []*Table // bottom first
	// the label rows' hashes, built on first use (see MayBeLabel)
	labelsOnce sync.Once
	labels     labelFilter
}

// New stacks tables, bottom first.
func New(tables ...*Table) *KB { return &KB{layers: tables} }

// Open returns the default KB with each path layered over it, in order. A
// path is a built KB file, a KB JSON lines file, or a folder of *.jsonl
// (JSON lines are built in memory).
func Open(paths ...string) (*KB, error) {
	d, err := DefaultTable()
	if err != nil {
		return nil, err
	}
	k := &KB{layers: []*Table{d}}
	for _, p := range paths {
		t, err := OpenTable(p)
		if err != nil {
			return nil, err
		}
		k.layers = append(k.layers, t)
	}
	return k, nil
}

// OpenTable loads one path: a built file is read whole, anything else is
// built from KB JSON lines in memory.
func OpenTable(path string) (*Table, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	if !st.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		var head [8]byte
		n, _ := f.Read(head[:])
		f.Close()
		if n >= 4 && string(head[:4]) == magic[:4] && !IsTable(head[:n]) {
			return nil, fmt.Errorf("kb: %s: built by another version of the KB format: rebuild it", path)
		}
		if IsTable(head[:n]) {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("kb: %w", err)
			}
			t, err := NewTable(data)
			if err != nil {
				return nil, fmt.Errorf("kb: %s: %w", path, err)
			}
			return t, nil
		}
	}
	data, err := BuildBytes(context.Background(), []string{path}, nil)
	if err != nil {
		return nil, err
	}
	return NewTable(data)
}

// Layers is the number of tables.
func (k *KB) Layers() int { return len(k.layers) }

// Len is the number of entity records over all layers (an id held by two
// layers counts twice).
func (k *KB) Len() int {
	n := 0
	for _, t := range k.layers {
		n += t.Len()
	}
	return n
}

// Lookup returns the candidates for a normalised name (see Normalize),
// deduplicated by id, most popular first, at most MaxCandidates.
func (k *KB) Lookup(key string) []Candidate {
	if len(k.layers) == 1 {
		return k.layers[0].Lookup(key)
	}
	var out []Candidate
	// top layer first: its records win, so only candidates of lower
	// layers need their id checked above them
	for li := len(k.layers) - 1; li >= 0; li-- {
		found := k.layers[li].Lookup(key)
		if len(out) == 0 && li == len(k.layers)-1 {
			out = found
			continue
		}
		for _, c := range found {
			out = k.merge(out, li, c)
		}
	}
	sortByPrior(out)
	if len(out) > MaxCandidates {
		out = out[:MaxCandidates]
	}
	return out
}

// merge adds a candidate found in layer li: when a higher layer already
// gave its id, the prior is the higher of the two; when a higher layer
// holds the id under other names, that layer's record is taken.
func (k *KB) merge(out []Candidate, li int, c Candidate) []Candidate {
	for i := range out {
		if out[i].ID == c.ID {
			if c.Prior > out[i].Prior {
				out[i].Prior = c.Prior
			}
			out[i].IsLabel = out[i].IsLabel || c.IsLabel
			return out
		}
	}
	for up := len(k.layers) - 1; up > li; up-- {
		if j, ok := k.layers[up].ByID(c.ID); ok {
			e := k.layers[up].entityLite(j)
			if e.Prior < c.Prior {
				e.Prior = c.Prior
			}
			c.Entity = e
			break
		}
	}
	return append(out, c)
}

// Types returns the types a normalised name can have in the KB, as bits
// 1<<0 PER, 1<<1 ORG, 1<<2 LOC, 1<<3 MISC (0 when unknown), without
// building candidates: taggers ask this for many spans.
func (k *KB) Types(key string) uint8 {
	var bits uint8
	for _, t := range k.layers {
		t.each(key, func(i int, _ bool) {
			if c := t.ents[i*entSize+20]; c >= 1 && c <= 4 {
				bits |= 1 << (c - 1)
			}
		})
	}
	return bits
}

// Get returns the entity with this id, from the topmost layer holding it,
// with its aliases.
func (k *KB) Get(id string) (Entity, bool) {
	for up := len(k.layers) - 1; up >= 0; up-- {
		if j, ok := k.layers[up].ByID(id); ok {
			return k.layers[up].Entity(j), true
		}
	}
	return Entity{}, false
}

func sortByPrior(c []Candidate) {
	// insertion sort: candidate lists are short
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].Prior > c[j-1].Prior; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}
