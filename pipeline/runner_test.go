package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/wirestream/wirestream/pipeline"
)

// checkExactlyOnce asserts that every id arrived downstream exactly once,
// counting both distinct ids and stored messages.
func checkExactlyOnce(t *testing.T, e *env, ids []string) {
	t.Helper()
	byID, total := e.articles(pipeline.KindClean)
	if total != len(ids) {
		t.Errorf("output stream holds %d messages, want %d", total, len(ids))
	}
	if len(byID) != len(ids) {
		t.Errorf("%d distinct articles downstream, want %d", len(byID), len(ids))
	}
	for _, id := range ids {
		got := byID[id]
		if len(got) != 1 {
			t.Errorf("article %s arrived %d times", id, len(got))
			continue
		}
		a := got[0]
		if want := strings.ToUpper("body of " + id); a.TextOrEmpty() != want {
			t.Errorf("article %s: text %q, want %q", id, a.TextOrEmpty(), want)
		}
		if len(a.Stages) != 1 || a.Stages[0].Stage != "upper" || a.Stages[0].Version != "upper/1" {
			t.Errorf("article %s: provenance %+v", id, a.Stages)
		}
		if len(a.Extra) != 1 || a.Extra[0].Key != "custom" || string(a.Extra[0].Value) != `{"keep":[1,2]}` {
			t.Errorf("article %s: unknown field not kept: %+v", id, a.Extra)
		}
	}
}

func TestRunnerDeliversAllOnce(t *testing.T) {
	e := newEnv(t)
	const n = 5000
	ids := e.publishArticles("a", n)
	obs := newCounter()
	r := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithConcurrency(4), pipeline.WithObserver(obs))
	began := time.Now()
	stop := start(t, r)
	e.waitCount(pipeline.KindClean, n, 60*time.Second)
	elapsed := time.Since(began)
	stop()
	t.Logf("%d articles through the trivial stage in %s: %.0f articles/s", n, elapsed.Round(time.Millisecond), n/elapsed.Seconds())
	checkExactlyOnce(t, e, ids)
	if got := obs.get(pipeline.Processed); got != n {
		t.Errorf("observer saw %d processed, want %d", got, n)
	}
	if e.count(pipeline.KindDLQ) != 0 {
		t.Errorf("dead letters: %+v", e.deadLetters())
	}
}

func TestRunnersShareConsumer(t *testing.T) {
	e := newEnv(t)
	const n = 5000
	obs1, obs2 := newCounter(), newCounter()
	r1 := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithConcurrency(2), pipeline.WithObserver(obs1))
	r2 := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithConcurrency(2), pipeline.WithObserver(obs2))
	stop1, stop2 := start(t, r1), start(t, r2)
	// Both must be pulling before the work arrives, or the first could
	// take it all.
	for deadline := time.Now().Add(30 * time.Second); !r1.Ready() || !r2.Ready(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("runners not ready")
		}
	}
	ids := e.publishArticles("s", n)
	e.waitCount(pipeline.KindClean, n, 60*time.Second)
	stop1()
	stop2()
	checkExactlyOnce(t, e, ids)
	p1, p2 := obs1.get(pipeline.Processed), obs2.get(pipeline.Processed)
	if p1+p2 != n || p1 == 0 || p2 == 0 {
		t.Errorf("workers processed %d and %d, want both > 0 adding up to %d", p1, p2, n)
	}
}

// A byte window smaller than one output still lets every output through,
// one at a time, exactly once.
func TestRunnerTinyByteWindow(t *testing.T) {
	e := newEnv(t)
	const n = 300
	ids := e.publishArticles("w", n)
	r := pipeline.NewRunner(e.js, upper, trivialHop, e.names, pipeline.WithConcurrency(4), pipeline.WithPublishWindowBytes(1))
	stop := start(t, r)
	e.waitCount(pipeline.KindClean, n, 60*time.Second)
	stop()
	checkExactlyOnce(t, e, ids)
}
