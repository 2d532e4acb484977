package pipeline

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kinds of stream in the pipeline. Each kind has one stream holding the
// subjects news.<kind>.>; a custom stage may read or write any other kind.
const (
	KindRaw       = "raw"
	KindClean     = "clean"
	KindSegmented = "segmented"
	KindQuoted    = "quoted"
	KindLinked    = "linked"
	KindDLQ       = "dlq"
)

// Kinds lists the standard kinds in pipeline order, the DLQ last.
var Kinds = []string{KindRaw, KindClean, KindSegmented, KindQuoted, KindLinked, KindDLQ}

// Unknown is the source token of an article without a source.
const Unknown = "unknown"

// Names derives subjects, stream names and consumer names. The zero value
// is the default deployment: subjects exactly news.<kind>.<source>.
// A Namespace NS makes the subjects NS.news.<kind>.<source>, the streams
// NS_NEWS_<KIND> and the consumers NS_<stage>, so several pipelines share a
// cluster without touching each other.
type Names struct {
	Namespace string
}

// Validate reports whether the namespace can prefix subjects and stream
// names: letters, digits, '-' and '_' only.
func (n Names) Validate() error {
	for _, r := range n.Namespace {
		if !(r == '-' || r == '_' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return errors.New("pipeline: namespace " + n.Namespace + ": only ASCII letters, digits, '-' and '_' are allowed")
		}
	}
	return nil
}

func (n Names) prefix() string {
	if n.Namespace == "" {
		return "news."
	}
	return n.Namespace + ".news."
}

// Subject is the subject of an article of the given kind from source, e.g.
// news.clean.voa. For KindDLQ the last token is the stage, not a source.
func (n Names) Subject(kind, source string) string {
	return n.prefix() + Token(kind) + "." + Token(source)
}

// DLQSubject is the dead-letter subject of a stage: news.dlq.<stage>.
func (n Names) DLQSubject(stage string) string { return n.Subject(KindDLQ, stage) }

// Wildcard matches every subject of a kind: news.<kind>.>.
func (n Names) Wildcard(kind string) string { return n.prefix() + Token(kind) + ".>" }

// Stream is the name of the stream holding a kind: NEWS_RAW, NS_NEWS_RAW.
func (n Names) Stream(kind string) string {
	s := "NEWS_" + strings.ToUpper(Token(kind))
	if n.Namespace != "" {
		s = n.Namespace + "_" + s
	}
	return s
}

// Consumer is the name of the durable consumer shared by every worker of a
// stage: clean, NS_clean.
func (n Names) Consumer(stage string) string {
	if n.Namespace == "" {
		return Token(stage)
	}
	return n.Namespace + "_" + Token(stage)
}

// SourceOf returns the last token of a subject, the article's source for
// article subjects.
func SourceOf(subject string) string {
	if i := strings.LastIndexByte(subject, '.'); i >= 0 {
		subject = subject[i+1:]
	}
	return Token(subject)
}

// Token makes s one safe subject token: "unknown" when empty; dots, wildcards,
// whitespace, control characters and the characters stream names forbid
// become '_'. Valid tokens are returned unchanged without allocating.
func Token(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return Unknown
	}
	clean := true
	for _, r := range s {
		if badTokenRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if badTokenRune(r) {
			r = '_'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func badTokenRune(r rune) bool {
	switch r {
	case '.', '*', '>', '/', '\\', utf8.RuneError:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// Hop is one step of the pipeline: the stage reads kind In and writes kind
// Out.
type Hop struct {
	Stage string
	In    string
	Out   string
}

// DefaultHops is the standard pipeline: clean -> segment -> quotes -> entities.
var DefaultHops = []Hop{
	{Stage: "clean", In: KindRaw, Out: KindClean},
	{Stage: "segment", In: KindClean, Out: KindSegmented},
	{Stage: "quotes", In: KindSegmented, Out: KindQuoted},
	{Stage: "entities", In: KindQuoted, Out: KindLinked},
}

// HopFor returns the default hop of a standard stage.
func HopFor(stage string) (Hop, bool) {
	for _, h := range DefaultHops {
		if h.Stage == stage {
			return h, true
		}
	}
	return Hop{}, false
}
