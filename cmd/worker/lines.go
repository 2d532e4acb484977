package main

import (
	"bufio"
	"bytes"
	"io"
)

// lineReader reads newline-terminated lines of any length (a JSON line may
// hold a whole HTML page: tens of megabytes), which bufio.Scanner refuses
// past its token limit.
type lineReader struct {
	r    *bufio.Reader
	line int
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 1<<20)}
}

// next returns the next line without its line ending, and its 1-based
// number. The slice is freshly allocated and the caller's to keep. At the
// end it returns io.EOF.
func (l *lineReader) next() ([]byte, int, error) {
	b, err := l.r.ReadBytes('\n')
	if err != nil && (err != io.EOF || len(b) == 0) {
		return nil, l.line, err
	}
	l.line++
	b = bytes.TrimSuffix(b, []byte{'\n'})
	b = bytes.TrimSuffix(b, []byte{'\r'})
	if l.line == 1 {
		b = bytes.TrimPrefix(b, utf8BOM)
	}
	return b, l.line, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}
