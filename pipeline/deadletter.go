package pipeline

import (
	"encoding/base64"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
)

// DeadLetter is the message published to news.dlq.<stage> for an input the
// stage can never process (schema dlq.v1). The original payload is kept so
// the message can be fixed and published again.
type DeadLetter struct {
	Schema string `json:"schema"` // "dlq.v1"
	// Error is the reason, human-readable.
	Error string `json:"error"`
	// Kind classifies the reason: decode (not a valid article), permanent
	// (the stage said so), panic, too_large, timeout (over the stage's
	// time budget), max_deliveries (failed on every allowed delivery).
	Kind         string `json:"kind"`
	Stage        string `json:"stage"`
	StageVersion string `json:"stage_version,omitempty"`
	// ArticleID is the input's id when it could be read.
	ArticleID string `json:"article_id,omitempty"`
	// Subject, Stream and StreamSeq locate the input.
	Subject   string `json:"subject"`
	Stream    string `json:"stream,omitempty"`
	StreamSeq uint64 `json:"stream_seq,omitempty"`
	// MessageID is the input's Nats-Msg-Id header, when it had one.
	MessageID string `json:"message_id,omitempty"`
	// DeliveryCount is how often the input was delivered, this time
	// included.
	DeliveryCount uint64 `json:"delivery_count"`
	// ReceivedAt is when the failing delivery was received, FailedAt when
	// the dead letter was made (RFC 3339).
	ReceivedAt string `json:"received_at"`
	FailedAt   string `json:"failed_at"`
	// Payload is the input as a string when it is valid UTF-8, else
	// base64 with PayloadEncoding "base64".
	Payload         string `json:"payload"`
	PayloadEncoding string `json:"payload_encoding,omitempty"`
	// PayloadTruncated is set when the payload was cut to fit the
	// server's max payload; PayloadBytes is then the original size.
	PayloadTruncated bool `json:"payload_truncated,omitempty"`
	PayloadBytes     int  `json:"payload_bytes,omitempty"`
	// Stack is the goroutine stack of a panic.
	Stack string `json:"stack,omitempty"`
}

// Kinds of dead letter.
const (
	DeadDecode        = "decode"
	DeadPermanent     = "permanent"
	DeadPanic         = "panic"
	DeadTooLarge      = "too_large"
	DeadTimeout       = "timeout"
	DeadMaxDeliveries = "max_deliveries"
)

// Errors that the middlewares wrap (with stages.Permanent) so the cause can
// be told with errors.Is.
var (
	ErrMaxDeliveries = errors.New("redelivered past max deliver")
	ErrTooLarge      = errors.New("message over the size limit")
	ErrTimeBudget    = errors.New("stage over its time budget")
)

// PanicError is a recovered stage panic.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return "stage panic: " + panicString(e.Value) }

// DeadKind classifies a permanent error into a DeadLetter.Kind.
func DeadKind(err error) string {
	var de *schemas.DecodeError
	var pe *PanicError
	switch {
	case errors.Is(err, ErrMaxDeliveries):
		return DeadMaxDeliveries
	case errors.As(err, &pe):
		return DeadPanic
	case errors.Is(err, ErrTooLarge):
		return DeadTooLarge
	case errors.Is(err, ErrTimeBudget):
		return DeadTimeout
	case errors.As(err, &de):
		return DeadDecode
	}
	return DeadPermanent
}

// MaxStoredRecord is the largest record a JetStream file store accepts
// (nats-server refuses anything bigger with "message too large", whatever
// the server's max_payload).
const MaxStoredRecord = 32 << 20

// DeadLetterLimit is the size bound of a dead letter on a connection with
// max payload maxPayload (0 when unknown): the smaller of it and
// MaxStoredRecord, less room for the subject and headers.
func DeadLetterLimit(maxPayload int64) int {
	const headroom = 4096
	limit := int64(MaxStoredRecord)
	if maxPayload > 0 {
		limit = min(limit, maxPayload)
	}
	return int(limit) - headroom
}

// newDeadLetter describes m failing with err. limit bounds the encoded size
// (0: no bound); the payload is cut to fit.
func newDeadLetter(m *Message, stage, version string, err error, now time.Time, limit int) (*DeadLetter, []byte, error) {
	dl := &DeadLetter{
		Schema:        schemas.DLQSchema,
		Error:         err.Error(),
		Kind:          DeadKind(err),
		Stage:         stage,
		StageVersion:  version,
		ArticleID:     peekID(m.Data),
		Subject:       m.Subject,
		Stream:        m.Stream,
		StreamSeq:     m.StreamSeq,
		DeliveryCount: m.Delivered,
		ReceivedAt:    m.ReceivedAt.UTC().Format(time.RFC3339Nano),
		FailedAt:      now.UTC().Format(time.RFC3339Nano),
	}
	if m.Header != nil {
		dl.MessageID = m.Header.Get("Nats-Msg-Id")
	}
	var pe *PanicError
	if errors.As(err, &pe) {
		dl.Stack = string(pe.Stack)
	}
	b, jerr := EncodeDeadLetter(dl, m.Data, limit)
	return dl, b, jerr
}

// EncodeDeadLetter sets dl's payload to payload (a string when it is valid
// UTF-8, else base64) and encodes dl. When limit > 0 and the encoding is
// bigger, the payload is halved (on a rune boundary) until it fits, with
// PayloadTruncated set and PayloadBytes the original size: the dead letter
// matters more than its bulk. Use DeadLetterLimit for limit.
func EncodeDeadLetter(dl *DeadLetter, payload []byte, limit int) ([]byte, error) {
	whole := len(payload)
	dl.PayloadTruncated, dl.PayloadBytes = false, 0
	for {
		if utf8.Valid(payload) {
			dl.Payload, dl.PayloadEncoding = string(payload), ""
		} else {
			dl.Payload, dl.PayloadEncoding = base64.StdEncoding.EncodeToString(payload), "base64"
		}
		b, err := json.Marshal(dl)
		if err != nil || limit <= 0 || len(b) <= limit || len(payload) == 0 {
			return b, err
		}
		cut := len(payload) / 2
		for cut > 0 && !utf8.RuneStart(payload[cut]) {
			cut--
		}
		payload = payload[:cut]
		dl.PayloadTruncated, dl.PayloadBytes = true, whole
	}
}

// withoutPayload encodes dl with its payload dropped (truncated, original
// size kept): the last resort when the server refuses the dead letter.
func withoutPayload(dl DeadLetter, whole int) ([]byte, error) {
	dl.Payload, dl.PayloadEncoding = "", ""
	dl.PayloadTruncated, dl.PayloadBytes = true, whole
	return json.Marshal(&dl)
}

// peekID returns the article id of an encoded article, or "".
func peekID(data []byte) string {
	var a schemas.Article
	if schemas.Decode(data, &a, schemas.FieldID) != nil {
		return ""
	}
	return a.ID
}
