package bench

import (
	"context"
	"runtime"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
)

// plainArticle has Article's fields without its codec methods, so
// segmentio's reflection codec decodes and encodes every field of it: the
// cost a stage pays when it decodes the whole article into a struct and
// encodes it back. Issue 7 states the stage targets against this cost
// ("≈ 70 µs for 4 KiB"); the pipeline's own codec, which decodes only the
// fields a stage reads, is several times cheaper, so a stage compared with
// it meets a stricter bar.
type plainArticle schemas.Article

// RunWholeCodec measures segmentio/encoding/json decoding every input into
// the article struct and encoding it back, one worker, for at least minDur
// and one pass. Only Decode, Encode, Articles, Bytes and Mallocs are set.
func RunWholeCodec(ctx context.Context, inputs [][]byte, minDur time.Duration) (StageStat, error) {
	stat := StageStat{Workers: 1}
	if len(inputs) == 0 {
		return stat, nil
	}
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	for i := 0; ctx.Err() == nil; i++ {
		if i >= len(inputs) && time.Since(start) >= minDur {
			break
		}
		in := inputs[i%len(inputs)]
		t0 := time.Now()
		var a plainArticle
		if err := json.Unmarshal(in, &a); err != nil {
			return stat, err
		}
		t1 := time.Now()
		if _, err := json.Marshal(&a); err != nil {
			return stat, err
		}
		stat.Decode += t1.Sub(t0)
		stat.Encode += time.Since(t1)
		stat.Articles++
		stat.Bytes += int64(len(in))
	}
	stat.Elapsed = time.Since(start)
	runtime.ReadMemStats(&ms1)
	stat.Mallocs = ms1.Mallocs - ms0.Mallocs
	stat.InputSize = int(stat.Bytes / int64(max(stat.Articles, 1)))
	return stat, nil
}

// wholeCodecName names the yardstick row of a stage's input. It starts
// with "json codec" so the ratio lines do not take it for a stage.
func wholeCodecName(stage string) string {
	return "json codec (segmentio, whole article): " + stage + " input"
}
