package bench

import (
	"math"
	"strconv"
)

// Metric indexes a Row's figures.
type Metric int

// The figures a row may hold; an unset one is NaN and prints as "-".
const (
	MRate    Metric = iota // articles (messages) per second
	MMBps                  // input MB/s
	MUs                    // µs per article, one worker
	MUsCodec               // of which decode+encode
	MUsStage               // of which the stage's Process
	MAllocs                // heap allocations per article
	MP50                   // end-to-end latency, ms
	MP95
	MP99
	MOffered // offered rate of a fixed-rate batch, articles/s
	MCPUUs   // process CPU µs per message (transport rows)
	nMetrics
)

// Row is one line of the table.
type Row struct {
	Section string // stage, transport, end-to-end
	Name    string // what was measured
	Input   string // corpus, or message size
	Workers int    // per stage; 0 when it does not apply
	Note    string
	V       [nMetrics]float64
	Runs    int // samples behind the medians
}

func newRow(section, name, input string, workers int) Row {
	r := Row{Section: section, Name: name, Input: input, Workers: workers, Runs: 1}
	for i := range r.V {
		r.V[i] = math.NaN()
	}
	return r
}

func (r Row) key() string {
	return r.Section + "\x00" + r.Name + "\x00" + r.Input + "\x00" + strconv.Itoa(r.Workers)
}

// Get returns a figure (NaN when unset).
func (r Row) Get(m Metric) float64 { return r.V[m] }

// mergeRuns folds rows measured several times (same section, name, input
// and workers) into one row of medians, in first-seen order.
func mergeRuns(rows []Row) []Row {
	var order []string
	groups := map[string][]Row{}
	for _, r := range rows {
		k := r.key()
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	out := make([]Row, 0, len(order))
	for _, k := range order {
		g := groups[k]
		m := g[0]
		m.Runs = len(g)
		for i := range m.V {
			var vs []float64
			for _, r := range g {
				if !math.IsNaN(r.V[i]) {
					vs = append(vs, r.V[i])
				}
			}
			if len(vs) > 0 {
				m.V[i] = median(vs)
			}
		}
		for _, r := range g {
			if r.Note != "" {
				m.Note = r.Note
			}
		}
		out = append(out, m)
	}
	return out
}
