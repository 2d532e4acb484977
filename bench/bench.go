package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/stages"
)

// Config is what one bench run measures.
type Config struct {
	Stages  []stages.Stage // in pipeline order
	Corpora []Corpus       // each measured separately (text, HTML)
	Workers []int          // workers per stage to measure, e.g. 1, 2, 4
	Runs    int            // repetitions; the table shows medians

	StageTime time.Duration // minimum time per standalone measurement

	// Env is the NATS side; nil measures the stages alone.
	Env *Env
	// TransportMsgs is the number of messages of each transport
	// measurement, taken from the first corpus.
	TransportMsgs int
	// NoWatermill skips Watermill's do-nothing hop in the transport
	// section (it is measured by default, for the "≥ 1.5× Watermill").
	NoWatermill bool
	// E2ETime sizes a full-speed end-to-end batch: about this long at the
	// slowest stage's standalone rate, within [20, E2EMax] articles.
	E2ETime time.Duration
	E2EMax  int
	// Rate is the offered rate of the fixed-rate batch, articles/s; 0 means
	// half of the full-speed rate just measured. RateTime is its length.
	Rate     float64
	RateTime time.Duration
	// Timeout bounds one end-to-end batch.
	Timeout time.Duration
	// Progress receives one line per measurement (nil: none).
	Progress io.Writer
}

// Report is the outcome of a run.
type Report struct {
	Machine Machine
	Rows    []Row // medians over the runs
	Errors  []string
}

// Run measures everything Config asks for.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	rep := &Report{Machine: ReadMachine()}
	if len(cfg.Workers) == 0 {
		cfg.Workers = []int{1}
	}
	cfg.Runs = max(cfg.Runs, 1)
	var rows []Row
	fail := func(what string, err error) {
		msg := fmt.Sprintf("%s: %v", what, err)
		rep.Errors = append(rep.Errors, msg)
		cfg.progress("error: %s", msg)
	}
	inputs := make([][][][]byte, len(cfg.Corpora))
	for i, c := range cfg.Corpora {
		in, err := Prepare(ctx, cfg.Stages, c)
		if err != nil {
			return nil, err
		}
		inputs[i] = in
	}
	for run := 0; run < cfg.Runs && ctx.Err() == nil; run++ {
		// (a) stages alone, and the codec alone (the do-nothing stage on
		// the raw input).
		slowest := map[string]float64{} // corpus/workers -> slowest stage's rate
		for ci, c := range cfg.Corpora {
			if len(c.Articles) == 0 {
				continue
			}
			for _, w := range cfg.Workers {
				if len(inputs[ci]) > 0 || len(cfg.Stages) == 0 {
					raw := inputs[ci]
					var codecIn [][]byte
					if len(raw) > 0 {
						codecIn = raw[0]
					}
					s := RunStage(ctx, Nop, codecIn, w, cfg.StageTime)
					rows = append(rows, stageRow("json codec (nop stage)", c.Name, s))
					cfg.progress("stage %-8s %-14s w=%d %8.0f art/s", "codec", c.Name, w, s.PerSec())
				}
				for k, st := range cfg.Stages {
					s := RunStage(ctx, st, inputs[ci][k], w, cfg.StageTime)
					r := stageRow(st.Name(), c.Name, s)
					if s.Errors > 0 {
						r.Note = fmt.Sprintf("%d refused", s.Errors)
					}
					rows = append(rows, r)
					key := fmt.Sprint(c.Name, "/", w)
					if v, ok := slowest[key]; !ok || s.PerSec() < v {
						slowest[key] = s.PerSec()
					}
					cfg.progress("stage %-8s %-14s w=%d %8.0f art/s", st.Name(), c.Name, w, s.PerSec())
					if w == 1 {
						ws, err := RunWholeCodec(ctx, inputs[ci][k], cfg.StageTime)
						if err != nil {
							fail("segmentio codec on the "+st.Name()+" input", err)
							continue
						}
						rows = append(rows, stageRow(wholeCodecName(st.Name()), c.Name, ws))
					}
				}
			}
		}
		if cfg.Env == nil || ctx.Err() != nil {
			continue
		}
		// (b) the transport.
		rows = append(rows, cfg.transport(ctx, fail)...)
		// (c) end to end.
		for _, c := range cfg.Corpora {
			if len(c.Articles) == 0 || len(cfg.Stages) == 0 {
				continue
			}
			for _, w := range cfg.Workers {
				rows = append(rows, cfg.endToEnd(ctx, c, w, slowest[fmt.Sprint(c.Name, "/", w)], fail)...)
			}
		}
	}
	rep.Rows = mergeRuns(rows)
	rep.Machine.LoadEnd = loadAvg()
	return rep, ctx.Err()
}

func (cfg Config) progress(format string, args ...any) {
	if cfg.Progress != nil {
		fmt.Fprintf(cfg.Progress, format+"\n", args...)
	}
}

func stageRow(name, input string, s StageStat) Row {
	r := newRow("stage alone", name, input, s.Workers)
	if s.Articles == 0 {
		r.Note = "no input"
		return r
	}
	r.V[MRate] = s.PerSec()
	r.V[MMBps] = s.MBps()
	r.V[MUs] = s.UsPerArticle()
	r.V[MUsCodec] = s.UsCodec()
	r.V[MUsStage] = s.UsProcess()
	r.V[MAllocs] = s.AllocsPerArticle()
	return r
}

// transport measures publish, consume+ack and the do-nothing hops with
// messages of the first corpus that has articles.
func (cfg Config) transport(ctx context.Context, fail func(string, error)) []Row {
	e := cfg.Env
	// The first corpus that has articles (a --corpus of HTML only has no
	// text corpus).
	var c Corpus
	for _, x := range cfg.Corpora {
		if len(x.Articles) > 0 {
			c = x
			break
		}
	}
	if len(c.Articles) == 0 {
		return nil
	}
	n := max(cfg.TransportMsgs, 1)
	msgs := c.Messages(n, "t", int(e.NC.MaxPayload()))
	if len(msgs) == 0 {
		fail("transport", fmt.Errorf("no article of %s fits the server's max payload", c.Name))
		return nil
	}
	size := 0
	for _, m := range msgs {
		size += len(m)
	}
	input := fmt.Sprintf("%s, %d B", c.Name, size/len(msgs))
	mb := float64(size) / 1e6
	// measure runs one transport measurement and keeps its row, with the
	// process CPU time it took per message.
	var rows []Row
	measure := func(name string, w int, f func() (time.Duration, error)) bool {
		c0 := cpuNanos()
		d, err := f()
		if err != nil {
			fail("transport: "+name, err)
			return false
		}
		r := newRow("transport", name, input, w)
		r.V[MRate] = float64(n) / d.Seconds()
		r.V[MMBps] = mb / d.Seconds()
		r.V[MUs] = float64(d.Microseconds()) / float64(n)
		r.V[MCPUUs] = float64(cpuNanos()-c0) / 1e3 / float64(n)
		rows = append(rows, r)
		cfg.progress("transport %-30s w=%d %8.0f msg/s %6.1f cpu µs/msg", name, w, r.V[MRate], r.V[MCPUUs])
		return true
	}
	for i, w := range cfg.Workers {
		names := e.names()
		err := pipeline.EnsureStreams(ctx, e.JS, names, e.Streams)
		if err != nil {
			fail("transport: streams", err)
			return rows
		}
		if !measure("jetstream async publish", 0, func() (time.Duration, error) {
			return e.publish(ctx, names.Subject(pipeline.KindRaw, "bench"), msgs, "t", 0, nil)
		}) {
			e.cleanup(names)
			return rows
		}
		if i == 0 {
			batch := e.FetchBatch
			if batch <= 0 {
				batch = 256
			}
			measure("jetstream consume+ack", 0, func() (time.Duration, error) {
				return e.consumeAck(ctx, names.Stream(pipeline.KindRaw), n, batch)
			})
		}
		measure("do-nothing hop (Runner)", w, func() (time.Duration, error) { return e.nopHop(ctx, names, n, w) })
		measure("do-nothing hop, sync publish", w, func() (time.Duration, error) { return e.syncHop(ctx, names, n, w) })
		if !cfg.NoWatermill {
			measure("do-nothing hop, Watermill", w, func() (time.Duration, error) { return e.watermillHop(ctx, names, n, w) })
		}
		e.cleanup(names)
	}
	return rows
}

// endToEnd runs every stage on a fresh namespace, sends one batch at full
// speed and one at a fixed offered rate.
func (cfg Config) endToEnd(ctx context.Context, c Corpus, w int, slowest float64, fail func(string, error)) []Row {
	e := cfg.Env
	if h, ok := pipeline.HopFor(cfg.Stages[0].Name()); !ok || h.In != pipeline.KindRaw {
		// The batches are raw articles: they would wait in the raw stream.
		fail("end to end", fmt.Errorf("the stages must start with the one that reads raw articles (clean), not %s", cfg.Stages[0].Name()))
		return nil
	}
	n := cfg.E2EMax
	if slowest > 0 && !math.IsInf(slowest, 0) {
		n = int(slowest * cfg.E2ETime.Seconds())
	}
	n = min(max(n, 20), max(cfg.E2EMax, 20))
	p, err := e.startPipeline(ctx, cfg.Stages, w)
	if err != nil {
		fail("end to end: start", err)
		return nil
	}
	defer p.stop()
	maxPayload := int(e.NC.MaxPayload())
	msgs := c.Messages(n, "f", maxPayload)
	if len(msgs) == 0 {
		fail("end to end", fmt.Errorf("no article of %s fits the server's max payload", c.Name))
		return nil
	}
	var rows []Row
	full, err := p.batch(ctx, "f", msgs, 0, cfg.Timeout)
	if err != nil {
		fail("end to end, full speed ("+c.Name+")", err)
		return nil
	}
	rows = append(rows, e2eRow("full speed", c.Name, w, full))
	cfg.progress("end to end %-14s w=%d full speed %8.1f art/s p99 %.0f ms", c.Name, w, full.PerSec(), ms(full.P99))
	rate := cfg.Rate
	if rate <= 0 {
		rate = full.PerSec() / 2
	}
	rn := min(max(int(rate*cfg.RateTime.Seconds()), 20), max(cfg.E2EMax, 20))
	rmsgs := c.Messages(rn, "r", maxPayload)
	at, err := p.batch(ctx, "r", rmsgs, rate, cfg.Timeout+time.Duration(float64(rn)/rate*float64(time.Second)))
	if err != nil {
		fail("end to end, fixed rate ("+c.Name+")", err)
		return rows
	}
	r := e2eRow(fmt.Sprintf("offered %.0f/s", rate), c.Name, w, at)
	if cfg.Rate <= 0 {
		r.Name = "half max rate"
	}
	r.V[MOffered] = rate
	rows = append(rows, r)
	cfg.progress("end to end %-14s w=%d at %.1f/s    %8.1f art/s p99 %.0f ms", c.Name, w, rate, at.PerSec(), ms(at.P99))
	cfg.progress("  %s", at.Trace)
	return rows
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func e2eRow(name, input string, w int, s E2EStat) Row {
	r := newRow("end to end", name, input, w)
	r.V[MRate] = s.PerSec()
	r.V[MUs] = float64(s.Elapsed.Microseconds()) / float64(max(s.Arrived, 1))
	r.V[MP50], r.V[MP95], r.V[MP99] = ms(s.P50), ms(s.P95), ms(s.P99)
	if s.Dead > 0 {
		r.Note = fmt.Sprintf("%d dead-lettered", s.Dead)
	}
	return r
}
