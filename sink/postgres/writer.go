// Package postgres is a sink that keeps linked articles in PostgreSQL
// tables (articles, quotes, entities, mentions) that users query with SQL.
// Each article is keyed by its id: writing it again, from a redelivery or a
// replay through an upgraded stage, replaces all of its rows in one
// transaction, so the tables always hold the latest version and never a mix.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/stages"
)

// Writer writes batches of articles. It holds one connection, since the
// sink loop writes one batch at a time and a batch is one transaction;
// concurrent calls take turns.
type Writer struct {
	cfg *pgx.ConnConfig
	log *zap.Logger
	now func() time.Time

	writing sync.Mutex // one transaction at a time on the connection
	mu      sync.Mutex // guards conn
	conn    *pgx.Conn
}

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string; add search_path=SCHEMA to use a schema other than
// public) and applies the schema migrations.
func Open(ctx context.Context, dsn string, log *zap.Logger) (*Writer, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres sink: %w", err)
	}
	if log == nil {
		log = zap.NewNop()
	}
	w := &Writer{cfg: cfg, log: log, now: time.Now}
	conn, err := w.connect(ctx)
	if err != nil {
		return nil, err
	}
	applied, err := Migrate(ctx, conn)
	if err != nil {
		w.Close()
		return nil, err
	}
	if len(applied) > 0 {
		log.Info("postgres sink: applied migrations", zap.Ints("versions", applied))
	}
	return w, nil
}

// Close closes the connection.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.conn == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := w.conn.Close(ctx)
	w.conn = nil
	return err
}

// connect returns the open connection, dialling again after a failure so
// that a database restart costs retries, not a sink restart.
func (w *Writer) connect(ctx context.Context) (*pgx.Conn, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.conn != nil && !w.conn.IsClosed() {
		return w.conn, nil
	}
	conn, err := pgx.ConnectConfig(ctx, w.cfg.Copy())
	if err != nil {
		return nil, fmt.Errorf("postgres sink: connect: %w", err)
	}
	w.conn = conn
	return conn, nil
}

// Write stores the articles in one transaction: their old rows (cascading
// to quotes, entities and mentions) are deleted and the new ones copied in,
// unless the stored version was produced later than the one written (its
// latest provenance time), which then stays.
// On return without error the batch is committed. An error that retrying
// cannot fix (the data itself is refused) is marked stages.Permanent, so the
// sink loop can set the offending article aside; any other error is worth
// a retry.
func (w *Writer) Write(ctx context.Context, recs []sink.Record) error {
	if len(recs) == 0 {
		return nil
	}
	rows, err := buildRows(recs, w.now().UTC())
	if err != nil {
		return stages.Permanent(err)
	}
	w.writing.Lock()
	defer w.writing.Unlock()
	conn, err := w.connect(ctx)
	if err != nil {
		return err
	}
	kept, err := writeRows(ctx, conn, rows)
	if err != nil {
		return classify(err)
	}
	if kept > 0 {
		w.log.Info("postgres sink: kept newer stored versions over older messages", zap.Int("articles", kept))
	}
	return nil
}

// WriteArticles stores articles built in code, as Write does.
func (w *Writer) WriteArticles(ctx context.Context, arts ...*schemas.Article) error {
	recs := make([]sink.Record, len(arts))
	for i, a := range arts {
		recs[i].Article = a
	}
	return w.Write(ctx, recs)
}

// writeRows replaces the stored rows of each article in one transaction,
// except where the database already holds a version produced later (an
// old message redelivered after its replacement was written), which it
// keeps. It returns how many articles it kept that way.
func writeRows(ctx context.Context, conn *pgx.Conn, arts []*articleRows) (kept int, err error) {
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		ids := make([]string, len(arts))
		for i, ar := range arts {
			ids[i] = ar.id
		}
		// FOR UPDATE makes a concurrent writer of the same article wait
		// for this transaction instead of racing it.
		rows, err := tx.Query(ctx, `SELECT id, produced_at FROM articles WHERE id = ANY($1) ORDER BY id FOR UPDATE`, ids)
		if err != nil {
			return fmt.Errorf("read stored versions: %w", err)
		}
		stored := map[string]*time.Time{}
		var id string
		var at *time.Time
		_, err = pgx.ForEachRow(rows, []any{&id, &at}, func() error {
			stored[id] = at
			return nil
		})
		if err != nil {
			return fmt.Errorf("read stored versions: %w", err)
		}
		var put []*articleRows
		ids = ids[:0]
		for _, ar := range arts {
			if at, ok := stored[ar.id]; ok && !newer(ar.produced, at) {
				kept++
				continue
			}
			put = append(put, ar)
			ids = append(ids, ar.id)
		}
		if len(put) == 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, `DELETE FROM articles WHERE id = ANY($1)`, ids); err != nil {
			return fmt.Errorf("delete old rows: %w", err)
		}
		var a, e, m, q [][]any
		for _, ar := range put {
			a = append(a, ar.article)
			e = append(e, ar.entities...)
			m = append(m, ar.mentions...)
			q = append(q, ar.quotes...)
		}
		// Parents before children, for the foreign keys.
		for _, t := range []struct {
			name string
			cols []string
			rows [][]any
		}{
			{"articles", articleCols, a},
			{"entities", entityCols, e},
			{"mentions", mentionCols, m},
			{"quotes", quoteCols, q},
		} {
			if len(t.rows) == 0 {
				continue
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				return fmt.Errorf("copy %s: %w", t.name, err)
			}
		}
		return nil
	})
	return kept, err
}

// classify marks the errors that the same data would always meet again:
// class 22, a data exception (a value the column type refuses); class 23,
// an integrity violation, except unique_violation, which two sinks writing
// the same new article at once can meet and a retry resolves; class 54, a
// program limit (a value too big for an index). Everything else
// (connection loss, deadlock, a database shutting down, a cancelled
// context) is transient.
func classify(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && len(pe.Code) == 5 {
		switch class := pe.Code[:2]; {
		case class == "22", class == "54", class == "23" && pe.Code != "23505":
			return stages.Permanent(fmt.Errorf("postgres sink: %w", err))
		}
	}
	return fmt.Errorf("postgres sink: %w", err)
}
