package pipeline_test

import (
	"testing"

	"github.com/wirestream/wirestream/pipeline"
)

func TestNames(t *testing.T) {
	def, ns := pipeline.Names{}, pipeline.Names{Namespace: "staging"}
	cases := []struct {
		got, want string
	}{
		{def.Subject(pipeline.KindRaw, "voa"), "news.raw.voa"},
		{def.Subject(pipeline.KindClean, "ap"), "news.clean.ap"},
		{def.Subject(pipeline.KindSegmented, "ap"), "news.segmented.ap"},
		{def.Subject(pipeline.KindQuoted, "ap"), "news.quoted.ap"},
		{def.Subject(pipeline.KindLinked, "ap"), "news.linked.ap"},
		{def.Subject(pipeline.KindRaw, ""), "news.raw.unknown"},
		{def.Subject(pipeline.KindRaw, "  "), "news.raw.unknown"},
		{def.Subject(pipeline.KindRaw, "bbc.co.uk"), "news.raw.bbc_co_uk"},
		{def.Subject(pipeline.KindRaw, "a b*c>d"), "news.raw.a_b_c_d"},
		{def.Subject(pipeline.KindRaw, "Reuters-EN"), "news.raw.Reuters-EN"},
		{def.DLQSubject("quotes"), "news.dlq.quotes"},
		{def.Wildcard(pipeline.KindRaw), "news.raw.>"},
		{def.Stream(pipeline.KindRaw), "NEWS_RAW"},
		{def.Stream(pipeline.KindDLQ), "NEWS_DLQ"},
		{def.Consumer("clean"), "clean"},
		{ns.Subject(pipeline.KindRaw, "voa"), "staging.news.raw.voa"},
		{ns.Subject(pipeline.KindLinked, ""), "staging.news.linked.unknown"},
		{ns.DLQSubject("entities"), "staging.news.dlq.entities"},
		{ns.Wildcard(pipeline.KindQuoted), "staging.news.quoted.>"},
		{ns.Stream(pipeline.KindSegmented), "staging_NEWS_SEGMENTED"},
		{ns.Consumer("segment"), "staging_segment"},
		{pipeline.SourceOf("staging.news.raw.voa"), "voa"},
		{pipeline.SourceOf("news.clean.ap"), "ap"},
		{pipeline.Token("tab\there"), "tab_here"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestNamespaceValidation(t *testing.T) {
	for _, ns := range []string{"", "prod", "t0a1b2", "team-a_2"} {
		if err := (pipeline.Names{Namespace: ns}).Validate(); err != nil {
			t.Errorf("namespace %q: %v", ns, err)
		}
	}
	for _, ns := range []string{"a.b", "a b", "a*", "a>", "é"} {
		if err := (pipeline.Names{Namespace: ns}).Validate(); err == nil {
			t.Errorf("namespace %q accepted", ns)
		}
	}
}

func TestDefaultHops(t *testing.T) {
	want := []pipeline.Hop{
		{Stage: "clean", In: "raw", Out: "clean"},
		{Stage: "segment", In: "clean", Out: "segmented"},
		{Stage: "quotes", In: "segmented", Out: "quoted"},
		{Stage: "entities", In: "quoted", Out: "linked"},
	}
	for i, h := range want {
		if pipeline.DefaultHops[i] != h {
			t.Errorf("hop %d = %+v, want %+v", i, pipeline.DefaultHops[i], h)
		}
		if got, ok := pipeline.HopFor(h.Stage); !ok || got != h {
			t.Errorf("HopFor(%s) = %+v, %v", h.Stage, got, ok)
		}
	}
	if _, ok := pipeline.HopFor("nope"); ok {
		t.Error("HopFor found a hop for an unknown stage")
	}
}
