package main

import (
	"fmt"
	"slices"
	"strings"

	"go.uber.org/zap"

	"github.com/wirestream/wirestream/stages"
)

// stageOptions is what a stage constructor may take from the command line.
type stageOptions struct {
	// KB are the --kb paths (knowledge-base files or directories), in the
	// order given; empty when none was given.
	KB  []string
	Log *zap.Logger
}

// stageEntry is one registered stage.
type stageEntry struct {
	name  string
	build func(stageOptions) (stages.Stage, error)
}

func stageNames() []string {
	out := make([]string, len(registry))
	for i, e := range registry {
		out[i] = e.name
	}
	return out
}

func stageList() string {
	if len(registry) == 0 {
		return "(none)"
	}
	return strings.Join(stageNames(), ", ")
}

// selectStages returns the registered stages named (all when none), in
// pipeline order whatever the order of the names, since each stage needs
// the output of the ones before it.
func selectStages(names []string) ([]stageEntry, error) {
	if len(registry) == 0 {
		return nil, fmt.Errorf("no stages are registered in this build")
	}
	if len(names) == 0 {
		return slices.Clone(registry), nil
	}
	want := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !slices.ContainsFunc(registry, func(e stageEntry) bool { return e.name == n }) {
			return nil, fmt.Errorf("unknown stage %q (registered: %s)", n, stageList())
		}
		want[n] = true
	}
	var out []stageEntry
	for _, e := range registry {
		if want[e.name] {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no stage named")
	}
	return out, nil
}

// buildStages constructs the selected stages.
func buildStages(sel []stageEntry, o stageOptions) ([]stages.Stage, error) {
	out := make([]stages.Stage, 0, len(sel))
	for _, e := range sel {
		s, err := e.build(o)
		if err != nil {
			return nil, fmt.Errorf("stage %s: %w", e.name, err)
		}
		if s.Name() != e.name {
			return nil, fmt.Errorf("stage registered as %q calls itself %q", e.name, s.Name())
		}
		out = append(out, s)
	}
	return out, nil
}
