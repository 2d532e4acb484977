// Package shared is test support: it finds the repository root and the
// ../shared directory beside it (data, gold sets, schemas) from a package's
// tests, which run in the package directory. Tests that need ../shared skip
// with a clear message when it is absent, so the repo tests alone.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root walks up from the working directory (the package under test) to the
// directory holding go.mod. Not finding it is a broken test run, not a
// missing optional input, so it fails rather than skips.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the package directory")
		}
		dir = parent
	}
}

// Dir is ../shared beside the repository root; the test is skipped when it
// is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(Root(tb), "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("../shared (data and gold sets) is not beside the repository (%v): test skipped", err)
	}
	return dir
}

// Path joins elems under ../shared, e.g. Path(tb, "data", "seed"); the test
// is skipped when ../shared or that path in it is absent.
func Path(tb testing.TB, elems ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elems...)...)
	if _, err := os.Stat(p); err != nil {
		rel := filepath.ToSlash(filepath.Join(append([]string{"..", "shared"}, elems...)...))
		tb.Skipf("%s is absent (%v): test skipped", rel, err)
	}
	return p
}
