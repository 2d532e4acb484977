// Package jsonl is a sink that archives messages as JSON lines, one file per
// UTC day: DIR/<prefix>-YYYY-MM-DD.jsonl.
//
// The day is the one on which the stream stored the message (sink.Record
// Time), not the article's published_at, which may be missing, malformed or
// years old; a record without a stream time takes the clock's. A batch is
// written, flushed and (unless NoSync) fsynced before Write returns, so what
// the sink acks is on disk. Files are opened for append, so a restart
// continues them; a line cut short by a crash (never acked, so it comes
// again) is cut off when the file is reopened. The archive is
// at-least-once: a message may appear twice after a crash. One Writer per
// directory: New takes a lock, since the tail repair assumes no other writer.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/sink"
	"github.com/wirestream/wirestream/stages"
)

// Options configure a Writer.
type Options struct {
	// Prefix starts every file name (default "linked"): the kind archived.
	Prefix string
	// NoSync skips the fsync after each batch, leaving it to the operating
	// system: faster, but a machine crash may lose lines already acked.
	NoSync bool
	// Now is the clock for records without a stream time (default
	// time.Now); tests set a fake one.
	Now func() time.Time
	// Logger reports repaired files (default: none).
	Logger *zap.Logger
}

// Writer appends records to the file of their day. It is safe for
// concurrent use.
type Writer struct {
	dir  string
	opts Options

	lock *os.File // held while the Writer is open

	mu     sync.Mutex
	files  map[string]*dayFile // open files by day
	latest string              // newest day written; its file stays open
}

type dayFile struct {
	f    *os.File
	w    *bufio.Writer
	size int64 // bytes known to be whole lines on disk
}

// New returns a Writer into dir, creating it when missing.
func New(dir string, opts Options) (*Writer, error) {
	if opts.Prefix == "" {
		opts.Prefix = "linked"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("jsonl sink: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, fmt.Errorf("jsonl sink: %w", err)
	}
	return &Writer{dir: dir, opts: opts, lock: lock, files: map[string]*dayFile{}}, nil
}

// Path is the file of the UTC day of t.
func (w *Writer) Path(t time.Time) string {
	return filepath.Join(w.dir, w.opts.Prefix+"-"+t.UTC().Format(time.DateOnly)+".jsonl")
}

// Write appends one line per record and makes the batch durable. On error,
// the files are cut back to where they were, so a retried batch never
// follows a torn line.
func (w *Writer) Write(ctx context.Context, recs []sink.Record) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	touched := map[string]*dayFile{}
	err := w.append(recs, touched)
	if err == nil {
		err = w.commit(touched)
	}
	if err != nil {
		w.rollback(touched)
		return fmt.Errorf("jsonl sink: %w", err)
	}
	// Only the newest day keeps its file open: older days are done, but
	// for a rare late message, which reopens them.
	for day, df := range w.files {
		if day != w.latest {
			df.f.Close()
			delete(w.files, day)
		}
	}
	return nil
}

func (w *Writer) append(recs []sink.Record, touched map[string]*dayFile) error {
	for _, r := range recs {
		t := r.Time
		if t.IsZero() {
			t = w.opts.Now()
		}
		day := t.UTC().Format(time.DateOnly)
		df, err := w.open(day, t)
		if err != nil {
			return err
		}
		touched[day] = df
		if day > w.latest {
			w.latest = day
		}
		line, err := oneLine(r)
		if err != nil {
			return stages.Permanent(fmt.Errorf("article %q: %w", r.Article.ID, err))
		}
		df.w.Write(line) // errors are sticky in bufio and reported by Flush
		df.w.WriteByte('\n')
	}
	return nil
}

// oneLine is the record's message as one line: the bytes as received
// unless they span lines (a pretty-printed producer), then compacted.
func oneLine(r sink.Record) ([]byte, error) {
	data := r.Data
	if data == nil {
		return r.Article.AppendJSON(nil)
	}
	if bytes.IndexByte(data, '\n') < 0 && bytes.IndexByte(data, '\r') < 0 {
		return data, nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func (w *Writer) commit(touched map[string]*dayFile) error {
	for _, df := range touched {
		if err := df.w.Flush(); err != nil {
			return err
		}
		if !w.opts.NoSync {
			if err := df.f.Sync(); err != nil {
				return err
			}
		}
	}
	for _, df := range touched {
		st, err := df.f.Stat()
		if err != nil {
			return err
		}
		df.size = st.Size()
	}
	return nil
}

// rollback cuts each touched file back to its last whole batch and drops
// it, so the next write reopens it cleanly.
func (w *Writer) rollback(touched map[string]*dayFile) {
	for day, df := range touched {
		if err := df.f.Truncate(df.size); err != nil {
			w.opts.Logger.Error("jsonl sink: cannot cut a failed batch off", zap.String("file", df.f.Name()), zap.Error(err))
		}
		df.f.Close()
		delete(w.files, day)
	}
}

func (w *Writer) open(day string, t time.Time) (*dayFile, error) {
	if df, ok := w.files[day]; ok {
		return df, nil
	}
	path := w.Path(t)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	size, cut, err := repairTail(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if cut > 0 {
		w.opts.Logger.Warn("jsonl sink: removed a line cut short by a crash", zap.String("file", path), zap.Int64("bytes", cut))
	}
	df := &dayFile{f: f, w: bufio.NewWriterSize(f, 256<<10), size: size}
	w.files[day] = df
	return df, nil
}

// repairTail truncates f after its last newline and returns the new size
// and how many bytes were cut.
func repairTail(f *os.File) (size, cut int64, err error) {
	st, err := f.Stat()
	if err != nil {
		return 0, 0, err
	}
	size = st.Size()
	end := size
	buf := make([]byte, 64<<10)
	for end > 0 {
		n := int64(len(buf))
		if n > end {
			n = end
		}
		if _, err := f.ReadAt(buf[:n], end-n); err != nil && !errors.Is(err, io.EOF) {
			return 0, 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			end = end - n + int64(i) + 1
			break
		}
		end -= n
	}
	if end == size {
		return size, 0, nil
	}
	if err := f.Truncate(end); err != nil {
		return 0, 0, err
	}
	return end, size - end, nil
}

// Close flushes and closes every open file and releases the directory.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var errs []error
	for day, df := range w.files {
		errs = append(errs, df.w.Flush(), df.f.Sync(), df.f.Close())
		delete(w.files, day)
	}
	if w.lock != nil {
		errs = append(errs, w.lock.Close())
		w.lock = nil
	}
	return errors.Join(errs...)
}
