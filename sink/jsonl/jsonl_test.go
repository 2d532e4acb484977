package jsonl

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/stages"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

func rec(id string, at time.Time) sink.Record {
	data := []byte(fmt.Sprintf(`{"id":%q,"title":"t"}`, id))
	return sink.Record{Article: &schemas.Article{ID: id}, Data: data, Time: at}
}

// lines reads a file's lines, failing on any that is not a JSON object
// with an id.
func lines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		var v struct{ ID string }
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil || v.ID == "" {
			t.Fatalf("%s: bad line %q: %v", filepath.Base(path), sc.Text(), err)
		}
		ids = append(ids, v.ID)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ids
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	sort.Strings(m)
	return m
}

func TestRotatesAtUTCMidnight(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: time.Date(2026, 3, 1, 23, 59, 58, 0, time.UTC)}
	w, err := New(dir, Options{Prefix: "linked", Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx := context.Background()
	// Records without a stream time follow the clock.
	if err := w.Write(ctx, []sink.Record{rec("a", time.Time{}), rec("b", time.Time{})}); err != nil {
		t.Fatal(err)
	}
	clock.t = clock.t.Add(3 * time.Second) // 00:00:01 on 2 March
	if err := w.Write(ctx, []sink.Record{rec("c", time.Time{})}); err != nil {
		t.Fatal(err)
	}
	// A stream time wins over the clock, and is read in UTC: 01:30 in
	// UTC+2 is still 1 March.
	plus2 := time.FixedZone("UTC+2", 2*3600)
	if err := w.Write(ctx, []sink.Record{rec("d", time.Date(2026, 3, 2, 1, 30, 0, 0, plus2)), rec("e", clock.t)}); err != nil {
		t.Fatal(err)
	}
	if got, want := files(t, dir), []string{"linked-2026-03-01.jsonl", "linked-2026-03-02.jsonl"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("files %v, want %v", got, want)
	}
	if got := lines(t, filepath.Join(dir, "linked-2026-03-01.jsonl")); strings.Join(got, ",") != "a,b,d" {
		t.Errorf("1 March holds %v, want a,b,d", got)
	}
	if got := lines(t, filepath.Join(dir, "linked-2026-03-02.jsonl")); strings.Join(got, ",") != "c,e" {
		t.Errorf("2 March holds %v, want c,e", got)
	}
	// Only the newest day's file stays open.
	if len(w.files) != 1 || w.files["2026-03-02"] == nil {
		t.Errorf("open files: %v, want only 2026-03-02", w.files)
	}
}

func TestRestartAppendsAndCutsTornLine(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	w, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(context.Background(), []sink.Record{rec("a", day), rec("b", day)}); err != nil {
		t.Fatal(err)
	}
	path := w.Path(day)
	if filepath.Base(path) != "linked-2026-05-04.jsonl" {
		t.Fatalf("default file name %s", filepath.Base(path))
	}
	// A crash in the middle of the next line.
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"torn","ti`)
	f.Close()

	w2, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	if err := w2.Write(context.Background(), []sink.Record{rec("torn", day), rec("c", day)}); err != nil {
		t.Fatal(err)
	}
	if got := lines(t, path); strings.Join(got, ",") != "a,b,torn,c" {
		t.Errorf("after restart: %v, want a,b,torn,c", got)
	}
}

func TestLineIsTheMessageAsReceived(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	w, err := New(dir, Options{Prefix: "quoted", NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	exact := []byte(`{"id":"x",  "z":1,"a":"é"}`)
	pretty := []byte("{\n  \"id\": \"y\",\n  \"text\": \"two\\nlines\"\n}")
	built := &schemas.Article{ID: "z", Title: "built"}
	recs := []sink.Record{
		{Article: &schemas.Article{ID: "x"}, Data: exact, Time: day},
		{Article: &schemas.Article{ID: "y"}, Data: pretty, Time: day},
		{Article: built, Time: day},
	}
	if err := w.Write(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	w.Close()
	b, err := os.ReadFile(filepath.Join(dir, "quoted-2026-05-04.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want := string(exact) + "\n" + `{"id":"y","text":"two\nlines"}` + "\n" + `{"id":"z","title":"built"}` + "\n"
	if string(b) != want {
		t.Errorf("file:\n%s\nwant:\n%s", b, want)
	}
}

func TestFailedBatchIsCutOff(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	w, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Write(context.Background(), []sink.Record{rec("a", day)}); err != nil {
		t.Fatal(err)
	}
	// The second record cannot be made one line: the batch fails as a
	// whole and its first record must not stay in the file.
	bad := sink.Record{Article: &schemas.Article{ID: "bad"}, Data: []byte("{\n\"id\": nope"), Time: day}
	// b is bigger than the write buffer, so part of the batch reaches the
	// file before the failure.
	b := rec("b", day)
	b.Data = []byte(`{"id":"b","text":"` + strings.Repeat("x", 600<<10) + `"}`)
	b2 := rec("b2", day)
	b2.Data = b.Data
	err = w.Write(context.Background(), []sink.Record{b, b2, bad})
	if err == nil {
		t.Fatal("a batch with an unencodable record was accepted")
	}
	if !stages.IsPermanent(err) {
		t.Errorf("invalid JSON reported as worth a retry: %v", err)
	}
	if err := w.Write(context.Background(), []sink.Record{rec("c", day)}); err != nil {
		t.Fatal(err)
	}
	if got := lines(t, w.Path(day)); strings.Join(got, ",") != "a,c" {
		t.Errorf("file holds %v, want a,c", got)
	}
}

func TestOneWriterPerDirectory(t *testing.T) {
	dir := t.TempDir()
	w, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w2, err := New(dir, Options{}); err == nil {
		w2.Close()
		t.Fatal("a second archive opened the same directory")
	}
	w.Close()
	w3, err := New(dir, Options{})
	if err != nil {
		t.Fatalf("the directory stayed locked after Close: %v", err)
	}
	w3.Close()
}
