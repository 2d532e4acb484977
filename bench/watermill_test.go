package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
)

// TestBenchWatermillRow runs the transport section on a few messages and
// checks that Watermill's hop is measured (and its ratio printed) unless
// NoWatermill is set, and that its streams are gone afterwards.
func TestBenchWatermillRow(t *testing.T) {
	url, names, _ := natstest.Start(t)
	nc, js := natstest.Connect(t, url)
	streams := pipeline.DefaultStreamConfig()
	streams.Storage = jetstream.MemoryStorage
	text, _ := Split("tiny", []*schemas.Article{sampleArticle(800)})
	for _, skip := range []bool{false, true} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		env := &Env{NC: nc, JS: js, Streams: streams, Prefix: names.Namespace + "bw", Log: zap.NewNop()}
		rep, err := Run(ctx, Config{
			Corpora: []Corpus{text}, Workers: []int{1}, StageTime: time.Millisecond,
			Env: env, TransportMsgs: 25, NoWatermill: skip,
		})
		cancel()
		if err != nil {
			t.Fatalf("NoWatermill=%v: %v", skip, err)
		}
		if len(rep.Errors) > 0 {
			t.Fatalf("NoWatermill=%v: errors %v", skip, rep.Errors)
		}
		wm, ok := rep.find("transport", "do-nothing hop, Watermill", "", 1)
		if ok == skip {
			t.Fatalf("NoWatermill=%v: Watermill row present = %v", skip, ok)
		}
		var sb strings.Builder
		rep.WriteTable(&sb)
		hasRatio := strings.Contains(sb.String(), "do-nothing hop (Runner) ÷ Watermill's")
		if hasRatio == skip {
			t.Errorf("NoWatermill=%v: ratio printed = %v:\n%s", skip, hasRatio, sb.String())
		}
		if !skip && !(wm.V[MRate] > 0) {
			t.Errorf("Watermill rate %v, want > 0", wm.V[MRate])
		}
		// Every namespace of the run is cleaned up.
		for name := range js.StreamNames(context.Background()).Name() {
			if strings.HasPrefix(strings.ToLower(name), strings.ToLower(env.Prefix)) {
				t.Errorf("stream %s left behind", name)
			}
		}
	}
}
