package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

// publishCopies publishes copies of the fixtures under ids from..to-1 and
// returns the number of quotes they carry.
func publishCopies(t *testing.T, js jetstream.JetStream, names pipeline.Names, fixtures []sink.Record, from, to int) int {
	t.Helper()
	quotes := 0
	for i := from; i < to; i++ {
		f := fixtures[i%len(fixtures)]
		a := new(schemas.Article)
		if err := schemas.Decode(f.Data, a, schemas.AllFields); err != nil {
			t.Fatal(err)
		}
		a.ID = fmt.Sprintf("%s-%04d", a.ID, i)
		data, err := a.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := js.Publish(context.Background(), names.Subject(pipeline.KindLinked, a.Source), data, jetstream.WithMsgID(a.ID)); err != nil {
			t.Fatal(err)
		}
		quotes += len(a.Quotes)
	}
	return quotes
}

func waitRows(t *testing.T, db *pgx.Conn, table string, want int) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		var n int
		if err := db.QueryRow(context.Background(), `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == want {
			return
		}
		if n > want {
			t.Fatalf("%s has %d rows, more than the %d expected", table, n, want)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s has %d rows, want %d", table, n, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// hookWriter runs after (or instead of) the Postgres write.
type hookWriter struct {
	w     *Writer
	mu    sync.Mutex
	calls int
	after func(call int) error
}

func (h *hookWriter) Write(ctx context.Context, recs []sink.Record) error {
	if err := h.w.Write(ctx, recs); err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	if h.after != nil {
		return h.after(h.calls)
	}
	return nil
}

func runSink(t *testing.T, ctx context.Context, js jetstream.JetStream, names pipeline.Names, w sink.Writer, batch int) chan error {
	done := make(chan error, 1)
	go func() {
		done <- sink.Run(ctx, js, names, "postgres", pipeline.KindLinked, w,
			sink.WithBatch(batch), sink.WithMaxWait(100*time.Millisecond), sink.WithBackoff(20*time.Millisecond, 200*time.Millisecond))
	}()
	return done
}

func TestSinkEndToEnd(t *testing.T) {
	w, db := openTest(t)
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	if err := pipeline.EnsureStreams(context.Background(), js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	fixtures := loadFixtures(t)
	const n = 150
	quotes := publishCopies(t, js, names, fixtures, 0, n)

	// The second batch is committed but its ack "lost" (the write reports
	// a failure after the commit): the redelivery must not duplicate rows.
	h := &hookWriter{w: w, after: func(call int) error {
		if call == 2 {
			return errors.New("ack lost after commit")
		}
		return nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	done := runSink(t, ctx, js, names, h, 20)
	waitRows(t, db, "articles", n)
	waitRows(t, db, "quotes", quotes)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, `SELECT count(DISTINCT (article_id, idx)) FROM quotes`); got != quotes {
		t.Errorf("%d distinct quotes, want %d", got, quotes)
	}
}

func TestSinkRestartedMidStreamLosesNothing(t *testing.T) {
	dsn, db := testDSN(t)
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	if err := pipeline.EnsureStreams(context.Background(), js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	fixtures := loadFixtures(t)
	quotes := publishCopies(t, js, names, fixtures, 0, 100)

	// First run: stopped right after its third batch committed.
	w1, err := Open(context.Background(), dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &hookWriter{w: w1, after: func(call int) error {
		if call == 3 {
			cancel()
		}
		return nil
	}}
	done := runSink(t, ctx, js, names, h, 10)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	w1.Close()
	if got := count(t, db, `SELECT count(*) FROM articles`); got != 30 {
		t.Fatalf("the first run stored %d articles, want the 3 batches of 10 it committed", got)
	}

	// More arrive while the sink is down.
	quotes += publishCopies(t, js, names, fixtures, 100, 160)

	w2, err := Open(context.Background(), dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	ctx2, cancel2 := context.WithCancel(context.Background())
	done2 := runSink(t, ctx2, js, names, w2, 10)
	waitRows(t, db, "articles", 160)
	waitRows(t, db, "quotes", quotes)
	cancel2()
	if err := <-done2; err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, `SELECT count(*) FROM articles WHERE id LIKE 'fx-%'`); got != 160 {
		t.Errorf("%d articles, want 160", got)
	}
}
