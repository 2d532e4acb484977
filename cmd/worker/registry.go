package main

import (
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/clean"
	"github.com/wirestream/wirestream/stages/entities"
	"github.com/wirestream/wirestream/stages/quotes"
	"github.com/wirestream/wirestream/stages/segment"
)

// registry lists the stages this binary runs, in pipeline order. A stage is
// added here only once its package works; there are no placeholders.
// build is called only for the stages a command selects, so an expensive
// stage (a KB to load) costs nothing when it is not used.
var registry = []stageEntry{
	{name: "clean", build: func(stageOptions) (stages.Stage, error) { return clean.New(), nil }},
	{name: "segment", build: func(stageOptions) (stages.Stage, error) { return segment.New(), nil }},
	{name: "quotes", build: func(stageOptions) (stages.Stage, error) { return quotes.New(), nil }},
	// entities: the --kb paths are layered over the default KB, in order.
	{name: "entities", build: func(o stageOptions) (stages.Stage, error) { return entities.New(entities.WithKB(o.KB...)) }},
}
