package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/wirestream/wirestream/stages"
)

// Recoverer turns a panic in the handler into a permanent error (a
// *PanicError), so one bad article cannot kill the worker.
func Recoverer() Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, m *Message) (outs []*Outgoing, err error) {
			defer func() {
				if v := recover(); v != nil {
					outs, err = nil, stages.Permanent(&PanicError{Value: v, Stack: debug.Stack()})
				}
			}()
			return next(ctx, m)
		}
	}
}

// Timeout gives each message a time budget of d. Past it the message fails
// permanently: an article that takes too long will take too long again.
// The handler runs in its own goroutine, so a stage that ignores its
// context cannot hold the worker; its late result is discarded. Put
// Recoverer inside Timeout, since a panic there happens on that goroutine.
// d <= 0 disables the budget.
func Timeout(d time.Duration) Middleware {
	return func(next Handler) Handler {
		if d <= 0 {
			return next
		}
		type result struct {
			outs []*Outgoing
			err  error
		}
		return func(ctx context.Context, m *Message) ([]*Outgoing, error) {
			ctx, cancel := context.WithTimeout(ctx, d)
			defer cancel()
			ch := make(chan result, 1)
			go func() {
				outs, err := next(ctx, m)
				ch <- result{outs, err}
			}()
			overBudget := stages.Permanent(fmt.Errorf("%w (%s)", ErrTimeBudget, d))
			select {
			case r := <-ch:
				if r.err != nil && !stages.IsPermanent(r.err) && errors.Is(ctx.Err(), context.DeadlineExceeded) {
					return nil, overBudget
				}
				return r.outs, r.err
			case <-ctx.Done():
				select {
				case r := <-ch: // finished at the deadline: keep the result
					if r.err == nil {
						return r.outs, nil
					}
				default:
				}
				return nil, overBudget
			}
		}
	}
}

// SizeLimit fails a message over max bytes permanently, before any parsing.
// max <= 0 disables the limit.
func SizeLimit(max int) Middleware {
	return func(next Handler) Handler {
		if max <= 0 {
			return next
		}
		return func(ctx context.Context, m *Message) ([]*Outgoing, error) {
			if len(m.Data) > max {
				return nil, stages.Permanent(fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, len(m.Data), max))
			}
			return next(ctx, m)
		}
	}
}

// MaxDeliveries makes the last allowed delivery final: a transient failure
// on delivery max becomes permanent, and a message delivered more often
// (the worker crashed on it, or its dead letter could not be stored) is
// dead-lettered without running the stage again. max <= 0 disables it.
func MaxDeliveries(max int) Middleware {
	return func(next Handler) Handler {
		if max <= 0 {
			return next
		}
		limit := uint64(max)
		return func(ctx context.Context, m *Message) ([]*Outgoing, error) {
			if m.Delivered > limit {
				return nil, stages.Permanent(fmt.Errorf("%w: delivery %d of max %d", ErrMaxDeliveries, m.Delivered, max))
			}
			outs, err := next(ctx, m)
			if err != nil && m.Delivered >= limit && !stages.IsPermanent(err) {
				return nil, stages.Permanent(fmt.Errorf("%w: delivery %d of max %d: %w", ErrMaxDeliveries, m.Delivered, max, err))
			}
			return outs, err
		}
	}
}

// DeadLetterOnPermanent replaces a permanent error by a dead letter
// published to names.DLQSubject(stage); the runner terminates the input
// once it is stored. maxBytes bounds the dead letter's size (0: none).
func DeadLetterOnPermanent(names Names, stage, version string, maxBytes int) Middleware {
	subject := names.DLQSubject(stage)
	return func(next Handler) Handler {
		return func(ctx context.Context, m *Message) ([]*Outgoing, error) {
			outs, err := next(ctx, m)
			if err == nil || !stages.IsPermanent(err) {
				return outs, err
			}
			dl, data, jerr := newDeadLetter(m, stage, version, err, time.Now(), maxBytes)
			if jerr != nil {
				return nil, fmt.Errorf("encode dead letter: %w (cause: %w)", jerr, err)
			}
			// One dead letter per stored message, however often it fails.
			id := "dlq:" + stage + ":" + m.Stream + ":" + strconv.FormatUint(m.StreamSeq, 10)
			whole := len(m.Data)
			return []*Outgoing{{Subject: subject, Data: data, MsgID: id, DeadLetter: true, Cause: err,
				stripped: func() ([]byte, error) { return withoutPayload(*dl, whole) }}}, nil
		}
	}
}

func panicString(v any) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case string:
		return x
	}
	return fmt.Sprint(v)
}
