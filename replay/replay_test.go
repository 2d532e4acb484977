package replay_test

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/replay"
)

func sortedKeys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// A time range replayed through a new stage version comes out downstream
// exactly once per article of the range, and nothing else does.
func TestReplayTimeRangeThroughNewVersion(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	stop := e.startStage("clean/1")
	e.publish("wire", ids("a", 4)...)
	// Distinct store times between the batches, so the range is exact.
	time.Sleep(5 * time.Millisecond)
	bseq := e.publish("wire", ids("b", 5)...)
	time.Sleep(5 * time.Millisecond)
	e.publish("wire", ids("c", 3)...)
	e.settle()
	stop()

	raw := e.messages(pipeline.KindRaw, 0)
	first, last := raw[bseq[0]-1].time, raw[bseq[len(bseq)-1]-1].time
	if !raw[bseq[0]-2].time.Before(first) || !last.Before(raw[bseq[len(bseq)-1]].time) {
		t.Fatal("batches share a store time; the range is ambiguous")
	}
	outBefore := e.lastSeq(pipeline.KindClean)
	rawBefore := e.lastSeq(pipeline.KindRaw)

	stop = e.startStage("clean/2")
	defer stop()
	res, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, Filter: replay.Filter{Since: first, Until: last}, RunID: "r1"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Selected != 5 || res.Published != 5 || res.FirstSeq != bseq[0] || res.LastSeq != bseq[4] {
		t.Fatalf("result %+v, want 5 selected and published, seqs %d..%d", res, bseq[0], bseq[4])
	}
	e.settle()
	got := e.outputs(outBefore)
	if keys := sortedKeys(got); !slices.Equal(keys, ids("b", 5)) {
		t.Fatalf("new outputs for %v, want the b batch", keys)
	}
	for id, vs := range got {
		if !slices.Equal(vs, []string{"clean/2"}) {
			t.Errorf("%s: outputs of versions %v, want one of clean/2", id, vs)
		}
	}
	// The re-published inputs are marked and keep their payload.
	for i, m := range e.messages(pipeline.KindRaw, rawBefore) {
		orig := raw[bseq[i]-1]
		if m.header.Get(replay.HeaderRun) != "r1" || m.header.Get(replay.HeaderOf) != itoa(bseq[i]) ||
			m.header.Get("Nats-Msg-Id") != "replay:r1:"+itoa(bseq[i]) || string(m.data) != string(orig.data) {
			t.Errorf("replayed message %d: headers %v, data %s", m.seq, m.header, m.data)
		}
	}
}

// A sequence range selects exactly its messages.
func TestReplaySequenceRange(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	seqs := e.publish("wire", ids("a", 10)...)
	var got []string
	res, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true,
		Filter:   replay.Filter{FromSeq: seqs[3], ToSeq: seqs[6]},
		Selected: func(it replay.Item) { got = append(got, it.ArticleID) }})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"a4", "a5", "a6", "a7"}) || res.Published != 0 {
		t.Fatalf("selected %v (published %d), want a4..a7 and nothing published", got, res.Published)
	}
	if n := e.lastSeq(pipeline.KindRaw); n != seqs[9] {
		t.Fatalf("dry run stored messages: last seq %d", n)
	}
}

// Replaying through the unchanged stage adds nothing downstream (the output
// ids repeat inside the duplicate window); through a new version, exactly
// one output per article. The second run skips the first run's copies.
func TestReplayUnchangedIsDeduplicated(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	stop := e.startStage("clean/1")
	e.publish("wire", ids("a", 6)...)
	e.settle()
	outBefore := e.lastSeq(pipeline.KindClean)

	res, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names})
	if err != nil {
		t.Fatal(err)
	}
	if res.Published != 6 {
		t.Fatalf("published %d, want 6", res.Published)
	}
	e.settle()
	if n := e.lastSeq(pipeline.KindClean); n != outBefore {
		t.Fatalf("unchanged stage: %d new outputs, want none", n-outBefore)
	}
	stop()

	stop = e.startStage("clean/2")
	defer stop()
	res, err = replay.Run(e.ctx, e.js, replay.Options{Names: e.names})
	if err != nil {
		t.Fatal(err)
	}
	if res.Selected != 6 || res.Copies != 6 || res.Scanned != 12 {
		t.Fatalf("second run %+v: want 12 scanned, 6 selected, 6 copies skipped", res)
	}
	e.settle()
	got := e.outputs(outBefore)
	if keys := sortedKeys(got); !slices.Equal(keys, ids("a", 6)) {
		t.Fatalf("outputs for %v", keys)
	}
	for id, vs := range got {
		if !slices.Equal(vs, []string{"clean/2"}) {
			t.Errorf("%s: %v, want exactly one clean/2 output", id, vs)
		}
	}
}

// The replay read leaves the stage's durable consumer where it was: the
// delivered and ack positions stay, only the new work is pending.
func TestReplayLeavesLiveConsumerPosition(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	stop := e.startStage("clean/1")
	e.publish("wire", ids("a", 5)...)
	e.settle()
	stop()
	before := e.consumer()

	if _, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true}); err != nil {
		t.Fatal(err)
	}
	res, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, Filter: replay.Filter{Sources: []string{"wire"}}})
	if err != nil || res.Published != 5 {
		t.Fatalf("replay: %+v, %v", res, err)
	}
	after := e.consumer()
	if after.Delivered.Stream != before.Delivered.Stream || after.Delivered.Consumer != before.Delivered.Consumer ||
		after.AckFloor.Stream != before.AckFloor.Stream || after.AckFloor.Consumer != before.AckFloor.Consumer || after.NumAckPending != 0 {
		t.Fatalf("consumer moved: delivered %+v -> %+v, ack floor %+v -> %+v",
			before.Delivered, after.Delivered, before.AckFloor, after.AckFloor)
	}
	if after.NumPending != before.NumPending+5 {
		t.Fatalf("pending %d -> %d, want 5 more", before.NumPending, after.NumPending)
	}
	// Only the stage's durable consumer is left on the stream.
	names := e.stream(pipeline.KindRaw).ConsumerNames(e.ctx)
	var left []string
	for n := range names.Name() {
		left = append(left, n)
	}
	if !slices.Equal(left, []string{e.names.Consumer("clean")}) {
		t.Fatalf("consumers left on the raw stream: %v", left)
	}
}

// --source and --ids select the matching articles only, with one source
// (filtered by the server) and with several.
func TestReplayFilters(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	e.publish("ap", "ap1", "ap2")
	e.publish("voa", "voa1")
	e.publish("afp", "afp1")
	e.publish("ap", "ap3")
	e.publish("voa", "voa2")
	cases := []struct {
		name string
		f    replay.Filter
		want []string
	}{
		{"one source", replay.Filter{Sources: []string{"voa"}}, []string{"voa1", "voa2"}},
		{"two sources", replay.Filter{Sources: []string{"ap", "afp"}}, []string{"ap1", "ap2", "afp1", "ap3"}},
		{"ids", replay.Filter{IDs: map[string]bool{"ap2": true, "voa2": true, "missing": true}}, []string{"ap2", "voa2"}},
		{"source and ids", replay.Filter{Sources: []string{"ap"}, IDs: map[string]bool{"ap3": true, "voa1": true}}, []string{"ap3"}},
		{"unknown source", replay.Filter{Sources: []string{"reuters"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			_, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true, Filter: c.f,
				Selected: func(it replay.Item) { got = append(got, it.ArticleID) }})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("selected %v, want %v", got, c.want)
			}
		})
	}
	// A real run with one source publishes only that source's articles.
	rawBefore := e.lastSeq(pipeline.KindRaw)
	if _, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, Filter: replay.Filter{Sources: []string{"voa"}}}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range e.messages(pipeline.KindRaw, rawBefore) {
		got = append(got, m.article.ID)
		if !strings.HasSuffix(m.subject, ".voa") {
			t.Errorf("re-published to %s", m.subject)
		}
	}
	if !slices.Equal(got, []string{"voa1", "voa2"}) {
		t.Fatalf("re-published %v", got)
	}
}

// A range whose start the stream's limits removed fails with an error that
// names the first stored sequence and time; --partial replays the rest.
func TestReplayRangeNoLongerStored(t *testing.T) {
	cfg := pipeline.DefaultStreamConfig()
	cfg.Kinds = []string{pipeline.KindRaw}
	cfg.MaxMsgs = 5
	e := newEnv(t, cfg)
	seqs := e.publish("wire", ids("a", 8)...)
	firstSeq := seqs[3]
	first := e.messages(pipeline.KindRaw, firstSeq-1)[0]

	for _, f := range []replay.Filter{
		{FromSeq: seqs[1]},
		{Since: first.time.Add(-time.Hour)},
	} {
		_, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true, Filter: f})
		var re *replay.RangeError
		if !errors.As(err, &re) || !errors.Is(err, replay.ErrNotStored) {
			t.Fatalf("%+v: error %v, want a RangeError", f, err)
		}
		if re.FirstSeq != firstSeq || !re.FirstTime.Equal(first.time) {
			t.Errorf("error names seq %d at %s, want %d at %s", re.FirstSeq, re.FirstTime, firstSeq, first.time)
		}
		msg := err.Error()
		for _, want := range []string{"sequence " + itoa(firstSeq), first.time.UTC().Format(time.RFC3339), "max messages 5", "--from-seq " + itoa(firstSeq)} {
			if !strings.Contains(msg, want) {
				t.Errorf("error %q lacks %q", msg, want)
			}
		}
	}
	// Within what is stored, and with --partial, it works.
	res, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true, Filter: replay.Filter{FromSeq: firstSeq}})
	if err != nil || res.Selected != 5 {
		t.Fatalf("stored range: %+v, %v", res, err)
	}
	res, err = replay.Run(e.ctx, e.js, replay.Options{Names: e.names, DryRun: true, Partial: true, Filter: replay.Filter{FromSeq: 1}})
	if err != nil || res.Selected != 5 || res.FirstSeq != firstSeq {
		t.Fatalf("partial: %+v, %v", res, err)
	}
}

func TestReplayUnknownStageAndStream(t *testing.T) {
	e := newEnv(t, pipeline.StreamConfig{Kinds: []string{pipeline.KindRaw}})
	if _, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, Stage: "nosuch"}); err == nil || !strings.Contains(err.Error(), "unknown stage") {
		t.Fatalf("unknown stage: %v", err)
	}
	// segment reads the clean stream, which this server does not have.
	if _, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, Stage: "segment"}); err == nil || !strings.Contains(err.Error(), "no stream") {
		t.Fatalf("missing stream: %v", err)
	}
}

func itoa(n uint64) string { return strconvU(n) }

// An interrupted run resumed with its run id from ResumeSeq re-feeds every
// selected message exactly once in all.
func TestReplayResumeAfterInterrupt(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	seqs := e.publish("wire", ids("a", 10)...)
	rawBefore := e.lastSeq(pipeline.KindRaw)
	ctx, cancel := context.WithCancel(e.ctx)
	n := 0
	res, err := replay.Run(ctx, e.js, replay.Options{Names: e.names, RunID: "int1", Window: 2,
		Selected: func(replay.Item) {
			if n++; n == 4 {
				cancel()
			}
		}})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "--run-id int1") {
		t.Fatalf("interrupted run: %v", err)
	}
	if res.ResumeSeq < seqs[0] || res.ResumeSeq > seqs[3] {
		t.Fatalf("resume at %d, want within %d..%d", res.ResumeSeq, seqs[0], seqs[3])
	}
	if _, err := replay.Run(e.ctx, e.js, replay.Options{Names: e.names, RunID: "int1", Filter: replay.Filter{FromSeq: res.ResumeSeq, ToSeq: seqs[9]}}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range e.messages(pipeline.KindRaw, rawBefore) {
		got = append(got, m.article.ID)
	}
	if !slices.Equal(got, ids("a", 10)) {
		t.Fatalf("re-fed %v, want a1..a10 once each", got)
	}
}
