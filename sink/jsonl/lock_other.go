//go:build !unix

package jsonl

import "os"

// lockDir is a no-op where flock is missing; run one archive per directory.
func lockDir(string) (*os.File, error) { return nil, nil }
