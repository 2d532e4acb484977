package replay

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

func TestCheckRange(t *testing.T) {
	t0 := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	stream := func(first, last uint64, firstTime time.Time) *jetstream.StreamInfo {
		msgs := uint64(0)
		if last >= first {
			msgs = last - first + 1
		}
		return &jetstream.StreamInfo{
			Config: jetstream.StreamConfig{Name: "NEWS_RAW", MaxAge: 168 * time.Hour, MaxBytes: -1, MaxMsgs: -1},
			State:  jetstream.StreamState{FirstSeq: first, LastSeq: last, FirstTime: firstTime, Msgs: msgs},
		}
	}
	full := stream(1, 50, t0)
	trimmed := stream(41, 50, t0)
	empty := stream(51, 50, time.Time{})
	cases := []struct {
		name string
		info *jetstream.StreamInfo
		f    Filter
		want string // "" = no error
	}{
		{"nothing removed, early since", full, Filter{Since: t0.Add(-time.Hour)}, ""},
		{"nothing removed, seq 1", full, Filter{FromSeq: 1}, ""},
		{"all that is stored", trimmed, Filter{}, ""},
		{"from the first stored seq", trimmed, Filter{FromSeq: 41}, ""},
		{"since the first stored time", trimmed, Filter{Since: t0}, ""},
		{"seq removed", trimmed, Filter{FromSeq: 40}, "no longer holds sequence 40: the first stored message is sequence 41, stored 2026-11-20T10:00:00Z (stream limits: max age 168h0m0s); replay what is left with --from-seq 41"},
		{"since removed", trimmed, Filter{Since: t0.Add(-time.Minute)}, "no longer holds messages since 2026-11-20T09:59:00Z"},
		{"until removed", trimmed, Filter{Until: t0.Add(-time.Minute)}, "no longer holds messages until"},
		{"to-seq removed", trimmed, Filter{ToSeq: 30}, "no longer holds sequences up to 30"},
		{"empty stream", empty, Filter{Since: t0}, "it is empty (messages up to sequence 50 were removed)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := checkRange(c.info, c.f)
			if c.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrNotStored) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f := Filter{Since: t0, Until: t0.Add(time.Hour), FromSeq: 5, ToSeq: 9, Sources: []string{"ap", "a.b"}, IDs: map[string]bool{"x": true}}
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"since", f.timeOK(t0)},
		{"until inclusive", f.timeOK(t0.Add(time.Hour))},
		{"from", f.seqOK(5)},
		{"to inclusive", f.seqOK(9)},
		{"source", f.sourceOK("news.raw.ap")},
		{"source token", f.sourceOK("NS.news.raw.a_b")},
		{"id", f.idOK("x")},
	} {
		if !c.ok {
			t.Errorf("%s: rejected", c.name)
		}
	}
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"before since", f.timeOK(t0.Add(-time.Nanosecond))},
		{"after until", f.timeOK(t0.Add(time.Hour + time.Nanosecond))},
		{"before from", f.seqOK(4)},
		{"after to", f.seqOK(10)},
		{"other source", f.sourceOK("news.raw.apx")},
		{"other id", f.idOK("y")},
	} {
		if c.ok {
			t.Errorf("%s: accepted", c.name)
		}
	}
	if z := (Filter{}); !z.timeOK(t0) || !z.seqOK(1) || !z.sourceOK("news.raw.x") || !z.idOK("") {
		t.Error("the zero filter rejects")
	}
}
