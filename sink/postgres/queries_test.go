package postgres

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

// readmeQueries returns the SQL blocks of the main README.md by their
// "-- query: NAME" first line, so the documented queries are the tested ones.
func readmeQueries(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```sql\n-- query: ([a-z-]+)\n(.*?)```")
	out := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out[m[1]] = m[2]
	}
	return out
}

// loadShifted stores the fixtures with their publication times moved so
// that the newest is a day old: "this week" then means the same fixtures
// whenever the test runs, and their spacing stays as written.
func loadShifted(t *testing.T, w *Writer) {
	t.Helper()
	recs := loadFixtures(t)
	var newest time.Time
	for _, r := range recs {
		if p, err := time.Parse(time.RFC3339, r.Article.PublishedAt); err == nil && p.After(newest) {
			newest = p
		}
	}
	shift := time.Now().Add(-24 * time.Hour).Sub(newest)
	var shifted []sink.Record
	for _, r := range recs {
		a := new(schemas.Article)
		if err := schemas.Decode(r.Data, a, schemas.AllFields); err != nil {
			t.Fatal(err)
		}
		p, err := time.Parse(time.RFC3339, a.PublishedAt)
		if err != nil {
			t.Fatal(err)
		}
		a.PublishedAt = p.Add(shift).Format(time.RFC3339)
		shifted = append(shifted, sink.Record{Article: a})
	}
	if err := w.Write(context.Background(), shifted); err != nil {
		t.Fatal(err)
	}
}

// rowsOf runs q and renders the named columns of each row as "a|b|c".
func rowsOf(t *testing.T, db *pgx.Conn, q string, cols ...string) []string {
	t.Helper()
	rows, err := db.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	maps, err := pgx.CollectRows(rows, pgx.RowToMap)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	var out []string
	for _, m := range maps {
		var parts []string
		for _, c := range cols {
			v, ok := m[c]
			if !ok {
				t.Fatalf("query has no column %q", c)
			}
			parts = append(parts, fmt.Sprint(v))
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

func TestReadmeQueries(t *testing.T) {
	w, db := openTest(t)
	loadShifted(t, w)
	qs := readmeQueries(t)
	for _, c := range []struct {
		name string
		cols []string
		want []string
	}{
		{"quotes-by-person", []string{"title", "text", "speaker_text"}, []string{
			"Putin says Ukraine talks could resume|talks on Ukraine could resume|Vladimir Putin",
			"Putin says Ukraine talks could resume|We are ready to negotiate,|Putin",
			"Putin: no plans to attack NATO|Russia would not attack NATO|Putin",
		}},
		// Only the quotes whose own sentence names Ukraine.
		{"quoted-about-entity", []string{"speaker", "name", "quotes"}, []string{
			"Mark Rutte|Mark Rutte|1",
			"Ukraine’s foreign minister|Ukraine’s foreign minister|1",
			"Q7747|Vladimir Putin|1",
		}},
		{"quoted-in-articles-about-entity", []string{"speaker", "name", "quotes"}, []string{
			"Q22686|Donald Trump|3",
			"Ukraine’s foreign minister|Ukraine’s foreign minister|2",
			"Q7747|Vladimir Putin|2",
			"Mark Rutte|Mark Rutte|1",
		}},
		// fx-3 is weeks old: Putin's quote there does not count.
		{"most-quoted-this-week", []string{"speaker", "name", "quotes", "articles"}, []string{
			"Q22686|Donald Trump|3|2",
			"Ukraine’s foreign minister|Ukraine’s foreign minister|2|1",
			"Q7747|Vladimir Putin|2|1",
			"Mark Rutte|Mark Rutte|1|1",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, ok := qs[c.name]
			if !ok {
				t.Fatalf("README.md has no query %q", c.name)
			}
			if got := rowsOf(t, db, q, c.cols...); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
	if len(qs) != 4 {
		t.Errorf("README.md has %d queries, the test checks 4", len(qs))
	}
}

// The queries must be served by the indexes, not by scanning every quote.
func TestQueriesUseIndexes(t *testing.T) {
	w, db := openTest(t)
	loadShifted(t, w)
	ctx := context.Background()
	if _, err := db.Exec(ctx, `SET enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	defer db.Exec(ctx, `SET enable_seqscan = on`) //nolint:errcheck
	for name, want := range map[string]string{
		"quotes-by-person":    "quotes_speaker_link_idx",
		"quoted-about-entity": "entities_link_idx",
	} {
		q := readmeQueries(t)[name]
		rows, err := db.Query(ctx, "EXPLAIN "+q)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		if plan := strings.Join(lines, "\n"); !strings.Contains(plan, want) {
			t.Errorf("%s: plan does not use %s:\n%s", name, want, plan)
		}
	}
}
