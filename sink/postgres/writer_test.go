package postgres

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/stages"
)

// dump renders every row of the sink's tables (updated_at aside) in a fixed
// order, so two states of the database compare as strings.
func dump(t *testing.T, conn *pgx.Conn) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT (to_jsonb(x) - 'updated_at')::text FROM articles x ORDER BY id`,
		`SELECT to_jsonb(x)::text FROM quotes x ORDER BY article_id, idx`,
		`SELECT to_jsonb(x)::text FROM entities x ORDER BY article_id, ref`,
		`SELECT to_jsonb(x)::text FROM mentions x ORDER BY article_id, ref, char_start`,
	} {
		rows, err := conn.Query(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(strings.Join(lines, "\n"))
		b.WriteString("\n--\n")
	}
	return b.String()
}

func count(t *testing.T, conn *pgx.Conn, q string, args ...any) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestMigrateIsVersionedAndIdempotent(t *testing.T) {
	dsn, admin := testDSN(t)
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		w, err := Open(ctx, dsn, nil)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		w.Close()
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if got := count(t, admin, `SELECT count(*) FROM schema_migrations`); got != len(ms) {
		t.Errorf("schema_migrations has %d rows, want %d (one per migration)", got, len(ms))
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	applied, err := Migrate(ctx, conn)
	if err != nil || len(applied) != 0 {
		t.Errorf("Migrate on a current schema applied %v (err %v), want nothing", applied, err)
	}
	for _, table := range []string{"articles", "quotes", "entities", "mentions"} {
		if got := count(t, admin, `SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1`, table); got != 1 {
			t.Errorf("table %s not in the test schema", table)
		}
	}
}

func TestWriteStoresEveryField(t *testing.T) {
	w, db := openTest(t)
	ctx := context.Background()
	recs := loadFixtures(t)
	if err := w.Write(ctx, recs); err != nil {
		t.Fatal(err)
	}
	var wantQ, wantE, wantM int
	for _, r := range recs {
		wantQ += len(r.Article.Quotes)
		wantE += len(r.Article.Entities)
		for _, e := range r.Article.Entities {
			wantM += len(e.Mentions)
		}
	}
	for table, want := range map[string]int{"articles": len(recs), "quotes": wantQ, "entities": wantE, "mentions": wantM} {
		if got := count(t, db, `SELECT count(*) FROM `+table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}

	// The speaker's Wikidata id comes from the entity its ref names.
	var link, name, cue *string
	var cs, ce, qs, qe int
	err := db.QueryRow(ctx, `SELECT speaker_link, speaker_name, cue_text, context_start, context_end, char_start, char_end
		FROM quotes WHERE article_id = 'fx-1' AND idx = 1`).Scan(&link, &name, &cue, &cs, &ce, &qs, &qe)
	if err != nil {
		t.Fatal(err)
	}
	a := recs[0].Article
	if link == nil || *link != "Q7747" || *name != "Vladimir Putin" || *cue != "told reporters" {
		t.Errorf("fx-1 quote 1: link %v name %v cue %v, want Q7747, Vladimir Putin, told reporters", deref(link), deref(name), deref(cue))
	}
	if s := a.Sentences[1]; cs != s.Start || ce != s.End || qs != a.Quotes[1].Start || qe != a.Quotes[1].End {
		t.Errorf("fx-1 quote 1: context %d-%d quote %d-%d, want sentence %d-%d quote %d-%d", cs, ce, qs, qe, s.Start, s.End, a.Quotes[1].Start, a.Quotes[1].End)
	}
	// A speaker without an entity has no link.
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id = 'fx-2' AND speaker_ref IS NULL AND speaker_link IS NULL`); got != 2 {
		t.Errorf("fx-2: %d quotes by the unlinked minister, want 2", got)
	}
	// published_at with an offset is stored as the same instant.
	var pub time.Time
	var desk string
	if err := db.QueryRow(ctx, `SELECT published_at, raw->>'desk' FROM articles WHERE id = 'fx-2'`).Scan(&pub, &desk); err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC); !pub.Equal(want) {
		t.Errorf("fx-2 published_at %v, want %v", pub, want)
	}
	if desk != "world" {
		t.Errorf("raw lost the producer's own field: desk = %q", desk)
	}
	// Offsets are code points: the stored text slices like the JSON says.
	if got := count(t, db, `SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE substr(a.text, q.char_start + 1, q.char_end - q.char_start) <> q.text`); got != 0 {
		t.Errorf("%d quotes whose offsets do not slice their text out of articles.text", got)
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestSameMessageTwiceLeavesSameRows(t *testing.T) {
	w, db := openTest(t)
	ctx := context.Background()
	recs := loadFixtures(t)
	if err := w.Write(ctx, recs); err != nil {
		t.Fatal(err)
	}
	first := dump(t, db)
	// Again as a whole batch, then one by one, then duplicated inside a batch.
	if err := w.Write(ctx, recs); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(ctx, []sink.Record{r}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Write(ctx, append(append([]sink.Record(nil), recs...), recs...)); err != nil {
		t.Fatal(err)
	}
	if again := dump(t, db); again != first {
		t.Errorf("rows changed on rewriting the same messages:\nfirst:\n%s\nafter:\n%s", first, again)
	}
}

func TestReplayedArticleReplacesItsRows(t *testing.T) {
	w, db := openTest(t)
	ctx := context.Background()
	recs := loadFixtures(t)
	if err := w.Write(ctx, recs); err != nil {
		t.Fatal(err)
	}
	others := count(t, db, `SELECT count(*) FROM quotes WHERE article_id <> 'fx-1'`)

	// A replay through an upgraded quote stage: fewer quotes, one changed,
	// one entity dropped. Decoding afresh keeps the fixture untouched.
	a := new(schemas.Article)
	if err := schemas.Decode(recs[0].Data, a, schemas.AllFields); err != nil {
		t.Fatal(err)
	}
	a.Quotes = a.Quotes[:2]
	a.Quotes[0].Kind = schemas.KindMixed
	a.Quotes[1].Speaker = nil
	a.Entities = a.Entities[:4]
	if err := w.WriteArticles(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id = 'fx-1'`); got != 2 {
		t.Errorf("fx-1 has %d quotes after the replay, want 2 (the old ones gone)", got)
	}
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id = 'fx-1' AND idx = 0 AND kind = 'mixed'`); got != 1 {
		t.Error("the changed quote was not replaced")
	}
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id = 'fx-1' AND idx = 1 AND speaker_name IS NULL AND speaker_link IS NULL`); got != 1 {
		t.Error("the quote that lost its speaker still has one")
	}
	if got := count(t, db, `SELECT count(*) FROM entities WHERE article_id = 'fx-1'`); got != 4 {
		t.Errorf("fx-1 has %d entities, want 4", got)
	}
	if got := count(t, db, `SELECT count(*) FROM mentions WHERE article_id = 'fx-1' AND ref = 'e5'`); got != 0 {
		t.Errorf("%d mentions of the dropped entity remain", got)
	}
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id <> 'fx-1'`); got != others {
		t.Errorf("other articles' quotes changed: %d, want %d", got, others)
	}
	// An article a stage cleared (no quotes found any more) keeps none.
	a.Quotes = []schemas.Quote{}
	if err := w.WriteArticles(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, `SELECT count(*) FROM quotes WHERE article_id = 'fx-1'`); got != 0 {
		t.Errorf("fx-1 has %d quotes, want 0", got)
	}
}

func TestLaterCopyInBatchWins(t *testing.T) {
	w, db := openTest(t)
	old := &schemas.Article{ID: "x", Title: "old", Quotes: []schemas.Quote{{Start: 0, End: 1, Text: "a", Kind: "direct"}}}
	upd := &schemas.Article{ID: "x", Title: "new", Quotes: []schemas.Quote{}}
	if err := w.WriteArticles(context.Background(), old, upd); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, `SELECT count(*) FROM articles WHERE id = 'x' AND title = 'new'`); got != 1 {
		t.Error("the later copy of an article in one batch did not win")
	}
	if got := count(t, db, `SELECT count(*) FROM quotes`); got != 0 {
		t.Errorf("%d quotes of the earlier copy remain", got)
	}
}

func TestNULIsStoredNotRefused(t *testing.T) {
	w, db := openTest(t)
	data := []byte(`{"id":"nul","text":"a\u0000b said","note":"x\u0000y \\u0000 kept","quotes":[{"start":0,"end":3,"text":"a\u0000b","kind":"direct","speaker":null,"cue":null}]}`)
	a := new(schemas.Article)
	if err := schemas.Decode(data, a, schemas.AllFields); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(context.Background(), []sink.Record{{Article: a, Data: data}}); err != nil {
		t.Fatalf("an article with NUL characters was refused: %v", err)
	}
	var text, note string
	if err := db.QueryRow(context.Background(), `SELECT text, raw->>'note' FROM articles WHERE id = 'nul'`).Scan(&text, &note); err != nil {
		t.Fatal(err)
	}
	if text != "a\uFFFDb said" || note != "x\uFFFDy \\u0000 kept" {
		t.Errorf("text %q note %q: want NUL replaced by U+FFFD and the escaped backslash untouched", text, note)
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		err       error
		permanent bool
	}{
		{&pgconn.PgError{Code: "22P02"}, true},  // invalid text representation
		{&pgconn.PgError{Code: "23503"}, true},  // foreign key violation
		{&pgconn.PgError{Code: "23505"}, false}, // unique violation: a concurrent writer
		{&pgconn.PgError{Code: "54000"}, true},  // index row too big
		{&pgconn.PgError{Code: "40P01"}, false}, // deadlock
		{&pgconn.PgError{Code: "57P01"}, false}, // admin shutdown
		{&pgconn.PgError{Code: "08006"}, false}, // connection failure
		{errors.New("dial tcp: connection refused"), false},
		{context.DeadlineExceeded, false},
	} {
		if got := stages.IsPermanent(classify(c.err)); got != c.permanent {
			t.Errorf("classify(%v): permanent %v, want %v", c.err, got, c.permanent)
		}
	}
}

func TestReconnectsAfterLosingTheConnection(t *testing.T) {
	w, db := openTest(t)
	ctx := context.Background()
	recs := loadFixtures(t)
	if err := w.Write(ctx, recs[:1]); err != nil {
		t.Fatal(err)
	}
	// Kill the writer's backend, as a database restart would.
	pid := w.conn.PgConn().PID()
	if _, err := db.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	err := w.Write(ctx, recs[1:2])
	if err != nil && stages.IsPermanent(err) {
		t.Fatalf("a lost connection was reported as permanent: %v", err)
	}
	if err != nil {
		// The failed write found the connection dead; the next one redials.
		if err := w.Write(ctx, recs[1:2]); err != nil {
			t.Fatalf("write after reconnect: %v", err)
		}
	}
	if got := count(t, db, `SELECT count(*) FROM articles`); got != 2 {
		t.Errorf("%d articles, want 2", got)
	}
}

func version(title, at string) *schemas.Article {
	return &schemas.Article{ID: "v", Title: title, Quotes: []schemas.Quote{},
		Stages: []schemas.Provenance{{Stage: "clean", Version: "clean/1", At: "2026-01-01T00:00:00Z"}, {Stage: "quotes", Version: "quotes/1", At: at}}}
}

func TestOlderVersionDoesNotOverwriteNewer(t *testing.T) {
	w, db := openTest(t)
	ctx := context.Background()
	title := func() string {
		var s string
		if err := db.QueryRow(ctx, `SELECT title FROM articles WHERE id = 'v'`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	old := version("old", "2026-01-01T10:00:00Z")
	replayed := version("replayed", "2026-02-01T10:00:00.5Z")
	// The replayed version first, then the original redelivered late.
	if err := w.WriteArticles(ctx, replayed); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteArticles(ctx, old); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "replayed" {
		t.Errorf("stored %q after a late older message, want the replayed version kept", got)
	}
	// Both in one batch, older last: the newer still wins.
	if err := w.WriteArticles(ctx, replayed, old); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "replayed" {
		t.Errorf("stored %q, want replayed", got)
	}
	// A newer version does replace, and so does the same one again.
	newest := version("newest", "2026-03-01T00:00:00Z")
	for i := 0; i < 2; i++ {
		if err := w.WriteArticles(ctx, newest); err != nil {
			t.Fatal(err)
		}
		if got := title(); got != "newest" {
			t.Errorf("write %d: stored %q, want newest", i+1, got)
		}
	}
	// Without provenance there is nothing to compare: the write wins.
	if err := w.WriteArticles(ctx, &schemas.Article{ID: "v", Title: "bare"}); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "bare" {
		t.Errorf("stored %q, want bare", got)
	}
}

func TestRefusedDataIsPermanent(t *testing.T) {
	w, _ := openTest(t)
	// A speaker "name" far past what a btree index entry can hold: a stage
	// bug that no retry can fix.
	// Random letters, so that compression cannot shrink it under the limit.
	rng := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for sb.Len() < 20000 {
		sb.WriteByte(byte('a' + rng.IntN(26)))
	}
	huge := sb.String()
	a := &schemas.Article{ID: "huge", Quotes: []schemas.Quote{{Text: "x", Kind: "direct", Speaker: &schemas.Speaker{Text: "he", Name: huge}}}}
	err := w.WriteArticles(context.Background(), a)
	if err == nil {
		t.Fatal("a 20,000-byte index entry was accepted")
	}
	if !stages.IsPermanent(err) {
		t.Errorf("refused data reported as worth a retry: %v", err)
	}
	// The connection is still usable afterwards.
	if err := w.WriteArticles(context.Background(), &schemas.Article{ID: "fine"}); err != nil {
		t.Errorf("write after a refused one: %v", err)
	}
}
