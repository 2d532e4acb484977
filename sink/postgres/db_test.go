package postgres

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

const defaultTestDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// testDSN returns a DSN whose search_path is a fresh schema, dropped when
// the test ends, so tests never see each other's rows or a user's tables.
// It skips the test when no database answers.
func testDSN(tb testing.TB) (string, *pgx.Conn) {
	tb.Helper()
	dsn := os.Getenv("WIRESTREAM_PG_DSN")
	if dsn == "" {
		dsn = defaultTestDSN
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Skipf("no PostgreSQL reachable at WIRESTREAM_PG_DSN or %s (%v); start it to run this test", defaultTestDSN, err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close(ctx)
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close(ctx)
	})
	if _, err := admin.Exec(ctx, "SET search_path TO "+schema); err != nil {
		tb.Fatal(err)
	}
	return withSearchPath(tb, dsn, schema), admin
}

func withSearchPath(tb testing.TB, dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			tb.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

func openTest(tb testing.TB) (*Writer, *pgx.Conn) {
	tb.Helper()
	dsn, admin := testDSN(tb)
	w, err := Open(context.Background(), dsn, nil)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { w.Close() })
	return w, admin
}

// loadFixtures reads testdata/linked.jsonl as records, the way the sink
// loop hands them over.
func loadFixtures(tb testing.TB) []sink.Record {
	tb.Helper()
	f, err := os.Open("testdata/linked.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var recs []sink.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		data := append([]byte(nil), sc.Bytes()...)
		a := new(schemas.Article)
		if err := schemas.Decode(data, a, schemas.AllFields); err != nil {
			tb.Fatal(err)
		}
		recs = append(recs, sink.Record{Article: a, Data: data})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(recs) == 0 {
		tb.Fatal("no fixtures")
	}
	return recs
}
