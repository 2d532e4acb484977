package clean

import "strings"

// finishHTML turns the extractor's lines into the result.
func finishHTML(lines []string, title string) Result {
	return Result{Text: strings.Join(lines, "\n\n"), Title: title}
}
