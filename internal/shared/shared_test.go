package shared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootHoldsGoMod(t *testing.T) {
	root := Root(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("Root = %s without go.mod: %v", root, err)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "shared", "shared.go")); err != nil {
		t.Fatalf("Root = %s is not this repository: %v", root, err)
	}
}

func TestDirIsBesideRoot(t *testing.T) {
	dir := Dir(t) // skips without ../shared
	if want := filepath.Join(Root(t), "..", "shared"); dir != want {
		t.Fatalf("Dir = %s, want %s", dir, want)
	}
}

func TestPathJoinsUnderDir(t *testing.T) {
	p := Path(t, "data") // skips without ../shared/data
	if want := filepath.Join(Dir(t), "data"); p != want {
		t.Fatalf("Path = %s, want %s", p, want)
	}
}

// A path that cannot exist in ../shared skips the test instead of failing.
func TestPathSkipsWhenAbsent(t *testing.T) {
	Dir(t)
	var skipped bool
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Path(t, "no such dir, surely")
		t.Fatal("Path returned for an absent path")
	})
	if !skipped {
		t.Fatal("Path did not skip for an absent path")
	}
}
