package replay

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Reporter shows the progress of a run: a bar with counts and an ETA on a
// terminal, plain lines otherwise (logs, pipes, CI).
type Reporter struct {
	w    io.Writer
	tty  bool
	what string
	bar  *progressbar.ProgressBar
}

// NewReporter reports to w; tty selects the bar. what names the items
// ("articles", "dead letters").
func NewReporter(w io.Writer, tty bool, what string) *Reporter {
	return &Reporter{w: w, tty: tty, what: what}
}

// Update is an Options.Progress function.
func (r *Reporter) Update(p Progress) {
	if r.tty {
		r.updateBar(p)
		return
	}
	fmt.Fprintln(r.w, Line(p, r.what))
}

func (r *Reporter) updateBar(p Progress) {
	if r.bar == nil {
		r.bar = progressbar.NewOptions64(int64(max(p.Total, 1)),
			progressbar.OptionSetWriter(r.w),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("msg"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionFullWidth(),
		)
	}
	if p.Scanned > p.Total {
		r.bar.ChangeMax64(int64(p.Scanned))
	}
	r.bar.Describe(fmt.Sprintf("%d selected, %d re-fed", p.Selected, p.Published))
	_ = r.bar.Set64(int64(p.Scanned))
	if p.Done {
		_ = r.bar.Finish()
		fmt.Fprintln(r.w)
	}
}

// Line is the plain progress line of p: counts, rate and ETA.
func Line(p Progress, what string) string {
	s := fmt.Sprintf("replay: scanned %d", p.Scanned)
	if p.Total > 0 {
		s += fmt.Sprintf("/%d (%.0f%%)", p.Total, 100*float64(p.Scanned)/float64(p.Total))
	}
	s += fmt.Sprintf(", %d %s selected, %d re-fed", p.Selected, what, p.Published)
	secs := p.Elapsed.Seconds()
	if secs > 0 {
		s += fmt.Sprintf(", %.0f msg/s", float64(p.Scanned)/secs)
	}
	switch {
	case p.Done:
		s += fmt.Sprintf(", done in %s", p.Elapsed.Round(time.Millisecond))
	case p.Scanned > 0 && p.Total > p.Scanned:
		eta := time.Duration(float64(p.Elapsed) * float64(p.Total-p.Scanned) / float64(p.Scanned))
		s += fmt.Sprintf(", ETA %s", eta.Round(time.Second))
	}
	return s
}
