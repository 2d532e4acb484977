package clean

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
)

// Hostile inputs must end quickly with output or a permanent error; the
// test's own timeout is the guard, no timing is asserted.
func TestHostileInputs(t *testing.T) {
	bomb := strings.Repeat("<div>", 100000) + "text" + strings.Repeat("</div>", 100000)
	spanBomb := "<html><body><p>" + strings.Repeat("<span>", 100000) + "x" + "</p></body></html>"
	noSpace := strings.Repeat("a", 1<<20)
	quotes := strings.Repeat(`"`, 100000)
	nul := "Breaking\x00 News\n\nThe council voted \x00on Tuesday to approve the budget, officials said in a statement released after the meeting.\x00"
	cases := []struct {
		name, body, ct string
	}{
		{"div bomb", bomb, "text/html"},
		{"span bomb", spanBomb, "text/html"},
		{"sniffed bomb", "<html>" + bomb, ""},
		{"1MB line html", "<html><body><p>" + noSpace + "</p></body></html>", "text/html"},
		{"1MB line text", noSpace, "text/plain"},
		{"100k quotes text", quotes, "text/plain"},
		{"100k quotes html", "<p>" + quotes + "</p>", "text/html"},
		{"NUL bytes text", nul, "text/plain"},
		{"NUL bytes html", "<html><body><p>" + nul + "</p></body></html>", "text/html"},
		{"alternating prose and menus", strings.Repeat(strings.Repeat("The harbour authority said on Monday that the new storm wall would be finished next spring. ", 5)+"\nHome\nNews\nSport\nWeather\nShare\nTweet\nEmail\nPrint\nMore\nSubscribe\n", 5000), "text/plain"},
		{"many lines", strings.Repeat("Home\nThe quick brown fox jumps over the lazy dog again and again today.\n", 50000), "text/plain"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Clean(c.body, c.ct, "")
			if err != nil {
				if !stages.IsPermanent(New().wrap("x", err)) {
					t.Fatalf("error is not permanent: %v", err)
				}
				if !errors.Is(err, ErrHostileHTML) && !strings.Contains(err.Error(), "bytes") {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if !utf8.ValidString(res.Text) || strings.ContainsRune(res.Text, 0) {
				t.Fatalf("invalid output")
			}
		})
	}
}

func TestBombRejected(t *testing.T) {
	bomb := strings.Repeat("<div>", 100000) + "text"
	_, err := Clean(bomb, "text/html", "")
	if !errors.Is(err, ErrHostileHTML) {
		t.Fatalf("got %v, want ErrHostileHTML", err)
	}
}

// A body with no article text in it is a permanent error naming the cause,
// not an empty record sent on through every stage.
func TestStageNoTextIsPermanent(t *testing.T) {
	for name, body := range map[string]string{
		"empty":            "",
		"only quote marks": strings.Repeat(`"`, 1000),
		"only whitespace":  " \n\n\t ",
	} {
		t.Run(name, func(t *testing.T) {
			a := &schemas.Article{ID: "x", ContentType: schemas.TextPlain, Body: body}
			err := New().Process(context.Background(), a)
			if err == nil {
				t.Fatalf("no error; text %q", a.TextOrEmpty())
			}
			if !stages.IsPermanent(err) || !errors.Is(err, ErrNoText) {
				t.Fatalf("want a permanent ErrNoText, got %v", err)
			}
		})
	}
}
