package bench

import (
	"context"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// StageStat is one stage run alone on a corpus in memory, the way a worker
// runs it without transport: decode the stage's fields, Process, append
// provenance, encode.
type StageStat struct {
	Articles  int           // processed without error
	Errors    int           // articles the stage refused
	Bytes     int64         // input message bytes processed
	Elapsed   time.Duration // wall time
	Decode    time.Duration // summed over articles (all workers)
	Process   time.Duration
	Encode    time.Duration
	Mallocs   uint64 // heap allocations during the run (all goroutines)
	Workers   int
	InputSize int // mean input message size
}

// PerSec is articles per second of wall time.
func (s StageStat) PerSec() float64 { return float64(s.Articles) / s.Elapsed.Seconds() }

// MBps is input megabytes (10^6) per second of wall time.
func (s StageStat) MBps() float64 { return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds() }

func (s StageStat) per(d time.Duration) float64 {
	if s.Articles == 0 {
		return 0
	}
	return float64(d.Microseconds()) / float64(s.Articles)
}

// UsPerArticle is the time one worker spends on one article (all phases).
func (s StageStat) UsPerArticle() float64 { return s.per(s.Decode + s.Process + s.Encode) }

// UsCodec is the decode plus encode time per article.
func (s StageStat) UsCodec() float64 { return s.per(s.Decode + s.Encode) }

// UsProcess is the stage's own time per article.
func (s StageStat) UsProcess() float64 { return s.per(s.Process) }

// AllocsPerArticle is heap allocations per article.
func (s StageStat) AllocsPerArticle() float64 {
	if s.Articles == 0 {
		return 0
	}
	return float64(s.Mallocs) / float64(s.Articles)
}

// Prepare runs the stages in order over the corpus, as `worker process`
// would, and returns the encoded input of every stage: inputs[k] holds the
// articles as stage k receives them. An article a stage refuses goes no
// further.
func Prepare(ctx context.Context, sts []stages.Stage, c Corpus) (inputs [][][]byte, err error) {
	cur := make([][]byte, 0, len(c.Articles))
	for i, a := range c.Articles {
		b := *a
		if b.ID == "" {
			b.ID = "prep-" + strconv.Itoa(i)
		}
		enc, err := b.AppendJSON(nil)
		if err != nil {
			return nil, err
		}
		cur = append(cur, enc)
	}
	inputs = make([][][]byte, len(sts))
	for k, st := range sts {
		inputs[k] = cur
		next := make([][]byte, 0, len(cur))
		for _, in := range cur {
			r, err := pipeline.Apply(ctx, st, in, nil)
			if err != nil {
				continue
			}
			next = append(next, r.Data)
		}
		cur = next
	}
	return inputs, nil
}

// RunStage runs st over inputs (cycling) with the given number of workers
// for at least minDur and at least one pass over the inputs, and measures
// each phase.
func RunStage(ctx context.Context, st stages.Stage, inputs [][]byte, workers int, minDur time.Duration) StageStat {
	workers = max(workers, 1)
	stat := StageStat{Workers: workers}
	if len(inputs) == 0 {
		return stat
	}
	size := 0
	for _, in := range inputs {
		size += len(in)
	}
	stat.InputSize = size / len(inputs)

	var next atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	fields := st.Fields() | schemas.FieldStages
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local StageStat
			buf := make([]byte, 0, 64<<10)
			var a schemas.Article
			for ctx.Err() == nil {
				now := time.Now()
				if now.Sub(start) >= minDur && next.Load() >= int64(len(inputs)) {
					break
				}
				in := inputs[int(next.Add(1)-1)%len(inputs)]
				t0 := time.Now()
				if err := schemas.Decode(in, &a, fields); err != nil {
					local.Errors++
					continue
				}
				t1 := time.Now()
				if err := st.Process(ctx, &a); err != nil {
					local.Errors++
					continue
				}
				t2 := time.Now()
				a.Stages = append(a.Stages, pipeline.NewProvenance(st, t1, t2.Sub(t1)))
				out, err := a.AppendJSON(buf[:0])
				if err != nil {
					local.Errors++
					continue
				}
				buf = out[:0]
				t3 := time.Now()
				local.Decode += t1.Sub(t0)
				local.Process += t2.Sub(t1)
				local.Encode += t3.Sub(t2)
				local.Articles++
				local.Bytes += int64(len(in))
			}
			mu.Lock()
			stat.Articles += local.Articles
			stat.Errors += local.Errors
			stat.Bytes += local.Bytes
			stat.Decode += local.Decode
			stat.Process += local.Process
			stat.Encode += local.Encode
			mu.Unlock()
		}()
	}
	wg.Wait()
	stat.Elapsed = time.Since(start)
	runtime.ReadMemStats(&ms1)
	stat.Mallocs = ms1.Mallocs - ms0.Mallocs
	return stat
}

// Nop is the do-nothing stage: it reads no field (the codec still decodes
// the id and provenance and carries everything else through raw), so
// running it measures the JSON codec and the transport alone.
var Nop stages.Stage = stages.Func{StageName: "nop", StageVersion: "nop/1", Fn: func(context.Context, *schemas.Article) error { return nil }}
