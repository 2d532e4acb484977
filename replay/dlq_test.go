package replay_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/replay"
)

func strconvU(n uint64) string { return strconv.FormatUint(n, 10) }

// deadLetters returns the stored dead letters of the clean stage.
func (e *env) deadLetters() []pipeline.DeadLetter {
	e.t.Helper()
	var out []pipeline.DeadLetter
	for _, m := range e.messages(pipeline.KindDLQ, 0) {
		if m.subject != e.names.DLQSubject("clean") {
			continue
		}
		var dl pipeline.DeadLetter
		if err := json.Unmarshal(m.data, &dl); err != nil {
			e.t.Fatal(err)
		}
		out = append(out, dl)
	}
	return out
}

// --dlq re-feeds each dead letter once; one that fails again returns with
// the new reason, and a second run re-feeds only that new dead letter.
func TestReplayDeadLetters(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	e.fail("bad1", "v1 cannot read bad1")
	e.fail("bad2", "v1 cannot read bad2")
	stop := e.startStage("clean/1")
	e.publish("wire", "ok1", "bad1", "ok2", "bad2")
	e.settle()
	stop()
	if dls := e.deadLetters(); len(dls) != 2 {
		t.Fatalf("%d dead letters, want 2", len(dls))
	}
	outBefore := e.lastSeq(pipeline.KindClean)

	// The fix: bad1 passes now, bad2 still fails, for another reason.
	e.fail("bad1", "")
	e.fail("bad2", "v2 still cannot read bad2")
	stop = e.startStage("clean/2")
	defer stop()
	var reasons []string
	res, err := replay.RunDLQ(e.ctx, e.js, replay.Options{Names: e.names, Stage: "clean", RunID: "d1",
		Selected: func(it replay.Item) { reasons = append(reasons, it.ArticleID+": "+it.Reason) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Selected != 2 || res.Published != 2 || res.Deleted != 2 || res.Refailed != 0 {
		t.Fatalf("first run %+v", res)
	}
	slices.Sort(reasons)
	if !slices.Equal(reasons, []string{"bad1: v1 cannot read bad1", "bad2: v1 cannot read bad2"}) {
		t.Fatalf("selected %v", reasons)
	}
	e.settle()
	if got := e.outputs(outBefore); len(got) != 1 || !slices.Equal(got["bad1"], []string{"clean/2"}) {
		t.Fatalf("outputs after the re-feed: %v, want bad1 once", got)
	}
	dls := e.deadLetters()
	if len(dls) != 1 || dls[0].ArticleID != "bad2" || dls[0].Error != "v2 still cannot read bad2" ||
		!strings.HasPrefix(dls[0].MessageID, "dlq-replay:") {
		t.Fatalf("DLQ after the re-feed: %+v", dls)
	}

	// Again: bad1's dead letter is gone, only bad2's new one is re-fed.
	e.fail("bad2", "")
	reasons = nil
	res, err = replay.RunDLQ(e.ctx, e.js, replay.Options{Names: e.names, Stage: "clean",
		Selected: func(it replay.Item) { reasons = append(reasons, it.ArticleID+": "+it.Reason) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Selected != 1 || res.Refailed != 1 || !slices.Equal(reasons, []string{"bad2: v2 still cannot read bad2"}) {
		t.Fatalf("second run %+v selected %v", res, reasons)
	}
	e.settle()
	got := e.outputs(outBefore)
	if len(got) != 2 || len(got["bad1"]) != 1 || len(got["bad2"]) != 1 {
		t.Fatalf("outputs: %v, want bad1 and bad2 once each", got)
	}
	if dls := e.deadLetters(); len(dls) != 0 {
		t.Fatalf("DLQ not empty: %+v", dls)
	}
	// Nothing left: a third run re-feeds nothing.
	res, err = replay.RunDLQ(e.ctx, e.js, replay.Options{Names: e.names, Stage: "clean"})
	if err != nil || res.Selected != 0 {
		t.Fatalf("third run %+v, %v", res, err)
	}
}

// A dry run and the filters leave unselected dead letters where they are.
func TestReplayDeadLettersFiltered(t *testing.T) {
	e := newEnv(t, pipeline.DefaultStreamConfig())
	for _, id := range []string{"x1", "x2", "y1"} {
		e.fail(id, "broken "+id)
	}
	stop := e.startStage("clean/1")
	e.publish("ap", "x1", "x2")
	e.publish("voa", "y1")
	e.settle()
	stop()

	res, err := replay.RunDLQ(e.ctx, e.js, replay.Options{Names: e.names, Stage: "clean", DryRun: true})
	if err != nil || res.Selected != 3 || res.Deleted != 0 {
		t.Fatalf("dry run %+v, %v", res, err)
	}
	res, err = replay.RunDLQ(e.ctx, e.js, replay.Options{Names: e.names, Stage: "clean",
		Filter: replay.Filter{Sources: []string{"ap"}, IDs: map[string]bool{"x2": true, "y1": true}}})
	if err != nil || res.Selected != 1 || res.Deleted != 1 {
		t.Fatalf("filtered run %+v, %v", res, err)
	}
	var left []string
	for _, dl := range e.deadLetters() {
		left = append(left, dl.ArticleID)
	}
	slices.Sort(left) // dead-letter order follows the stage's concurrency
	if !slices.Equal(left, []string{"x1", "y1"}) {
		t.Fatalf("left in the DLQ: %v", left)
	}
}
