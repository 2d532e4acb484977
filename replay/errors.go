package replay

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// ErrNotStored is matched (errors.Is) by a *RangeError.
var ErrNotStored = errors.New("replay: requested range is no longer stored")

// RangeError says that the start of the requested range was removed from
// the stream by its limits (max age, max bytes, max messages) or a purge.
type RangeError struct {
	Stream string
	// Requested is what was asked for, as the user wrote it.
	Requested string
	// FirstSeq and FirstTime are the oldest message still stored (FirstTime
	// is zero when the stream is empty); LastSeq the newest.
	FirstSeq  uint64
	FirstTime time.Time
	LastSeq   uint64
	// The stream's limits, to tell why.
	MaxAge   time.Duration
	MaxBytes int64
	MaxMsgs  int64
}

func (e *RangeError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "replay: stream %s no longer holds %s: ", e.Stream, e.Requested)
	if e.FirstTime.IsZero() || e.FirstSeq > e.LastSeq {
		fmt.Fprintf(&b, "it is empty (messages up to sequence %d were removed)", e.FirstSeq-1)
	} else {
		fmt.Fprintf(&b, "the first stored message is sequence %d, stored %s", e.FirstSeq, e.FirstTime.UTC().Format(time.RFC3339))
	}
	var lim []string
	if e.MaxAge > 0 {
		lim = append(lim, "max age "+e.MaxAge.String())
	}
	if e.MaxBytes > 0 {
		lim = append(lim, fmt.Sprintf("max bytes %d", e.MaxBytes))
	}
	if e.MaxMsgs > 0 {
		lim = append(lim, fmt.Sprintf("max messages %d", e.MaxMsgs))
	}
	if len(lim) > 0 {
		fmt.Fprintf(&b, " (stream limits: %s)", strings.Join(lim, ", "))
	} else {
		b.WriteString(" (the stream has no limits: older messages were purged or deleted)")
	}
	if !e.FirstTime.IsZero() && e.FirstSeq <= e.LastSeq {
		fmt.Fprintf(&b, "; replay what is left with --from-seq %d, or --partial", e.FirstSeq)
	}
	return b.String()
}

func (e *RangeError) Is(target error) bool { return target == ErrNotStored }

// checkRange fails when the start of the filter's range was removed from
// the stream. Sequences start at 1, so a first sequence above 1 means
// messages were removed from the head; whether a removed one fell in a
// time range is unknown, so a range starting before the first stored time
// counts as lost.
func checkRange(info *jetstream.StreamInfo, f Filter) error {
	st := info.State
	if st.FirstSeq <= 1 {
		return nil
	}
	empty := st.Msgs == 0
	var req string
	switch {
	case f.FromSeq > 0 && f.FromSeq < st.FirstSeq:
		req = fmt.Sprintf("sequence %d", f.FromSeq)
	case f.FromSeq == 0 && !f.Since.IsZero() && (empty || f.Since.Before(st.FirstTime)):
		req = "messages since " + f.Since.UTC().Format(time.RFC3339)
	case f.FromSeq == 0 && f.Since.IsZero() && !f.Until.IsZero() && (empty || f.Until.Before(st.FirstTime)):
		req = "messages until " + f.Until.UTC().Format(time.RFC3339)
	case f.ToSeq > 0 && f.ToSeq < st.FirstSeq:
		req = fmt.Sprintf("sequences up to %d", f.ToSeq)
	default:
		return nil
	}
	e := &RangeError{
		Stream:    info.Config.Name,
		Requested: req,
		FirstSeq:  st.FirstSeq,
		LastSeq:   st.LastSeq,
		MaxAge:    info.Config.MaxAge,
		MaxBytes:  info.Config.MaxBytes,
		MaxMsgs:   info.Config.MaxMsgs,
	}
	if !empty {
		e.FirstTime = st.FirstTime
	}
	return e
}
