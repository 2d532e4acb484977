package main

import (
	"context"
	"strings"
	"testing"
)

// The services log JSON by default (their logs go to a collector); the
// one-shot commands log for a person at a terminal.
func TestLogFormatDefaults(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "--help"}, "json"},
		{[]string{"sink", "postgres", "--help"}, "json"},
		{[]string{"sink", "jsonl", "--help"}, "json"},
		{[]string{"ui", "--help"}, "json"},
		{[]string{"publish", "--help"}, "console"},
		{[]string{"tail", "--help"}, "console"},
		{[]string{"process", "--help"}, "console"},
		{[]string{"replay", "--help"}, "console"},
	} {
		_, stdout, stderr := runCLI(t, context.Background(), nil, nil, c.args...)
		help := stdout + stderr
		i := strings.Index(help, "\n  -log-format")
		if i < 0 {
			t.Errorf("worker %s: no --log-format flag", strings.Join(c.args, " "))
			continue
		}
		line := help[i:]
		if j := strings.Index(line, "\n  -"); j > 0 {
			line = line[:j]
		}
		if !strings.Contains(line, `(default "`+c.want+`")`) {
			t.Errorf("worker %s: --log-format default is not %q:\n%s", strings.Join(c.args, " "), c.want, line)
		}
	}
}
