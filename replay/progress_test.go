package replay

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	cases := []struct {
		p    Progress
		want string
	}{
		{Progress{Total: 1000, Scanned: 250, Selected: 100, Published: 90, Elapsed: 5 * time.Second},
			"replay: scanned 250/1000 (25%), 100 articles selected, 90 re-fed, 50 msg/s, ETA 15s"},
		{Progress{Total: 4, Scanned: 4, Selected: 4, Published: 4, Elapsed: 2 * time.Second, Done: true},
			"replay: scanned 4/4 (100%), 4 articles selected, 4 re-fed, 2 msg/s, done in 2s"},
		{Progress{}, "replay: scanned 0, 0 articles selected, 0 re-fed"},
	}
	for _, c := range cases {
		if got := Line(c.p, "articles"); got != c.want {
			t.Errorf("Line(%+v)\n got %q\nwant %q", c.p, got, c.want)
		}
	}
}

func TestReporterBarWritesCounts(t *testing.T) {
	var b bytes.Buffer
	r := NewReporter(&b, true, "articles")
	r.Update(Progress{Total: 10, Scanned: 5, Selected: 3, Published: 2, Elapsed: time.Second})
	r.Update(Progress{Total: 10, Scanned: 10, Selected: 6, Published: 6, Elapsed: 2 * time.Second, Done: true})
	out := b.String()
	for _, want := range []string{"6 selected, 6 re-fed", "10/10"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q: %q", want, out)
		}
	}
}
