package e2e

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
)

// rawArticle is a publisher's article.
type rawArticle struct {
	ID          string  `json:"id"`
	Source      string  `json:"source,omitempty"`
	Title       string  `json:"title,omitempty"`
	ContentType string  `json:"content_type,omitempty"`
	Body        string  `json:"body,omitempty"`
	Text        *string `json:"text,omitempty"`
}

// story is a short wire story, different for every i, with a quote, a
// speaker and a few names, so every stage has something to find.
func story(i int) string {
	places := []string{"Lisbon", "Nairobi", "Ottawa", "Manila", "Lima", "Oslo", "Hanoi"}
	p := places[i%len(places)]
	return fmt.Sprintf("The city council of %s met on Monday to vote on budget %d for the coming year.\n\n"+
		"\"We will not raise taxes this year,\" said Mayor Ana Ruiz, who has led %s since 2019. "+
		"Opposition leader John Okafor told reporters the plan was \"a gamble\".\n\n"+
		"Officials said a final vote would take place next week.", p, i, p)
}

func (e *env) encode(a rawArticle) []byte {
	b, err := json.Marshal(a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// rawMsg is a raw article message on news.raw.wire, with the id as
// Nats-Msg-Id as a publisher sends it.
func (e *env) rawMsg(id string, payload []byte) *nats.Msg {
	m := nats.NewMsg(e.names.Subject(pipeline.KindRaw, "wire"))
	m.Data = payload
	if id != "" {
		m.Header.Set(jetstream.MsgIDHeader, "raw:"+id)
	}
	return m
}

// rawStories makes n raw stories with ids prefix-00000...
func (e *env) rawStories(prefix string, n int) ([]string, []*nats.Msg) {
	ids := make([]string, n)
	msgs := make([]*nats.Msg, n)
	for i := range n {
		ids[i] = fmt.Sprintf("%s-%05d", prefix, i)
		msgs[i] = e.rawMsg(ids[i], e.encode(rawArticle{
			ID: ids[i], Source: "wire", Title: "Council vote " + ids[i],
			ContentType: "text/plain", Body: story(i),
		}))
	}
	return ids, msgs
}

// publish stores msgs in order and waits for every publish ack.
func (e *env) publish(msgs ...*nats.Msg) {
	e.t.Helper()
	const window = 500 // below the client's limit of async publishes in flight
	for len(msgs) > 0 {
		n := min(window, len(msgs))
		futs := make([]jetstream.PubAckFuture, 0, n)
		for _, m := range msgs[:n] {
			f, err := e.js.PublishMsgAsync(m)
			if err != nil {
				e.t.Fatalf("publish %s: %v", m.Subject, err)
			}
			futs = append(futs, f)
		}
		for _, f := range futs {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				e.t.Fatalf("publish: %v", err)
			case <-time.After(60 * time.Second):
				e.t.Fatal("publish: no ack in 60s")
			}
		}
		msgs = msgs[n:]
	}
}

// count is the number of messages stored in the stream of kind.
func (e *env) count(kind string) int {
	e.t.Helper()
	return int(natstest.Count(e.t, e.js, e.names.Stream(kind)))
}

// tryCount is count that reports a failure (a cluster in election) instead
// of failing the test.
func (e *env) tryCount(kind string) (int, error) {
	n, err := natstest.TryCount(e.js, e.names.Stream(kind))
	return int(n), err
}

// consumerInfo is the state of a stage's durable consumer.
func (e *env) consumerInfo(hop pipeline.Hop) (*jetstream.ConsumerInfo, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := e.js.Consumer(ctx, e.names.Stream(hop.In), e.names.Consumer(hop.Stage))
	if err != nil {
		return nil, err
	}
	return c.Info(ctx)
}

// waitSettled waits until every hop's consumer has delivered everything and
// has nothing unacknowledged, twice in a row (a downstream consumer may not
// have seen the last outputs of an upstream one at the first look).
func (e *env) waitSettled(hops []pipeline.Hop, within time.Duration) {
	e.t.Helper()
	streak := 0
	waitFor(e.t, within, "consumers settled", func() bool {
		for _, h := range hops {
			ci, err := e.consumerInfo(h)
			if err != nil || ci.NumPending > 0 || ci.NumAckPending > 0 {
				streak = 0
				return false
			}
		}
		streak++
		if streak < 2 {
			time.Sleep(200 * time.Millisecond)
			return false
		}
		return true
	})
}

// readAll returns every message stored in the stream of kind.
func (e *env) readAll(kind string) []jetstream.Msg {
	e.t.Helper()
	return natstest.ReadAll(e.t, e.js, e.names.Stream(kind), 120*time.Second)
}

// deadLetters returns the dead letters, checked against the dlq.v1 schema.
func (e *env) deadLetters() []pipeline.DeadLetter {
	e.t.Helper()
	return natstest.DeadLetters(e.t, e.js, e.names, 120*time.Second, func(data []byte) {
		if len(data) < 1<<20 { // the 50 MB one is checked by its fields
			if err := schemas.Validate(schemas.DLQSchema, data); err != nil {
				e.t.Errorf("dead letter violates %s: %v", schemas.DLQSchema, err)
			}
		}
	})
}

// tally is what came out of a run: messages in the final stream, distinct
// article ids and message ids there, and the input ids missing or repeated.
type tally struct {
	Out, Distinct, MsgIDs int
	Lost, Dup             []string
	Articles              map[string]*schemas.Article
}

// tallyOut reads the final stream of kind and compares it with ids.
func (e *env) tallyOut(kind string, ids []string) tally {
	e.t.Helper()
	msgs := e.readAll(kind)
	tl := tally{Out: len(msgs), Articles: map[string]*schemas.Article{}}
	seen := map[string]int{}
	msgIDs := map[string]bool{}
	for _, m := range msgs {
		a := new(schemas.Article)
		if err := json.Unmarshal(m.Data(), a); err != nil {
			e.t.Fatalf("stored article does not decode: %v", err)
		}
		seen[a.ID]++
		tl.Articles[a.ID] = a
		if id := m.Headers().Get(jetstream.MsgIDHeader); id != "" {
			msgIDs[id] = true
		} else {
			e.t.Errorf("output of %s has no Nats-Msg-Id", a.ID)
		}
	}
	tl.Distinct, tl.MsgIDs = len(seen), len(msgIDs)
	for _, id := range ids {
		switch n := seen[id]; {
		case n == 0:
			tl.Lost = append(tl.Lost, id)
		case n > 1:
			tl.Dup = append(tl.Dup, id)
		}
	}
	return tl
}

// exactlyOnce fails the test unless every id is in the tally once and
// nothing else is.
func (e *env) exactlyOnce(tl tally, ids []string) {
	e.t.Helper()
	if len(tl.Lost) > 0 {
		e.t.Errorf("%d articles lost, e.g. %v", len(tl.Lost), tl.Lost[:min(5, len(tl.Lost))])
	}
	if len(tl.Dup) > 0 {
		e.t.Errorf("%d articles duplicated, e.g. %v", len(tl.Dup), tl.Dup[:min(5, len(tl.Dup))])
	}
	if tl.Out != len(ids) || tl.Distinct != len(ids) || tl.MsgIDs != len(ids) {
		e.t.Errorf("final stream: %d messages, %d distinct ids, %d distinct Nats-Msg-Id; want %d of each",
			tl.Out, tl.Distinct, tl.MsgIDs, len(ids))
	}
}

// checkProvenance fails unless every article went through the stages
// exactly once each, in order: a redelivery that slipped past the dedup
// would show as a repeated entry.
func (e *env) checkProvenance(tl tally, stageNames ...string) {
	e.t.Helper()
	bad := 0
	for id, a := range tl.Articles {
		ok := len(a.Stages) == len(stageNames)
		for i := 0; ok && i < len(stageNames); i++ {
			ok = a.Stages[i].Stage == stageNames[i]
		}
		if !ok {
			if bad < 3 {
				e.t.Errorf("article %s has provenance %+v, want one run of each of %v", id, a.Stages, stageNames)
			}
			bad++
		}
	}
}

// extra is the number of messages beyond one per article.
func (tl tally) extra() int { return tl.Out - tl.Distinct }
