package e2e

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

// row is one line of the fault table: a fault or bad input, and what became
// of the articles.
type row struct {
	Test    string
	Case    string
	In      int // articles published
	Out     int // messages in the final stream
	DLQ     int // dead letters
	Lost    int // articles neither downstream nor dead-lettered
	Dup     int // messages beyond one per article downstream
	Outcome string
}

var table struct {
	sync.Mutex
	rows []row
}

// record adds a row to the table and logs it, so `go test -v` shows it
// next to the test that measured it.
func record(t testing.TB, r row) {
	t.Helper()
	r.Test = t.Name()
	t.Logf("TABLE | %s | %s | in %d | out %d | dlq %d | lost %d | dup %d | %s",
		r.Test, r.Case, r.In, r.Out, r.DLQ, r.Lost, r.Dup, r.Outcome)
	table.Lock()
	table.rows = append(table.rows, r)
	table.Unlock()
}

func TestMain(m *testing.M) {
	code := m.Run()
	printTable()
	cleanupBuild()
	os.Exit(code)
}

func printTable() {
	table.Lock()
	defer table.Unlock()
	if len(table.rows) == 0 {
		return
	}
	rows := append([]row(nil), table.rows...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Test < rows[j].Test })
	var b strings.Builder
	server := "embedded"
	if u := os.Getenv("NATS_URL"); u != "" {
		server = "NATS_URL (tests that need their own server: embedded)"
	}
	fmt.Fprintf(&b, "\nFault and bad-input table (server: %s)\n\n", server)
	b.WriteString("| test | case | in | out | DLQ | lost | dup | outcome |\n|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %s |\n",
			r.Test, r.Case, r.In, r.Out, r.DLQ, r.Lost, r.Dup, strings.ReplaceAll(r.Outcome, "|", "/"))
	}
	fmt.Print(b.String())
}
