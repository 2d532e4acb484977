package replay

import (
	"crypto/rand"
	"encoding/hex"
	"slices"
	"time"

	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

// Headers set on every re-published message.
const (
	HeaderRun = "Wirestream-Replay"
	HeaderOf  = "Wirestream-Replay-Of"
	HeaderDLQ = "Wirestream-Replay-Dlq"
)

// Filter selects stored messages. Zero fields select everything.
type Filter struct {
	// Since and Until bound the time the message was stored in its stream
	// (not the article's published_at). Until is inclusive.
	Since, Until time.Time
	// FromSeq and ToSeq bound the stream sequence, inclusive.
	FromSeq, ToSeq uint64
	// Sources keeps messages whose subject ends in one of these source
	// tokens (for dead letters: the subject the input failed on).
	Sources []string
	// IDs keeps articles with one of these ids.
	IDs map[string]bool
}

func (f Filter) timeOK(stored time.Time) bool {
	if !f.Since.IsZero() && stored.Before(f.Since) {
		return false
	}
	return f.Until.IsZero() || !stored.After(f.Until)
}

func (f Filter) seqOK(seq uint64) bool {
	return seq >= f.FromSeq && (f.ToSeq == 0 || seq <= f.ToSeq)
}

func (f Filter) sourceOK(subject string) bool {
	if len(f.Sources) == 0 {
		return true
	}
	src := pipeline.SourceOf(subject)
	return slices.ContainsFunc(f.Sources, func(s string) bool { return pipeline.Token(s) == src })
}

func (f Filter) idOK(id string) bool { return len(f.IDs) == 0 || f.IDs[id] }

// Options configure a run.
type Options struct {
	Names pipeline.Names
	// Stage is the stage whose input is replayed (default "clean", whose
	// input is the raw stream). For RunDLQ it is the stage whose dead
	// letters are re-fed.
	Stage string
	// Hop overrides the standard hop of Stage (a custom stage).
	Hop pipeline.Hop
	Filter
	// Rate bounds re-publishes per second (0: as fast as the server acks).
	Rate float64
	// DryRun selects and reports but publishes (and deletes) nothing.
	DryRun bool
	// Partial replays what is still stored when the start of the requested
	// range was already removed by the stream's limits, instead of failing.
	Partial bool
	// RunID names the run in headers and message ids (default: random).
	// Giving the id of a run that broke off makes its re-run idempotent
	// within the input stream's duplicate window.
	RunID string
	// Window is how many re-publishes may await their ack (default 256).
	Window int
	// Progress is called about every ProgressEvery and once at the end.
	Progress      func(Progress)
	ProgressEvery time.Duration
	// Selected is called for each selected message (listing, dry runs).
	Selected func(Item)
	Logger   *zap.Logger
}

// Item is one selected message.
type Item struct {
	Seq       uint64    `json:"seq"`
	Subject   string    `json:"subject"`
	ArticleID string    `json:"id,omitempty"`
	Stored    time.Time `json:"stored"`
	// Reason is the dead letter's error (RunDLQ only).
	Reason string `json:"reason,omitempty"`
}

// Progress is the state of a run.
type Progress struct {
	// Total is how many stored messages the run scans (an estimate taken
	// at the start).
	Total     uint64
	Scanned   uint64
	Selected  uint64
	Published uint64
	LastSeq   uint64
	Elapsed   time.Duration
	Done      bool
}

// Result sums up a run.
type Result struct {
	RunID  string
	Stream string
	// Scanned messages were read; Selected passed the filter; Published
	// were stored again (Duplicates of them were dropped by the input
	// stream as already re-published with this run id).
	Scanned, Selected, Published, Duplicates uint64
	// Copies are earlier replays' copies of originals this run re-fed
	// already, skipped.
	Copies uint64
	// Dead-letter runs: Deleted dead letters, Unreplayable ones (payload
	// truncated or unreadable, left in the DLQ), and Refailed: dead letters
	// of inputs that were themselves re-fed from the DLQ before.
	Deleted, Unreplayable, Refailed uint64
	// FirstSeq and LastSeq are the first and last selected sequence.
	FirstSeq, LastSeq uint64
	// ResumeSeq is where a run that failed or was interrupted goes on
	// (with the same RunID): every selected message before it is stored.
	ResumeSeq uint64
	Elapsed   time.Duration
}

func (o *Options) defaults() {
	if o.Stage == "" {
		o.Stage = "clean"
	}
	if o.RunID == "" {
		o.RunID = NewRunID()
	}
	if o.Window <= 0 {
		o.Window = 256
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = time.Second
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
}

// NewRunID returns a short random run id, sortable by time.
func NewRunID() string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return time.Now().UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b)
}
