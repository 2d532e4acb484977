package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
	"golang.org/x/text/encoding/charmap"

	"github.com/wirestream/wirestream/schemas"
)

// inputKind is how a file is read, from its extension.
type inputKind int

const (
	kindUnknown inputKind = iota
	kindText              // .txt: the body, text/plain
	kindHTML              // .html, .htm: the body, text/html
	kindJSON              // .json: a ninjs document, a raw article, or an array of either
	kindJSONL             // .jsonl, .ndjson: one raw article (or ninjs document) per line
)

func kindOf(name string) inputKind {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return kindText
	case ".html", ".htm":
		return kindHTML
	case ".json":
		return kindJSON
	case ".jsonl", ".ndjson":
		return kindJSONL
	}
	return kindUnknown
}

// item is one article read from an input, or why one could not be read.
type item struct {
	where string // file, or file:line
	art   *schemas.Article
	err   error
}

// readInput reads the articles of one file (or stdin) and calls yield for
// each, stopping early when yield returns false. A malformed line of a JSON
// lines file is an item with an error, so the rest is still read; an error
// reading the file itself is returned.
func readInput(name string, kind inputKind, r io.Reader, yield func(item) bool) error {
	switch kind {
	case kindText, kindHTML:
		data, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		a := &schemas.Article{Body: textOf(data), ContentType: schemas.TextPlain}
		if kind == kindHTML {
			a.ContentType = schemas.TextHTML
		}
		yield(item{where: name, art: a})
		return nil
	case kindJSON:
		data, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		data = bytes.TrimPrefix(data, utf8BOM)
		trimmed := bytes.TrimSpace(data)
		if len(trimmed) > 0 && trimmed[0] == '[' {
			var docs []json.RawMessage
			if err := json.Unmarshal(trimmed, &docs); err != nil {
				yield(item{where: name, err: fmt.Errorf("not a JSON array of articles: %w", err)})
				return nil
			}
			for i, d := range docs {
				a, err := articleFromJSON(d)
				if !yield(item{where: fmt.Sprintf("%s[%d]", name, i), art: a, err: err}) {
					return nil
				}
			}
			return nil
		}
		a, err := articleFromJSON(trimmed)
		yield(item{where: name, art: a, err: err})
		return nil
	case kindJSONL:
		lr := newLineReader(r)
		for {
			line, n, err := lr.next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			a, err := articleFromJSON(line)
			if !yield(item{where: fmt.Sprintf("%s:%d", name, n), art: a, err: err}) {
				return nil
			}
		}
	}
	return fmt.Errorf("%s: unsupported file type (want .txt, .html, .htm, .json, .jsonl)", name)
}

// textOf returns the file as UTF-8. Scraped pages that are not valid UTF-8
// are nearly always Windows-1252 (a superset of Latin-1), so decode them as
// that rather than mangle them into replacement characters.
func textOf(data []byte) string {
	data = bytes.TrimPrefix(data, utf8BOM)
	if utf8.Valid(data) {
		return string(data)
	}
	if s, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
		return string(s)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

// articleFromJSON reads one JSON object: an IPTC ninjs document or a raw
// article. A raw article keeps every field it carries, known or not.
func articleFromJSON(data []byte) (*schemas.Article, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	if isNinjs(data) {
		return articleFromNinjs(data)
	}
	// The codec requires an id; a raw article may come without one and get
	// it derived, so decode with a placeholder when it is missing.
	a := &schemas.Article{}
	err := schemas.Decode(data, a, schemas.Metadata|schemas.FieldBody)
	var de *schemas.DecodeError
	if errors.As(err, &de) && de.Field == "id" && a.ID == "" {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// finishArticle sets what a publisher owes every raw article: the source
// (the flag wins over the file), a derived id when none was given, and a
// content type for the body.
func finishArticle(a *schemas.Article, source string) error {
	if source != "" {
		a.Source = source
	}
	if strings.TrimSpace(a.Body) == "" {
		return errors.New(`article has no "body"`)
	}
	if a.ID == "" {
		a.ID = deriveID(a)
	}
	if a.ContentType == "" && a.Body != "" {
		a.ContentType = sniffContentType(a.Body)
	}
	return nil
}

// deriveID hashes the URL when there is one (the same story fetched twice
// gets the same id), else the body. 128 bits of SHA-256 in hex.
func deriveID(a *schemas.Article) string {
	key := "url:" + a.URL
	if a.URL == "" {
		key = "body:" + a.Body
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

// sniffContentType tells an HTML page from plain text for raw articles that
// do not say which they are.
func sniffContentType(body string) string {
	head := strings.ToLower(strings.TrimSpace(body[:min(len(body), 512)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article"} {
		if strings.HasPrefix(head, p) {
			return schemas.TextHTML
		}
	}
	return schemas.TextPlain
}

// walkInputs calls fn for every readable file under root in fsys, in
// lexical order, skipping hidden files and unknown extensions.
func walkInputs(fsys fs.FS, root string, fn func(p string, kind inputKind) error) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if p != root && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		k := kindOf(base)
		if k == kindUnknown {
			return nil
		}
		return fn(p, k)
	})
}
